/*
 * fo_footnote: fo:footnote.  The inline part stays in the text; the
 * fo:footnote-body is laid out at once (the width of the region body, in a
 * table cell too, with the indents it inherits, as in FOP) and
 * travels with the line that cites it, so that pagination keeps room for
 * it on the same page and the page draws it at the bottom of its body
 * region, above which the xsl-footnote-separator static content (if any)
 * is drawn.  A note taller than the room left is split as FOP 2.8 splits
 * it (fo_footnotes_fit): a part on the citation's page, the rest at the
 * foot of the pages after, before the notes cited there.
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
/* The same for the notes of list (other extras are skipped). */
double fo_footnote_list_height(const fo_extra_t *list);
/* The same for the notes carried onto a page and the n items of it. */
double fo_footnotes_height(const fo_extra_t *carried, const fo_item_t *items, size_t n);
/* Draws the footnotes carried onto a page, then those of its items, at
 * the bottom of the area starting at x and ending at bottom, with the
 * separator sep (or none) above them. */
void fo_footnotes_draw(fo_pdf_t *pdf, const fo_extra_t *carried, const fo_item_t *items,
                       size_t n, double x, double bottom, const struct fo_cont *sep);

/* How the notes waiting for a page share room, as FOP's page breaking
 * splits them: the first whole notes fit, then note cut (when cut) at
 * break at of its body; h is the room they take. */
typedef struct fo_note_fit {
	size_t whole;
	int cut;
	size_t at;
	double h;
} fo_note_fit_t;
/* The notes waiting (n of them, in order; the first nwhole may not be
 * split or left for a later page) when they do not all fit in room: 1
 * and *out when some of them fits beyond the first nwhole, 0 when the
 * page may not end here. */
int fo_footnotes_fit(fo_extra_t *const *notes, size_t n, size_t nwhole, double room,
                     fo_note_fit_t *out);
/* Cuts note e at break at of its body: e keeps the part above, the note
 * returned holds the rest. */
fo_extra_t *fo_footnote_cut(fo_extra_t *e, size_t at);
/* Takes e out of *list. */
void fo_extra_unlink(fo_extra_t **list, const fo_extra_t *e);
/* The static content of s for flow (xsl-footnote-separator,
 * xsl-before-float-separator) laid out width points wide, or NULL
 * (fo_cont_free() frees it). */
struct fo_cont *fo_footnote_separator(const fo_pseq_t *s, const char *flow,
                                      const fo_gen_env_t *env, double width);

#endif
