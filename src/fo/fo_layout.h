/*
 * fo_layout: turns the block-level content of a flow or static-content
 * into a vertical list of items, the input of pagination.
 *
 * Items are boxes (a line of a paragraph, the before/after border and
 * padding of a block), glue (resolved space-before/after) and break
 * opportunities carrying keep strengths (keeps, widows/orphans) or a
 * forced break.  A generator produces them a paragraph at a time so that a
 * long flow never sits in memory whole: pages take the items they show
 * and free them once drawn.
 *
 * Ownership: an item holds a reference to its paragraph and block area;
 * fo_item_clear() drops them.  Block areas refer to FO nodes and styles,
 * which belong to the fo_doc_t.
 *
 * Adding a formatting object (tables, lists, containers, graphics): give
 * it a kind in fo_tree, make fo_kind_is_block() say whether it stacks,
 * and let the generator turn it into items: boxes for what takes height
 * (a table row is one box, or several when it may split), BREAK items for
 * where a page may end and with what keep strength, GLUE for space.  A new
 * kind of box gets an fo_item_kind_t and a case in fo_pdf_draw_items();
 * ids, keeps and pagination then work unchanged.
 */
#ifndef LPDOC_FO_LAYOUT_H
#define LPDOC_FO_LAYOUT_H

#include <stdatomic.h>
#include <stddef.h>

#include "fo_text.h"
#include "fo_tree.h"

/* A block's area on the reference area: x and widths in points from the
 * region's content-rectangle start edge. */
typedef struct fo_blk fo_blk_t;
struct fo_blk {
	atomic_int refs;         /* atomic: pages are freed by the drawing thread */
	int depth;
	fo_blk_t *parent;
	const fo_node_t *node;
	const fo_style_t *st;
	double x, w;             /* content rectangle */
	double rx, rw;           /* the reference area its descendants' indents
	                            are measured from: a block-container's
	                            content rectangle; rw 0: the region's */
	int plain;               /* its owner draws its borders (a table cell) */
};

typedef enum fo_item_kind {
	FO_IT_LINE,    /* a line of a paragraph */
	FO_IT_DECO,    /* border and padding before or after a block */
	FO_IT_GLUE,    /* space between boxes */
	FO_IT_BREAK,   /* a place the page may break */
	FO_IT_MARK,    /* zero-size carrier of ids (the end of a block) */
	FO_IT_BOX,     /* a box drawn by its extras (a graphic) */
	FO_IT_ROW,     /* a table row group or list item, or a slice of it (fo_table) */
	FO_IT_SPAN     /* a span="all" block begins (after: ends) in the flow (fo_columns) */
} fo_item_kind_t;

typedef struct fo_row fo_row_t;

typedef struct fo_idmark fo_idmark_t;
struct fo_idmark {
	const char *id;
	int last;                /* marks where the id's areas end */
	fo_idmark_t *next;
};

typedef struct fo_extra fo_extra_t;

typedef struct fo_item {
	fo_item_kind_t kind;
	double h;                /* box height, or glue */
	double h_top;            /* glue kept at the top of a page */
	double shrink, stretch;  /* glue below a page's top: how much less or more
	                            it may be (space minimum and maximum) */
	fo_blk_t *blk;           /* LINE: the block of the paragraph; DECO: the block */
	fo_para_t *para;         /* LINE */
	int line;                /* LINE; ROW: the slice (0, or n after the row's cut n - 1) */
	int after;               /* DECO: 1 for the after edge; SPAN: the end */
	int keep;                /* BREAK: keep strength, 0 free */
	int forced;              /* BREAK: an fo_break_t, FO_BREAK_AUTO when optional */
	fo_row_t *row;           /* ROW: the row shown; BREAK: inside this table's body */
	double from;             /* ROW: where the slice shown starts in the row */
	fo_idmark_t *ids;
	fo_extra_t *extra;       /* links, markers, graphics, containers (fo_extra.h) */
} fo_item_t;

void fo_item_clear(fo_item_t *it);
/* Items that take height. */
int fo_item_is_box(fo_item_kind_t k);

/* A queue of items: a growable array consumed from the front. */
typedef struct fo_itemq {
	fo_item_t *v;
	size_t len, cap;
} fo_itemq_t;

void fo_itemq_push(fo_itemq_t *q, const fo_item_t *it);
/* Inserts items[0, n) before q->v[at] (at <= q->len), moved in. */
void fo_itemq_insert(fo_itemq_t *q, size_t at, const fo_item_t *items, size_t n);
/* Removes the first n items without clearing them (they were moved). */
void fo_itemq_drop(fo_itemq_t *q, size_t n);
void fo_itemq_free(fo_itemq_t *q);

/* What the generator needs from the page being filled. */
typedef struct fo_gen_env {
	fo_fonts_t *fonts;
	double width;            /* the reference area's width */
	const char *page_number; /* the text of fo:page-number */
	/* Text for a page-number-citation(-last) of id, made by node n. */
	const char *(*cite)(void *ud, const char *id, int last, const fo_node_t *n);
	void *ud;
	diag_t *diag;
	const char *file;
	struct fo_images *images; /* loaded graphics (fo_image.h) */
	struct fo_markers *markers; /* markers for fo:retrieve-marker (fo_marker.h) */
	const struct fo_nav *nav; /* ids links may lead to (fo_nav.h) */
	size_t page_index;       /* the page being filled or drawn */
	double body_width;       /* the region body's width: footnotes and span="all"
	                            blocks are set at it (0: width, a column's) */
	double area_height;      /* the flow's region body's height, for absolutely
	                            positioned containers (0: not known) */
	int before_floats;       /* fo:float float="before" goes to the top of the
	                            page: set for the flow (and its tables and lists) */
	const struct fo_tfrag *tfrag; /* the table fragment whose header or footer is
	                            laid out again for fo:retrieve-table-marker (NULL:
	                            it retrieves nothing) */
} fo_gen_env_t;

typedef struct fo_gen fo_gen_t;

/* A generator over the children of container (fo:flow or fo:static-content). */
fo_gen_t *fo_gen_new(const fo_node_t *container, const fo_gen_env_t *env);
/* Appends the items of the next step to q; returns 0 once everything was
 * generated.  env may change between calls (the page being filled). */
int fo_gen_step(fo_gen_t *g, fo_itemq_t *q);
void fo_gen_set_env(fo_gen_t *g, const fo_gen_env_t *env);
/* After fo_gen_set_env() with another width (a page master of another
 * width, or other columns): the queued lines, made for the old width, are
 * broken again at the new one from where they start (FOP lays out again
 * what continues on the new page), and the blocks still open take the
 * new width.  Tables and graphics keep their old layout. */
void fo_gen_rewidth(fo_gen_t *g, fo_itemq_t *q);
void fo_gen_free(fo_gen_t *g);

/* For objects laid out in their own modules (tables, list items): the
 * environment, the area of the object being laid out, and a box to
 * append with the keep strength of the break before it. */
const fo_gen_env_t *fo_gen_env(const fo_gen_t *g);
fo_blk_t *fo_gen_blk(const fo_gen_t *g);
void fo_gen_box(fo_gen_t *g, fo_itemq_t *q, fo_item_t *box, int keep);
/* A forced break (fo_break_t) before the next box: a row's break-before
 * or the previous row's break-after, a break inside a cell. */
void fo_gen_force(fo_gen_t *g, int brk);
/* The forced break (fo_break_t) asked before the first box: break-before
 * on the flow's first block, which starts no page but may want the other
 * parity (odd-page, even-page). */
fo_break_t fo_gen_lead_break(const fo_gen_t *g);
/* Keeps the next box with the last one at least this strongly. */
void fo_gen_keep(fo_gen_t *g, int keep);

fo_blk_t *fo_blk_ref(fo_blk_t *b);
void fo_blk_unref(fo_blk_t *b);

#endif
