/*
 * fo_text: fonts and paragraphs.
 *
 * fo_fonts_t owns the private fontconfig configuration that holds only
 * the bundled fonts (fonts/ in the data folder), the Pango font map and
 * context built on it: whatever is installed on the machine, the same FO
 * gives the same PDF.  Glyphs and advances come from the fonts Pango
 * loads (through HarfBuzz), cached per character.
 *
 * fo_para_t is one paragraph of inline content: text collected with its
 * styles (white-space handling applied as it is added), then broken into
 * lines by a Knuth-Plass total-fit line breaker with the element model of
 * Apache FOP (word spaces shrink by a third and stretch by a half when
 * justified; ragged lines may end three spaces short), so paragraphs
 * break where FOP breaks them.  Pango's own line breaker cannot shrink
 * spaces, which makes justified text run longer than FOP's.
 *
 * A paragraph owns its text, pieces and lines; the styles it points to
 * belong to the FO tree and the fonts to the fo_fonts_t, which must
 * outlive it.
 */
#ifndef LPDOC_FO_TEXT_H
#define LPDOC_FO_TEXT_H

#include <stddef.h>
#include <cairo.h>

#include "fo.h"
#include "fo_props.h"
#include "../util/diag.h"

/* fo_fonts_t, fo_fonts_new(), fo_fonts_isolate() and the loader are fo.h's
 * (the engine's public API); what follows is for the engine's modules. */
/* Pango objects may not be used by two threads at once: whoever uses
 * f's font map outside this module (librsvg drawing SVG text on the
 * drawing thread) holds this lock.  Faces are loaded under it too. */
void fo_fonts_lock(fo_fonts_t *f);
void fo_fonts_unlock(fo_fonts_t *f);
/* Makes f's fonts fontconfig's current configuration, where poppler
 * looks for the fonts a PDF graphic uses without embedding them
 * (Helvetica, Times): the default configuration lpdoc gives fontconfig
 * holds no font (fo_fonts_isolate()).  Holding f's lock. */
void fo_fonts_make_current(fo_fonts_t *f);
/* Makes f's font map this thread's default Pango one (NULL: back to
 * Pango's own), for librsvg, which lays out SVG text with the default:
 * while it is set, a chart's text uses the bundled fonts too. */
void fo_fonts_set_default(const fo_fonts_t *f);

/* The bundled family standing in for name (case-insensitive: generic
 * families, Helvetica/Arial, Times, Courier and the Liberation names), or
 * NULL when there is none.  The result is a static string. */
const char *fo_font_family_map(const char *name);

/* Ascender and descender (both positive, points) of st's font at its
 * size: the base-14 metrics the Liberation fonts are compatible with
 * (for its weight and style), so lines get the heights FOP gives them. */
void fo_font_extents(const fo_style_t *st, double *ascent, double *descent);

/* The x-height of st's font in em (the base-14 AFM XHeight). */
double fo_font_xheight(const fo_style_t *st);

typedef struct fo_para fo_para_t;

fo_para_t *fo_para_new(const fo_style_t *block);
/* Appends text in style st, applying st's white-space properties. */
void fo_para_add_text(fo_para_t *p, const char *utf8, size_t len, const fo_style_t *st);
/* Appends generated text (citations) that white-space rules leave alone. */
void fo_para_add_literal(fo_para_t *p, const char *utf8, const fo_style_t *st);
/* Appends an fo:character: a box of its own, as FOP's CharacterLayoutManager
 * makes (a no-break space there neither stretches nor shrinks). */
void fo_para_add_character(fo_para_t *p, const char *utf8, const fo_style_t *st);
/* Appends the number of the page being filled (fo:page-number).  If the
 * line lands on another page, fo_para_line_draw() shows that page's number
 * instead, when it is as long (digits of the bundled fonts are all as
 * wide, so the line stays as laid out). */
void fo_para_add_page_number(fo_para_t *p, const char *label, const fo_style_t *st);
/* fo:leader (fo_leader.c reads its properties): glue that does not break
 * a line, its length between min and max (resolved against the line
 * width), drawn as dots, a rule or nothing. */
typedef enum fo_leader_pattern {
	FO_LEADER_SPACE, FO_LEADER_RULE, FO_LEADER_DOTS, FO_LEADER_USE_CONTENT
} fo_leader_pattern_t;

typedef struct fo_leader {
	fo_leader_pattern_t pattern;
	fo_len_t min, opt, max;  /* leader-length */
	double thickness;        /* rule-thickness */
	fo_border_style_t rule_style;
	fo_len_t pattern_width;  /* leader-pattern-width (a percentage: of the
	                            paragraph's width); 0: the pattern's own */
	const char *content;     /* use-content: the leader's text (in the FO
	                            document, not NUL-terminated) */
	size_t content_len;
} fo_leader_t;

void fo_para_add_leader(fo_para_t *p, const fo_leader_t *ld, const fo_style_t *st);

/* An inline object (a graphic in a line): a box w wide standing h above
 * the baseline and depth below it (an inline-container's lines after its
 * first), drawn by draw(data, cr, x, top); release(data) when the
 * paragraph goes. */
typedef struct fo_inline_obj {
	double w, h, depth;
	void (*draw)(void *data, cairo_t *cr, double x, double top);
	void (*release)(void *data);
	void *data;
} fo_inline_obj_t;

void fo_para_add_object(fo_para_t *p, const fo_inline_obj_t *o, const fo_style_t *st);
/* Draws a rule leader w long whose baseline is at y (fo_leader.c). */
void fo_leader_rule_draw(cairo_t *cr, const fo_leader_t *ld, const fo_style_t *st, double x,
                         double y, double w);

/* The next character of utf8[*at, len) that neither st's face nor any
 * fallback has (it would print as an empty box), *at then just past it;
 * 0 at the end.  White space and invisible format characters are not
 * looked at. */
uint32_t fo_fonts_uncovered(fo_fonts_t *f, const fo_style_t *st, const char *utf8, size_t len,
                            size_t *at);

/* Byte offset where the next text goes (for ids of inlines). */
size_t fo_para_offset(const fo_para_t *p);
/* The text added since offset start is embedded (kind FO_BIDI_EMBED) or
 * overridden (FO_BIDI_OVERRIDE), right to left when rtl (fo_bidi);
 * call as the object ends, the inner first. */
void fo_para_add_bidi(fo_para_t *p, size_t start, int kind, int rtl);
/* Nothing but collapsible white space so far. */
int fo_para_is_empty(const fo_para_t *p);

/* A float h tall stands beside the paragraph's top (fo_float): the lines
 * starting within h are cut shorter, and moved along when the float is at
 * their start (start: 1).  Before fo_para_layout(). */
void fo_para_beside(fo_para_t *p, double h, double cut, int start);
/* Breaks into lines width points wide; first_indent is the text-indent
 * of the first line (only for a block's first paragraph). */
void fo_para_layout(fo_para_t *p, fo_fonts_t *f, double width, double first_indent);
/* The rest of p from its line line on, broken again width points wide
 * (the page it continues on is narrower or wider: FOP lays it out again
 * there).  The continuation shows p's text with p's byte offsets and
 * holds p. */
fo_para_t *fo_para_continue(fo_para_t *p, int line, double width);
int fo_para_line_count(const fo_para_t *p);
/* The byte offset line i starts at. */
size_t fo_para_line_start(const fo_para_t *p, int i);
/* Whether line i is drawn in more than one run of text: an inline object
 * between its words, or words of another size or baseline (cairo places
 * each run after the first with its own absolute position). */
int fo_para_line_in_runs(const fo_para_t *p, int i);
/* Height of line i and the distance from its top to its baseline. */
void fo_para_line_metrics(const fo_para_t *p, int i, double *height, double *baseline);
/* The line holding byte offset off. */
int fo_para_line_of(const fo_para_t *p, size_t off);
/* The width of line i's content, its spaces neither stretched nor shrunk. */
double fo_para_line_natural(const fo_para_t *p, int i);
/* Glyphs waiting to be shown: consecutive lines in the same font, size
 * and colour go to cairo in one cairo_show_glyphs() (cairo's cost per
 * call is high).  Whoever draws anything else on the context flushes
 * first, so that everything is painted in order.  A run keeps glyph
 * caches of its own: it may draw on another thread than the one laying
 * the paragraphs out. */
typedef struct fo_glyphs fo_glyphs_t;

fo_glyphs_t *fo_glyphs_new(void);
void fo_glyphs_flush(fo_glyphs_t *run, cairo_t *cr);
void fo_glyphs_free(fo_glyphs_t *run);

/* Adds line i, its top-left corner at x, y, on the page numbered
 * page_label (NULL: as laid out), to run; draws its rules, backgrounds
 * and inline objects (flushing run before each). */
void fo_para_line_draw(const fo_para_t *p, int i, cairo_t *cr, fo_glyphs_t *run, double x,
                       double y, const char *page_label);

/* The rectangle (x, y, w, h from the line's start edge and top) of the
 * text of bytes [start, end) on line i: as wide as its boxes, as tall as
 * their fonts' ascent and descent, shifted, and its graphics (FOP's inline
 * area of a link); 0 when none of it is there.  In an rl-tb block, as the
 * area's mirror will draw it (fo_bidi). */
int fo_para_range_rect(const fo_para_t *p, int i, size_t start, size_t end, double r[4]);

/* Reference counting: pages that show lines of a paragraph hold it. */
fo_para_t *fo_para_ref(fo_para_t *p);
void fo_para_unref(fo_para_t *p);

#endif
