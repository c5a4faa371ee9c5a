/*
 * fo_bidi: right-to-left writing (writing-mode="rl-tb", fo:bidi-override,
 * direction, unicode-bidi).
 *
 * Two halves.  The bidirectional levels of a paragraph's text (UAX #9 as
 * Pango's FriBidi implements it), its base direction the block's
 * writing-mode, with the embeddings and overrides of fo:bidi-override
 * given as ranges of the text; fo_text reorders each line's pieces by
 * them (rule L2).
 *
 * And the areas: lpdoc lays every reference area out as if it were
 * lr-tb, the start edge on the left, and an rl-tb area is drawn through a
 * mirror (fo_bidi_frame()): blocks, indents, borders, list labels and
 * table columns then stand from the right as XSL 1.1 puts them.  What must
 * not be mirrored, a line's glyphs and graphics, is drawn through a
 * second mirror around its own box (fo_bidi_upright()).  Whether the
 * drawing is mirrored is read from cairo's matrix, so turned and nested
 * areas need no bookkeeping.  The properties (left and right as end and
 * start in rl-tb) are fo_props's.
 */
#ifndef LPDOC_FO_BIDI_H
#define LPDOC_FO_BIDI_H

#include <stddef.h>
#include <stdint.h>

#include <cairo.h>

/* An embedding (fo:bidi-override unicode-bidi="embed") or override
 * ("bidi-override") over text bytes [start, end). */
typedef struct fo_bidi_range {
	size_t start, end;
	int kind;                /* an fo_bidi_kind_t, not FO_BIDI_NORMAL */
	int rtl;                 /* direction="rtl" */
} fo_bidi_range_t;

/* The level of each byte of the UTF-8 text, allocated, or NULL when all
 * of it is left to right at level 0 (no right-to-left character, base
 * left to right, no range). */
uint8_t *fo_bidi_levels(const char *text, size_t len, int base_rtl, const fo_bidi_range_t *r,
                        size_t nr);

/* Is the drawing through cr mirrored (left and right swapped)? */
int fo_bidi_mirrored(cairo_t *cr);

/* Makes the drawing of the area [x, x + w) mirrored when rtl, upright
 * when not, whatever its parent's (the caller saves and restores cr). */
void fo_bidi_frame(cairo_t *cr, int rtl, double x, double w);

/* Where the drawing is mirrored, mirrors it again around [x, x + w), so
 * that glyphs and pictures drawn there are upright; returns 1 when it
 * did (cr saved: the caller restores it), else 0. */
int fo_bidi_upright(cairo_t *cr, double x, double w);

#endif
