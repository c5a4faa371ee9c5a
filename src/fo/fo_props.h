/*
 * fo_props: XSL-FO property values and the computed style of a formatting
 * object.
 *
 * Parsing of single values (lengths, colours, keeps, enumerations), the
 * shorthands (margin, padding, border*, font, space-*), and inheritance:
 * fo_style_compute() turns a parent's computed style plus an element's
 * attributes into the element's computed style.  Lengths that depend on
 * the width of the containing area (percentages) are kept as a linear
 * combination fo_len_t and resolved at layout time with fo_len_resolve().
 *
 * A fo_style_t is a plain value: strings in it point into the FO document
 * (attribute values) or to static tables, never owned.  Problems with
 * values are reported to the diag_t once per property and value.
 */
#ifndef LPDOC_FO_PROPS_H
#define LPDOC_FO_PROPS_H

#include <libxml/tree.h>

#include "../util/diag.h"

/* A length: pt points plus pct percent of a reference width. */
typedef struct fo_len {
	double pt;
	double pct;
} fo_len_t;

typedef struct fo_color {
	double r, g, b, a;     /* 0..1; a == 0 means transparent / none */
} fo_color_t;

/* Keep strengths: 0 is auto, FO_KEEP_ALWAYS is "always", FO_KEEP_INTEGER
 * any integer: FOP gives every integer strength the same penalty (one
 * less than infinite, Keep.getPenalty()), so "5" weighs what "1" does. */
#define FO_KEEP_ALWAYS 1000000
#define FO_KEEP_INTEGER 1

typedef enum fo_align {
	FO_ALIGN_START, FO_ALIGN_CENTER, FO_ALIGN_END, FO_ALIGN_JUSTIFY,
	FO_ALIGN_RELATIVE  /* text-align-last "relative": follow text-align */
} fo_align_t;

typedef enum fo_break {
	FO_BREAK_AUTO, FO_BREAK_PAGE, FO_BREAK_ODD, FO_BREAK_EVEN,
	FO_BREAK_COLUMN          /* the next column; a page break in the last */
} fo_break_t;

typedef enum fo_border_style {
	FO_BORDER_NONE, FO_BORDER_SOLID, FO_BORDER_DASHED, FO_BORDER_DOTTED,
	FO_BORDER_DOUBLE
} fo_border_style_t;

/* linefeed-treatment and white-space-treatment (in the order
 * fo_props.c's keyword lists give them). */
typedef enum fo_lf {
	FO_LF_SPACE, FO_LF_PRESERVE, FO_LF_IGNORE, FO_LF_ZWSP
} fo_lf_t;

typedef enum fo_ws {
	FO_WS_SURROUNDING, FO_WS_PRESERVE, FO_WS_IGNORE, FO_WS_BEFORE, FO_WS_AFTER
} fo_ws_t;

/* text-transform. */
typedef enum fo_tt {
	FO_TT_NONE, FO_TT_UPPER, FO_TT_LOWER, FO_TT_CAPITALIZE
} fo_tt_t;

/* unicode-bidi: normal, embed, bidi-override. */
typedef enum fo_bidi_kind { FO_BIDI_NORMAL, FO_BIDI_EMBED, FO_BIDI_OVERRIDE } fo_bidi_kind_t;

typedef enum fo_lh_kind { FO_LH_NORMAL, FO_LH_FACTOR, FO_LH_ABS } fo_lh_kind_t;

enum { FO_SIDE_BEFORE, FO_SIDE_AFTER, FO_SIDE_START, FO_SIDE_END, FO_SIDES };

enum {
	FO_DECO_UNDERLINE = 1, FO_DECO_OVERLINE = 2, FO_DECO_LINE_THROUGH = 4
};

typedef struct fo_border {
	double width;            /* points; 0 when style is none */
	fo_border_style_t style;
	fo_color_t color;
	int retain;              /* conditionality retain (else discard) */
} fo_border_t;

typedef struct fo_space {
	double opt;              /* points (optimum; min/max kept for later use) */
	double min, max;
	int precedence;          /* INT_MAX for "force" */
	int retain;              /* conditionality retain (else discard) */
} fo_space_t;

typedef struct fo_style {
	/* inherited */
	const char *family;      /* the bundled family used, e.g. "Liberation Sans" */
	double font_size;        /* points */
	int font_weight;         /* 100..900 */
	int italic;
	fo_color_t color;
	fo_align_t text_align, text_align_last;
	fo_len_t text_indent, start_indent, end_indent;
	fo_lh_kind_t lh_kind;
	double lh_value;         /* factor or points */
	int collapse;            /* white-space-collapse */
	int lf_treatment;        /* linefeed-treatment, an fo_lf_t */
	int ws_treatment;        /* white-space-treatment, an fo_ws_t */
	int nowrap;              /* wrap-option no-wrap */
	int hyphenate;
	const char *language;    /* language or xml:lang, as given ("en-GB") */
	const char *country;
	const char *hyph_char;   /* hyphenation-character, UTF-8 */
	int hyph_push, hyph_remain;  /* hyphenation-push/remain-character-count */
	int hyph_ladder;         /* hyphenation-ladder-count; 0: no limit */
	int widows, orphans;
	fo_space_t letter_spacing; /* its optimum added after each letter;
	                              min and max: stretch and shrink */
	fo_space_t word_spacing; /* word-spacing added to the space, when set */
	int word_spacing_set;    /* word-spacing is not "normal" */
	int text_transform;      /* an fo_tt_t */
	int hidden;              /* visibility hidden or collapse: not drawn */
	int keep_together;       /* inherited per XSL */
	fo_len_t list_start;     /* start-indent of the nearest fo:list-block */
	int rtl;                 /* the reference area's writing-mode is rl-tb:
	                            start is the right side (fo_bidi: the area
	                            is drawn mirrored) */
	int wm_rtl;              /* the writing-mode property, inherited: the
	                            objects making reference areas take it */
	int dir_rtl;             /* direction rtl (fo:bidi-override; FOP 2.8 does
	                            not take it from writing-mode) */
	double list_dist, list_sep;  /* provisional-distance-between-starts, -label-separation */
	/* not inherited */
	fo_space_t space_before, space_after;
	fo_len_t margin[FO_SIDES];   /* as given (page masters use them) */
	int margin_set[FO_SIDES];    /* 1: by the margin shorthand, 2: by margin-SIDE */
	fo_len_t padding[FO_SIDES];
	int padding_retain[FO_SIDES];
	fo_border_t border[FO_SIDES];
	fo_color_t background;
	fo_break_t break_before, break_after;
	int keep_with_next, keep_with_previous;
	int decoration;          /* FO_DECO_* bits; propagates to descendants */
	double baseline_shift;   /* points, positive up */
	/* alignment-baseline (an fo_align_base_t), the parent's baseline of
	 * that name above its own, and the part of baseline_shift it gave
	 * this object's text: a graphic puts its own baseline of that name
	 * there instead (fo_text) */
	int align_base;
	double align_parent, align_text;
	int start_indent_set, end_indent_set;  /* given explicitly */
	int bidi;                /* unicode-bidi: an fo_bidi_kind_t (fo:bidi-override) */
} fo_style_t;

/* alignment-baseline's values, in the order p_alignment_baseline() reads them. */
typedef enum {
	FO_AB_AUTO, FO_AB_BASELINE, FO_AB_ALPHABETIC, FO_AB_BEFORE_EDGE, FO_AB_TEXT_BEFORE_EDGE,
	FO_AB_AFTER_EDGE, FO_AB_TEXT_AFTER_EDGE, FO_AB_IDEOGRAPHIC, FO_AB_MIDDLE, FO_AB_CENTRAL,
	FO_AB_HANGING, FO_AB_MATHEMATICAL
} fo_align_base_t;

/* The initial values of every property (fo:root's parent style). */
void fo_style_init(fo_style_t *s);

/* What fo_style_compute needs besides the element. */
typedef struct fo_style_ctx {
	const char *file;        /* for messages */
	diag_t *diag;
} fo_style_ctx_t;

/* Computes the style of element el whose parent's style is parent. */
void fo_style_compute(fo_style_t *out, const fo_style_t *parent,
                      xmlNode *el, const fo_style_ctx_t *ctx);

/* Is name a property lpdoc knows (supported or structural)? */
int fo_prop_known(const char *name);

/* Value parsers, exposed for tests and for other FO modules.  Each
 * returns 0 on success, -1 when the text is not a valid value. */
/* Lengths beyond the largest PDF page (200 inches) are refused: no
 * document needs them, and they would overflow the layout's arithmetic. */
#define FO_LEN_MAX_PT 14400.0
#define FO_FACTOR_MAX 1000.0

/* Returns 0, -1 when s is not a length, FO_LEN_OUT_OF_RANGE when it is
 * one beyond FO_LEN_MAX_PT (or a percentage beyond 1000 times). */
#define FO_LEN_OUT_OF_RANGE (-2)
int fo_len_parse(const char *s, double font_size, fo_len_t *out);
int fo_color_parse(const char *s, fo_color_t *out);
/* A border style keyword (also change-bar-style). */
int fo_border_style_parse(const char *v, fo_border_style_t *out);
/* Resolves a length against the reference width (points). */
double fo_len_resolve(fo_len_t l, double ref_width);
/* Line height in points for this style. */
double fo_style_line_height(const fo_style_t *s);

#endif
