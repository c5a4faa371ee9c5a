/*
 * fo_page: pages.  Choosing the page master for each page (simple masters
 * and page-sequence-masters with conditional alternatives), formatting
 * page numbers, the geometry of the regions, and pagination: cutting the
 * vertical list of a flow into pages at the best break opportunity (where
 * spaces between blocks may shrink or stretch, the one FOP's total fit
 * takes over the pages ahead), honouring forced breaks, keeps,
 * widows/orphans, odd/even page breaks and
 * force-page-count, and keeping room for footnotes: a note taller than
 * the room left is split as FOP splits it, its rest carried to the foot
 * of the pages after (pages of notes alone when the flow has ended).
 *
 * A fo_page_t owns the items placed on it (their references to
 * paragraphs and block areas) until fo_page_free().
 */
#ifndef LPDOC_FO_PAGE_H
#define LPDOC_FO_PAGE_H

#include <stddef.h>

#include "fo_layout.h"
#include "fo_tree.h"

typedef struct fo_rect {
	double x, y, w, h;       /* points, from the page's top-left corner */
} fo_rect_t;

/* Part of a page's body holding some of its items: a column, or a
 * span="all" block across the columns (fo_columns). */
typedef struct fo_area {
	size_t from, to;         /* the items in it */
	double x, w;             /* from the body's start edge */
} fo_area_t;

typedef struct fo_page {
	size_t index;            /* 0-based position in the document */
	size_t seq;              /* page-sequence */
	int number;              /* the printed page number */
	char label[48];          /* the number as formatted */
	const fo_spm_t *spm;
	int blank;               /* generated to satisfy a break or page count */
	int first, last;         /* in its page-sequence */
	fo_item_t *items;        /* body content; y gives each item's top */
	double *y;
	size_t n;
	fo_area_t *areas;        /* NULL: the items fill the body, one column */
	size_t nareas;
	fo_blk_t *next;          /* the area of the flow's next box (on the next
	                          * page), or NULL: the blocks around it go on */
	fo_extra_t *notes;       /* footnotes (or their rest) cited on pages
	                          * before, set above this page's own */
} fo_page_t;

void fo_page_free(fo_page_t *pg);

/* Positions items stacked from the top of an area: y[i] is item i's top.
 * Glue before the first box takes its page-top value. */
void fo_items_place(const fo_item_t *items, size_t n, double *y);

/* Writes number in format (digits: zero padding for decimal). */
void fo_page_format(int number, fo_numfmt_t fmt, int digits, char *out, size_t len);

/* The viewport of region r of master m (FO_REG_*) in the page reference
 * area's frame (fo_spm_frame).  fo_region_rect: its content rectangle,
 * the same but for a region turned a quarter by its reference-
 * orientation, whose content is as wide as the viewport is tall (drawn
 * turned: fo_pdf_turn). */
void fo_region_viewport(const fo_spm_t *m, int r, fo_rect_t *out);
void fo_region_rect(const fo_spm_t *m, int r, fo_rect_t *out);
/* The page reference area of m: inside its margins, on the page.  A
 * master turned by reference-orientation has its regions laid out in
 * the turned frame of this rectangle (fo_pdf_turn); one not turned, in
 * the page's own (the origin at the page's corner). */
void fo_spm_frame(const fo_spm_t *m, fo_rect_t *out);

/* Position inside a page-sequence-master. */
typedef struct fo_mstate {
	size_t sub;
	int used;
} fo_mstate_t;

/* Picks the master for a page; advances ms.  Never NULL. */
const fo_spm_t *fo_master_select(const fo_pseq_t *s, fo_mstate_t *ms, int number,
                                 int first, int last, int blank);

typedef struct fo_pager_cb {
	/* A page begins: the generator must be told its width and number. */
	void (*begin)(void *ud, fo_page_t *pg, const fo_rect_t *body);
	/* A page is complete; the callee owns it. */
	void (*end)(void *ud, fo_page_t *pg);
	void *ud;
	double footnote_sep;     /* the height of the footnote separator */
	double float_sep;        /* the height of the before-float separator */
} fo_pager_cb_t;

typedef struct fo_pager_pos {
	int number;              /* the next page number */
	size_t index;            /* the next page index */
} fo_pager_pos_t;

/* Paginates page-sequence si of doc, pulling items from gen.  pos says
 * where the sequence starts and is updated to where the next one starts. */
void fo_paginate(const fo_doc_t *doc, size_t si, fo_gen_t *gen, fo_pager_pos_t *pos,
                 const fo_pager_cb_t *cb);

#endif
