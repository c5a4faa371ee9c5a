/*
 * fo_changebar: fo:change-bar-begin and fo:change-bar-end (XSL 1.1
 * 6.13.2, 6.13.3) as Apache FOP 2.8 draws them: a bar beside what is laid
 * out between a begin and the end of its change-bar-class, from the top
 * of the first item of the change on a page to the bottom of the last
 * (the spaces between included), at change-bar-offset outside the
 * start edge (placement start, left) or end edge (end, right) of the
 * column, or of the block-container the change is in (a table cell's
 * change stands beside the column, as in FOP);
 * inside, outside and alternate by the page's parity and the column, as
 * FOP places them (fo_pdf_where()); twice change-bar-width wide, in
 * change-bar-color (the text colour unless given) and change-bar-style
 * (none, the initial value, draws nothing).  A change begun or ended
 * inside a paragraph marks the lines from the one it begins on to the
 * one it ends on.
 *
 * fo_changes_t is the set of changes open while a flow is laid out (its
 * generator owns it); items carry FO_EX_CHANGE_BAR extras naming the
 * change's begin node, which belongs to the FO tree.
 */
#ifndef LPDOC_FO_CHANGEBAR_H
#define LPDOC_FO_CHANGEBAR_H

#include <stddef.h>

#include "fo_extra.h"
#include "fo_pdf.h"

typedef struct fo_changes {
	const fo_node_t **open;  /* the begin nodes of the open changes */
	size_t n, cap;
} fo_changes_t;

/* A begin opens its change; an end closes the open change of its class. */
void fo_changes_apply(fo_changes_t *c, const fo_node_t *n);
/* Appends a change-bar extra for each open change to *list. */
void fo_changes_attach(const fo_changes_t *c, fo_extra_t **list);
void fo_changes_free(fo_changes_t *c);

/* Draws the bars of items[0, n) (tops y[i] from oy, blocks' x from ox)
 * beside the column or region (fo_pdf_where()), or the block-container
 * the change is in. */
void fo_changebar_draw(fo_pdf_t *pdf, const fo_item_t *items, const double *y, size_t n,
                       double ox, double oy);

#endif
