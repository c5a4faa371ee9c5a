/*
 * fo_float: fo:float.  A side float (float="start", "end", "left",
 * "right", "inside", "outside") is laid out on its own, as wide as the
 * block-container it holds (or as the block it is in), drawn at the
 * start or end edge of the block it is in, level with the top of the
 * paragraph citing it, and the lines beside it are cut short
 * (fo_para_beside), those of the paragraphs after it too until they
 * pass below it or a block with clear="start|end|left|right|both"
 * starts below it.  As in FOP 2.8, there is no gap between the float
 * and the text.  float="before" goes to the top of the page (XSL 1.1's
 * before-float reference area; FOP 2.8 overprints it on the text): laid
 * out at the body's width, it travels with the line citing it as an
 * FO_EX_FLOAT_BEFORE extra, pagination keeps room for it above the text
 * or lets it wait for the next page (fo_page), and the page draws it
 * above the body's items, the xsl-before-float-separator static content
 * below the floats (fo_render); outside the flow (static content,
 * containers) it is a block where it stands, as float="none" is.
 *
 * The state of the float being passed belongs to the generator
 * (fo_layout), a fo_float_t; the laid-out float is a container
 * (fo_container) carried by a zero-size mark item.
 */
#ifndef LPDOC_FO_FLOAT_H
#define LPDOC_FO_FLOAT_H

#include "fo_layout.h"

/* The side float being passed: height still beside the text, its width
 * and side. */
typedef struct fo_float {
	double h, w;
	int start;
} fo_float_t;

/* Is n a side float (laid out beside the text)? */
int fo_float_is_side(const fo_node_t *n);
/* Is n a before-float (float="before")? */
int fo_float_is_before(const fo_node_t *n);
/* Lays out side float n for block area blk: the extra that draws it, on
 * the item at whose top it stands (the first line of its paragraph); f
 * becomes its state. */
fo_extra_t *fo_float_place(const fo_node_t *n, const fo_blk_t *blk, const fo_gen_env_t *env,
                           fo_float_t *f);
/* A box h tall (or glue) went by: the float is that much less beside
 * (h < 0: that much more). */
void fo_float_pass(fo_float_t *f, double h);
/* The space a block n must leave to clear the float (0: none). */
double fo_float_clearance(const fo_float_t *f, const fo_node_t *n);
/* Cuts the lines of p beside the float, if any is still beside. */
void fo_float_beside(const fo_float_t *f, fo_para_t *p);

#endif
