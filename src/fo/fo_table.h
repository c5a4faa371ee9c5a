/*
 * fo_table: tables and the rows they are made of, laid out as FOP 2.8 lays
 * them out.
 *
 * A table becomes a vertical list of FO_IT_ROW items, one per row group
 * (a table-row, or the rows that row-spanning cells bind together), or
 * several when a row may break across pages: slices at FOP's steps
 * (TableStepper), each cell's own breaks and content end, every other
 * cell stopping at its last break above; the rest after a break is as
 * tall as the tallest rest of a cell, each starting at the next page's
 * top (a glue after the break, negative where a cell lags behind).  Each cell's content is laid out by its own
 * generator (fo_layout) at the cell's width and kept, positioned, in the
 * row; drawing a row draws the cells' backgrounds, borders (separate or
 * collapsed, FOP's geometry: collapsed borders are centred on the grid
 * lines, the table's outer halves outside it) and content.
 *
 * The table's header and footer are kept as rows too: the pager asks for
 * copies where a page breaks inside the body (fo_table_break_items), so
 * the header starts every page the table continues on and the footer
 * ends every page it breaks on, unless table-omit-*-at-break says not to.
 *
 * A row that may break is drawn a slice at a time.  A slice drawn right
 * below the one before it on the page continues it (the space between
 * them painted, boxes of other cells cut there drawn where they are in
 * the row, rows nested in cells continued too); a slice starting a page
 * moves what the break cut down to its top.  To know, drawing keeps a
 * little state in the rows and cells: a page's items are drawn in order.
 * A row or slice draws all its cells' backgrounds and borders first, in
 * one fo_pdf_fills_begin()/_end() batch, then their content.
 *
 * List items (fo_list) are rows of two cells, label and body.
 *
 * Ownership: a fo_row_t is reference counted; the items showing it hold
 * references, and a row owns its cells' items.  Break items inside a
 * body hold a reference to the row before them (for the header and
 * footer).
 */
#ifndef LPDOC_FO_TABLE_H
#define LPDOC_FO_TABLE_H

#include "fo_layout.h"
#include "fo_pdf.h"
#include "fo_tree.h"

/* A cell's laid-out content and its box. */
typedef struct fo_cell {
	const fo_node_t *node;
	fo_itemq_t items;        /* content, positions in y */
	double *y;
	double content_h;
	double ox;               /* x origin of the content's areas */
	double x, w;             /* border box, from the region's content start */
	double top, h;           /* border box, from the row group's top */
	double inset[FO_SIDES];  /* border part inside the box plus padding */
	fo_border_t border[FO_SIDES];  /* as drawn (collapsed: the winners) */
	int align;               /* display-align: 0 before, 1 center, 2 after */
	int decorated;           /* draws background and borders (table cells) */
	int collapse;            /* borders centred on the box's edges */
	double row_first;        /* the first step of its row (fo_table) */
	double least;            /* the content height the cell or its row asks
	                          * for (height, block-progression-dimension) */
	double lead, trail;      /* border and padding kept before and after a
	                          * page break inside the cell (conditionality) */
	double draw_shift;       /* while drawn: how far a page break moved the
	                          * content (fo_row_draw) */
	int draw_fresh;          /* while drawn: its rest starts at the page's top */
	double *cut_at;          /* per cut of the row: where this cell's part
	                          * ends (its own last break above the cut) */
	double env_w;            /* the width its content's indents refer to */
} fo_cell_t;

typedef struct fo_table_rep fo_table_rep_t;

struct fo_row {
	atomic_int refs;         /* atomic: see fo_blk_t */
	fo_cell_t *cells;
	size_t ncells, cap;
	double h;
	double *cut_end, *cut_start;  /* where slices end and the next begin */
	int *cut_forced;         /* the fo_break_t forced at each cut (a block's break in a cell) */
	int *cut_keep;           /* the keep strength at each cut (the cells' breaks there) */
	size_t ncuts;
	int cuts_made;           /* ncuts and the cuts are final */
	fo_table_rep_t *rep;     /* the header and footer of the table, or NULL */
	const fo_node_t *rtm_table; /* a header or footer row of this table
	                          * holding an fo:retrieve-table-marker */
	/* Drawing state, while its page is drawn: the first slice of the
	 * slices drawn one below the other, and whether the next slice drawn
	 * continues them (a row nested in a cell, drawn by the row's slices). */
	size_t draw_run;
	int draw_cont;
};

fo_row_t *fo_row_new(void);
fo_row_t *fo_row_ref(fo_row_t *r);
void fo_row_unref(fo_row_t *r);
/* Adds a cell whose content is node's children, laid out by a generator
 * with env (env->width is the width the content's indents refer to). */
fo_cell_t *fo_row_add_cell(fo_row_t *r, const fo_node_t *node, const fo_gen_env_t *env);
/* Emits row r (h set, cells placed) as one item or, when it may break,
 * slices at its tallest cell's breaks; keep is the strength of the break
 * before it, inner that of the breaks inside it; lead_in_body: the break
 * before it is inside a table body (the header and footer repeat there). */
void fo_row_emit(fo_gen_t *g, fo_itemq_t *q, fo_row_t *r, int keep, int inner,
                 int lead_in_body);
/* Draws the row (slice) items[i] of a page's items[0..n) shows, its top
 * at y; ox is the region's start.  The items around it tell whether it
 * continues the slice before it on the same page, and whether the page
 * breaks after it. */
void fo_row_draw(fo_pdf_t *pdf, const fo_item_t *items, size_t i, size_t n, double ox,
                 double y);

/* Where the table of row item it is of the other writing-mode than the
 * area drawn (writing-mode="rl-tb" on an fo:table), mirrors the drawing
 * around the table's columns (fo_pdf_mirror()), which are laid out from
 * the start edge: they then stand from the right.  ox: the region's start. */
void fo_row_mirror(fo_pdf_t *pdf, const fo_item_t *it, double ox);

/* Is the table in the collapsing border model (the initial value)? */
int fo_table_collapses(const fo_node_t *table);
/* Emits the next items of a table, a row group at a time (its space,
 * keeps and border as a block are the generator's).  *state starts NULL
 * and is the table's until the call that returns 1, the last; a
 * generator freed before then frees it with fo_table_state_free(). */
typedef struct fo_table_state fo_table_state_t;
int fo_table_step(fo_gen_t *g, fo_itemq_t *q, const fo_node_t *table, fo_table_state_t **state);
void fo_table_state_free(fo_table_state_t *st);
/* The height of the footer to add when breaking after row (0 for NULL). */
double fo_table_break_footer(const fo_row_t *row);
/* The height of the header repeated after a break after row (0 for NULL). */
double fo_table_break_header(const fo_row_t *row);
/* Does the cell holding marker, carried by items[i] (a row's first
 * slice), end on the page of items[0..n)?  1 for anything else. */
int fo_row_marker_ends(const fo_item_t *items, size_t n, size_t i, const fo_node_t *marker);
/* The markers of the cells a row slice it continues (begun on an earlier
 * slice), as FO_EX_MARKER extras to free with fo_extra_free(), or NULL. */
fo_extra_t *fo_row_markers_carried(const fo_item_t *it);
/* Copies of the footer ending a page that breaks after row, and of the
 * header starting the next. */
void fo_table_break_items(const fo_row_t *row, fo_itemq_t *foot, fo_itemq_t *head);
/* Lays the header and footer rows on complete page pg that hold an
 * fo:retrieve-table-marker out again with the markers of their table's
 * fragment on the page (fo_marker.h), in env (the page's), keeping their
 * heights: FOP's TableCellLayoutManager.repeatAddAreas. */
struct fo_markers;
struct fo_page;
void fo_table_markers_page(struct fo_markers *m, struct fo_page *pg, const fo_gen_env_t *env);

#endif
