/*
 * fo_marker: running headers.  The fo:marker children of a block travel
 * with the block's first box; once a page is complete fo_markers_page()
 * walks the page's block areas in order as FOP adds them, registering
 * each block's markers where its area starts (first or not) and ends
 * (last or not: the page records the area of the flow's next box, so a
 * block going on to the next page does not end here), per
 * marker-class-name, so that fo:retrieve-marker in static content finds
 * the one its retrieve-position asks for (first-starting-within-page,
 * first-including-carryover, last-starting-within-page,
 * last-ending-within-page; where none starts or ends on the page, the
 * first or last on it, carried over too, as FOP's PageViewport), falling
 * back to the last starting (else last) marker of the nearest earlier
 * page with one within retrieve-boundary (page-sequence, document).
 * Markers of cells, empty blocks and inlines start and end with the item
 * carrying them (an inline's with each of its lines, first and last as
 * the extra says; a sized block-container's content is walked too): a
 * row split across pages carries its cells' over, and a cell going on to
 * the next page does not end on this one.  Markers of empty blocks ending
 * the flow are on its last page.  Pages held for later drawing keep their
 * answers.
 *
 * fo:retrieve-table-marker (XSL 1.1 6.13.7) is resolved as FOP 2.8
 * resolves it: once a page is complete, each table's header and footer on
 * it holding one are laid out again (fo_table_markers_page) with the
 * page's fragment of the table, an fo_tfrag_t: the markers of its body
 * rows on the page, registered as for the page (so the header too shows
 * what the rows below it hold); where the fragment has none of the
 * class and retrieve-boundary-within-table is page or table, the last
 * ending one on the page before the table, then (table) in the table's
 * earlier fragments.
 *
 * fo_markers_t owns its records; nodes belong to the FO tree.
 */
#ifndef LPDOC_FO_MARKER_H
#define LPDOC_FO_MARKER_H

#include "fo_extra.h"
#include "fo_page.h"

typedef struct fo_markers fo_markers_t;

fo_markers_t *fo_markers_new(void);
void fo_markers_free(fo_markers_t *m);
/* Forgets every page (a new layout pass). */
void fo_markers_reset(fo_markers_t *m);
/* Appends the marker extras of block n to *pending. */
void fo_markers_of_block(fo_extra_t **pending, const fo_node_t *n);
/* Records complete page pg (pages come in order). */
void fo_markers_page(fo_markers_t *m, const fo_page_t *pg);
/* The fo:marker that retrieve-marker rm shows on page index page, or NULL:
 * a copy whose properties inherit from rm (kept until fo_markers_free()). */
const fo_node_t *fo_markers_get(fo_markers_t *m, const fo_node_t *rm, size_t page,
                                const fo_style_ctx_t *ctx);

/* The fragment of table on complete page pg (recorded by
 * fo_markers_page()): first is the index of the table's first item there,
 * body[0..nbody) those of its body rows' items.  The table's record of
 * earlier fragments takes this one's (pages come in order). */
typedef struct fo_tfrag fo_tfrag_t;
fo_tfrag_t *fo_markers_fragment(fo_markers_t *m, const fo_page_t *pg, const fo_node_t *table,
                                size_t first, const size_t *body, size_t nbody);
void fo_tfrag_free(fo_tfrag_t *f);
/* The fo:marker retrieve-table-marker rtm shows in fragment f (NULL: none,
 * or f NULL), a copy as fo_markers_get() gives. */
const fo_node_t *fo_markers_table_get(const fo_tfrag_t *f, const fo_node_t *rtm,
                                      const fo_style_ctx_t *ctx);

#endif
