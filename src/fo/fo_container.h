/*
 * fo_container: fo:block-container with absolute-position absolute or
 * fixed, taken out of the flow: its content is laid out on its own
 * (width, height, padding, borders, background, display-align) and drawn
 * at top/left/right/bottom of the region (absolute) or of the page
 * (fixed), turned by reference-orientation 0/90/180/270, clipped when
 * overflow is hidden or error-if-overflow.  Watermarks come this way
 * from static content.  An in-flow block-container with a height or a
 * turn is one such box in the flow (kept whole on a page, as in FOP);
 * one without stacks and breaks like a block (fo_layout), at its width,
 * and a page break inside it gives each part its borders and padding
 * (fo_container_break_items).  fo:inline-container is laid out the same
 * way and set in a line as an object; float content too (fo_float).
 *
 * A fo_cont_t owns the items of its content; the item carrying it (a
 * zero-size mark) owns it.
 */
#ifndef LPDOC_FO_CONTAINER_H
#define LPDOC_FO_CONTAINER_H

#include "fo_layout.h"
#include "fo_pdf.h"

typedef struct fo_cont fo_cont_t;

/* Is n an absolutely positioned (absolute or fixed) block-container? */
int fo_container_is_absolute(const fo_node_t *n);
/* Lays out container n into the item that carries it: a box of no height,
 * as FOP's, so that a break before or after it falls there (FOP 2.8's
 * BlockContainerLayoutManager gives an absolute container a zero box). */
void fo_container_item(const fo_node_t *n, const fo_gen_env_t *env, fo_item_t *box);
/* The width block- or inline-container n asks for (width, inline-progression-
 * dimension or its .optimum; like FOP 2.8, lpdoc ignores .minimum and
 * .maximum), resolved against ref; -1 when n is no block-container or
 * its width is automatic. */
double fo_container_width(const fo_node_t *n, double ref);
/* Is n an in-flow block-container given a height (height, block-
 * progression-dimension or its .optimum) or a turn?  It is then one box, kept whole on a page as in FOP, made by
 * fo_container_box() in block area blk.  Otherwise it stacks and breaks
 * like a block, at its width, its content indented from its edges. */
int fo_container_is_sized(const fo_node_t *n);
void fo_container_box(const fo_node_t *n, fo_blk_t *blk, const fo_gen_env_t *env,
                      fo_item_t *box);
void fo_cont_free(fo_cont_t *c);

/* Lays out fo:inline-container n (width, inline-progression-dimension,
 * height or its content's; avail when no width) and adds it to paragraph
 * p as an object whose first line sits on the line's baseline, as in FOP
 * 2.8; its background is drawn, its borders are not (FOP draws none). */
void fo_container_inline(fo_para_t *p, const fo_node_t *n, const fo_gen_env_t *env,
                         double avail);

/* A page breaks between boxes a and b inside block-containers: as in
 * FOP, each part of a container has its borders and padding.  The items
 * that draw them: foot ends the page, head starts the next.  Like FOP,
 * the page does not make room for foot (it may reach into the margin). */
void fo_container_break_items(const fo_item_t *a, const fo_item_t *b, fo_itemq_t *foot,
                              fo_itemq_t *head);

/* Lays out the block content of n (a footnote body) width points wide, as
 * a container in the flow of the page (no position of its own). */
fo_cont_t *fo_cont_layout(const fo_node_t *n, const fo_gen_env_t *env, double width);
/* The same drawn in the flow, dx from the start of the block whose item
 * carries it (a float). */
fo_cont_t *fo_cont_inflow(const fo_node_t *n, const fo_gen_env_t *env, double width, double dx);
/* An extra carrying c, to put on an item (it then owns c). */
fo_extra_t *fo_cont_extra(fo_cont_t *c);
double fo_cont_height(const fo_cont_t *c);
/* The width c's content needs, laid out width wide: width less the least
 * room its lines leave at their end (FOP's float of no set width shrinks
 * to it); width when it holds other boxes than lines and borders. */
double fo_cont_content_width(const fo_cont_t *c, double width);
/* The items of c's content (*n of them). */
const fo_item_t *fo_cont_items(const fo_cont_t *c, size_t *n);
/* The last break of c's content no keep forbids (a footnote split as FOP
 * splits it) below which at most room is taken: 1, its item's index in
 * *at and the height above it in *h; 0 when there is none. */
int fo_cont_fit(const fo_cont_t *c, double room, size_t *at, double *h);
/* Cuts c at break at (fo_cont_fit): c keeps what is above it, the
 * container returned what is below. */
fo_cont_t *fo_cont_cut(fo_cont_t *c, size_t at);
/* Draws c's content with its top-left corner at x, y. */
void fo_cont_draw_at(fo_pdf_t *pdf, const fo_cont_t *c, double x, double y);
/* Draws the containers of item it, whose content starts at x, y; (ox, oy)
 * is the reference area's corner, area_w/area_h its size. */
void fo_container_draw(fo_pdf_t *pdf, const fo_item_t *it, double x, double y, double ox,
                       double oy, double area_w, double area_h);

#endif
