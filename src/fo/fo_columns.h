/*
 * fo_columns: multi-column body regions (column-count, column-gap) and
 * span="all" (XSL 1.1 7.27.1, 7.27.2, 7.21.4).
 *
 * The geometry of a page's columns as FOP computes it, and column
 * balancing: the content of a page's columns that ends before a block
 * spanning all columns is spread over the columns as FOP's
 * BalancingColumnBreakingAlgorithm spreads it (an ideal column length,
 * moved to the nearest break, then lines moved forward while a column is
 * shorter than the next).  FOP does not balance the columns ending a
 * page-sequence, and neither does lpdoc.  The pager (fo_page) fills the
 * columns; this module owns no state.
 */
#ifndef LPDOC_FO_COLUMNS_H
#define LPDOC_FO_COLUMNS_H

#include <stddef.h>

#include "fo_layout.h"
#include "fo_tree.h"

typedef struct fo_cols {
	int n;                   /* columns of the body (1: none) */
	double w;                /* a column's width */
	double step;             /* from one column's start to the next's */
} fo_cols_t;

/* The columns of master m's region-body, body_w wide. */
void fo_cols_of(const fo_spm_t *m, double body_w, fo_cols_t *out);

/* Balances items[0..n) over ncols columns: cuts[k] is the index of the
 * break item ending column k (k < ncols - 1; the next column starts
 * after it); space before the first box is not counted, as FOP's
 * breaking starts at the first box.  Returns the number of cuts made,
 * fewer when the content has fewer places to break. */
int fo_cols_balance(const fo_item_t *items, size_t n, int ncols, size_t *cuts);

#endif
