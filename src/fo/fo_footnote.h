/*
 * fo_footnote: fo:footnote.  The inline part stays in the text; the
 * fo:footnote-body is laid out at once (the width of the region body, in a
 * table cell too) and
 * travels with the line that cites it, so that pagination keeps room for
 * it on the same page and the page draws it at the bottom of its body
 * region, above which the xsl-footnote-separator static content (if any)
 * is drawn.
 *
 * Footnote extras own their laid-out body (a fo_cont_t).
 */
#ifndef LPDOC_FO_FOOTNOTE_H
#define LPDOC_FO_FOOTNOTE_H

#include "fo_extra.h"
#include "fo_pdf.h"
#include "fo_text.h"
#include "fo_tree.h"

/* Lays out body (an fo:footnote-body; an fo:float, k FO_EX_FLOAT_BEFORE)
 * cited at byte off of the paragraph being collected, at the region
 * body's width, and adds it to *notes as an extra of kind k. */
void fo_footnote_collect(fo_extra_t **notes, const fo_node_t *body, size_t off,
                         const fo_gen_env_t *env, fo_extra_kind_t k);
/* Draws the extras of kind k of the n items one below the other from y
 * down, at x. */
void fo_footnote_stack_draw(fo_pdf_t *pdf, const fo_item_t *items, size_t n, fo_extra_kind_t k,
                            double x, double y);
/* Moves the notes cited on line i of p from *notes onto the line's extras. */
void fo_footnote_attach(fo_extra_t **extra, fo_extra_t **notes, const fo_para_t *p, int i);
/* The height the footnotes of item it take at the bottom of its page. */
double fo_footnote_height(const fo_item_t *it);
/* The same for the n items of a page. */
double fo_footnotes_height(const fo_item_t *items, size_t n);
/* Draws the footnotes of items at the bottom of the area starting at x
 * and ending at bottom, with the separator sep (or none) above them. */
void fo_footnotes_draw(fo_pdf_t *pdf, const fo_item_t *items, size_t n, double x,
                       double bottom, const struct fo_cont *sep);
/* The static content of s for flow (xsl-footnote-separator,
 * xsl-before-float-separator) laid out width points wide, or NULL
 * (fo_cont_free() frees it). */
struct fo_cont *fo_footnote_separator(const fo_pseq_t *s, const char *flow,
                                      const fo_gen_env_t *env, double width);

#endif
