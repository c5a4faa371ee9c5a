/* fo_text: see fo_text.h. */
#include "fo_text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "../util/buf.h"
#include "../util/paths.h"
#include "../util/xalloc.h"

struct fo_fonts {
	PangoFontMap *map;
	PangoContext *ctx;
};

static const struct {
	const char *alias;
	const char *family;
} family_map[] = {
	{ "sans-serif", "Liberation Sans" }, { "sans", "Liberation Sans" },
	{ "helvetica", "Liberation Sans" }, { "arial", "Liberation Sans" },
	{ "liberation sans", "Liberation Sans" }, { "any", "Liberation Sans" },
	{ "serif", "Liberation Serif" }, { "times", "Liberation Serif" },
	{ "times new roman", "Liberation Serif" }, { "times-roman", "Liberation Serif" },
	{ "liberation serif", "Liberation Serif" },
	{ "monospace", "Liberation Mono" }, { "courier", "Liberation Mono" },
	{ "courier new", "Liberation Mono" }, { "liberation mono", "Liberation Mono" },
};

const char *fo_font_family_map(const char *name)
{
	for (size_t i = 0; i < sizeof family_map / sizeof family_map[0]; i++)
		if (strcasecmp(family_map[i].alias, name) == 0)
			return family_map[i].family;
	return NULL;
}

void fo_font_extents(const char *family, double size, double *ascent, double *descent)
{
	/* Helvetica, Times-Roman and Courier AFM Ascender/Descender. */
	double a = 0.718, d = 0.207;
	if (family && strcmp(family, "Liberation Serif") == 0) {
		a = 0.683;
		d = 0.217;
	} else if (family && strcmp(family, "Liberation Mono") == 0) {
		a = 0.629;
		d = 0.157;
	}
	*ascent = a * size;
	*descent = d * size;
}

fo_fonts_t *fo_fonts_new(diag_t *d)
{
	char *dir = paths_data_file("fonts");
	FcConfig *cfg = FcConfigCreate();
	if (cfg == NULL || !FcConfigAppFontAddDir(cfg, (const FcChar8 *)dir)) {
		diag_add(d, DIAG_FATAL, dir, 0, 0, NULL,
		         "cannot load the bundled fonts: is LPDOC_DATADIR right?");
		if (cfg)
			FcConfigDestroy(cfg);
		free(dir);
		return NULL;
	}
	FcFontSet *set = FcConfigGetFonts(cfg, FcSetApplication);
	if (set == NULL || set->nfont == 0) {
		diag_add(d, DIAG_FATAL, dir, 0, 0, NULL, "no fonts found in the bundled font folder");
		FcConfigDestroy(cfg);
		free(dir);
		return NULL;
	}
	free(dir);
	fo_fonts_t *f = xcalloc(1, sizeof *f);
	f->map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(f->map), cfg);
	FcConfigDestroy(cfg);  /* the font map holds its own reference */
	f->ctx = pango_font_map_create_context(f->map);
	pango_cairo_context_set_resolution(f->ctx, 72.0);
	cairo_font_options_t *opt = cairo_font_options_create();
	cairo_font_options_set_hint_style(opt, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(opt, CAIRO_HINT_METRICS_OFF);
	pango_cairo_context_set_font_options(f->ctx, opt);
	cairo_font_options_destroy(opt);
	pango_context_set_round_glyph_positions(f->ctx, FALSE);
	return f;
}

void fo_fonts_free(fo_fonts_t *f)
{
	if (f == NULL)
		return;
	g_object_unref(f->ctx);
	g_object_unref(f->map);
	free(f);
}

/* ---------- paragraphs ---------- */

typedef struct fo_span {
	size_t start, end;
	const fo_style_t *st;
} fo_span_t;

typedef struct fo_line {
	PangoLayoutLine *line;
	double height, baseline, x;
} fo_line_t;

struct fo_para {
	int refs;
	const fo_style_t *block;
	buf_t text;
	fo_span_t *spans;
	size_t nspans, cap;
	int at_space;          /* last byte is a collapsible space, or line start */
	PangoLayout *layout;
	fo_line_t *lines;
	int nlines;
};

fo_para_t *fo_para_new(const fo_style_t *block)
{
	fo_para_t *p = xcalloc(1, sizeof *p);
	p->refs = 1;
	p->block = block;
	p->at_space = 1;
	return p;
}

fo_para_t *fo_para_ref(fo_para_t *p)
{
	p->refs++;
	return p;
}

void fo_para_unref(fo_para_t *p)
{
	if (p == NULL || --p->refs > 0)
		return;
	if (p->layout)
		g_object_unref(p->layout);
	free(p->lines);
	free(p->spans);
	buf_free(&p->text);
	free(p);
}

size_t fo_para_offset(const fo_para_t *p)
{
	return p->text.len;
}

int fo_para_is_empty(const fo_para_t *p)
{
	return p->text.len == 0;
}

static void para_span_extend(fo_para_t *p, size_t start, const fo_style_t *st)
{
	if (p->text.len == start)
		return;
	if (p->nspans > 0 && p->spans[p->nspans - 1].st == st &&
	    p->spans[p->nspans - 1].end == start) {
		p->spans[p->nspans - 1].end = p->text.len;
		return;
	}
	p->spans = xgrow(p->spans, &p->cap, p->nspans + 1, sizeof *p->spans);
	p->spans[p->nspans++] = (fo_span_t){ start, p->text.len, st };
}

/* Drops collapsible spaces at the end (before a line break or the end). */
static void para_trim_end(fo_para_t *p)
{
	while (p->text.len > 0 && p->text.data[p->text.len - 1] == ' ' && p->nspans > 0) {
		fo_span_t *s = &p->spans[p->nspans - 1];
		if (s->st->ws_preserve)
			break;
		p->text.data[--p->text.len] = '\0';
		if (--s->end == s->start)
			p->nspans--;
	}
}

void fo_para_add_text(fo_para_t *p, const char *utf8, size_t len, const fo_style_t *st)
{
	size_t start = p->text.len;
	for (size_t i = 0; i < len; i++) {
		char c = utf8[i];
		if (c == '\n' && st->lf_preserve) {
			if (!st->ws_preserve) {
				para_span_extend(p, start, st);
				para_trim_end(p);
				start = p->text.len;
			}
			buf_puts(&p->text, "\xE2\x80\xA8");  /* LINE SEPARATOR: a break, not a paragraph */
			p->at_space = 1;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			if (st->collapse && p->at_space && !st->ws_preserve)
				continue;
			if (st->collapse && p->text.len > 0 && p->text.data[p->text.len - 1] == ' ')
				continue;
			buf_putc(&p->text, ' ');
			p->at_space = 1;
			continue;
		}
		buf_putc(&p->text, c);
		p->at_space = 0;
	}
	para_span_extend(p, start, st);
}

void fo_para_add_literal(fo_para_t *p, const char *utf8, const fo_style_t *st)
{
	size_t start = p->text.len;
	buf_puts(&p->text, utf8);
	if (p->text.len > start)
		p->at_space = 0;
	para_span_extend(p, start, st);
}

static PangoFontDescription *para_font(const fo_style_t *st)
{
	PangoFontDescription *fd = pango_font_description_new();
	pango_font_description_set_family_static(fd, st->family);
	pango_font_description_set_weight(fd, (PangoWeight)st->font_weight);
	pango_font_description_set_style(fd, st->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
	pango_font_description_set_size(fd, (int)lround(st->font_size * PANGO_SCALE));
	return fd;
}

static guint16 c16(double v)
{
	return (guint16)lround(v * 65535.0);
}

static void attr_add(PangoAttrList *list, PangoAttribute *a, const fo_span_t *s)
{
	a->start_index = (guint)s->start;
	a->end_index = (guint)s->end;
	pango_attr_list_insert(list, a);
}

static void para_span_attrs(PangoAttrList *list, const fo_span_t *s)
{
	const fo_style_t *st = s->st;
	PangoFontDescription *fd = para_font(st);
	attr_add(list, pango_attr_font_desc_new(fd), s);
	pango_font_description_free(fd);
	attr_add(list, pango_attr_foreground_new(c16(st->color.r), c16(st->color.g),
	                                         c16(st->color.b)), s);
	if (st->decoration & FO_DECO_UNDERLINE)
		attr_add(list, pango_attr_underline_new(PANGO_UNDERLINE_SINGLE), s);
	if (st->decoration & FO_DECO_OVERLINE)
		attr_add(list, pango_attr_overline_new(PANGO_OVERLINE_SINGLE), s);
	if (st->decoration & FO_DECO_LINE_THROUGH)
		attr_add(list, pango_attr_strikethrough_new(TRUE), s);
	if (st->baseline_shift != 0)
		attr_add(list, pango_attr_rise_new((int)lround(st->baseline_shift * PANGO_SCALE)), s);
	if (st->letter_spacing != 0)
		attr_add(list, pango_attr_letter_spacing_new(
		             (int)lround(st->letter_spacing * PANGO_SCALE)), s);
	if (st->background.a > 0)
		attr_add(list, pango_attr_background_new(c16(st->background.r),
		             c16(st->background.g), c16(st->background.b)), s);
}

static PangoAlignment para_alignment(fo_align_t a)
{
	switch (a) {
	case FO_ALIGN_CENTER: return PANGO_ALIGN_CENTER;
	case FO_ALIGN_END: return PANGO_ALIGN_RIGHT;
	default: return PANGO_ALIGN_LEFT;
	}
}

static const fo_style_t *para_style_at(const fo_para_t *p, size_t off)
{
	size_t lo = 0, hi = p->nspans;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (p->spans[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < p->nspans ? p->spans[lo].st : p->block;
}

/* XSL line areas: each inline area's line-height is split into half-leading
 * above its ascender and below its descender; the line is as tall as the
 * largest parts, starting from the block's own strut. */
static void style_extent(const fo_style_t *st, double *top, double *bottom)
{
	double a, d;
	fo_font_extents(st->family, st->font_size, &a, &d);
	double hl = (fo_style_line_height(st) - (a + d)) / 2.0;
	double t = a + hl + st->baseline_shift, b = d + hl - st->baseline_shift;
	if (t > *top)
		*top = t;
	if (b > *bottom)
		*bottom = b;
}

static void para_line_measure(fo_para_t *p, fo_line_t *ln)
{
	double top = -1e9, bottom = -1e9;
	style_extent(p->block, &top, &bottom);
	for (GSList *r = ln->line->runs; r; r = r->next) {
		PangoGlyphItem *run = r->data;
		style_extent(para_style_at(p, (size_t)run->item->offset), &top, &bottom);
	}
	ln->height = top + bottom;
	ln->baseline = top;
}

void fo_para_layout(fo_para_t *p, fo_fonts_t *f, double width, double first_indent)
{
	para_trim_end(p);
	const fo_style_t *b = p->block;
	PangoLayout *l = pango_layout_new(f->ctx);
	pango_layout_set_text(l, p->text.data ? p->text.data : "", (int)p->text.len);
	PangoFontDescription *fd = para_font(b);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	PangoAttrList *attrs = pango_attr_list_new();
	/* FOP does not kern or form ligatures with its base-14 fonts. */
	pango_attr_list_insert(attrs, pango_attr_font_features_new("kern 0, liga 0, clig 0"));
	for (size_t i = 0; i < p->nspans; i++)
		para_span_attrs(attrs, &p->spans[i]);
	pango_layout_set_attributes(l, attrs);
	pango_attr_list_unref(attrs);
	if (!b->nowrap)
		pango_layout_set_width(l, (int)floor(width * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD);
	pango_layout_set_alignment(l, para_alignment(b->text_align));
	if (b->text_align == FO_ALIGN_JUSTIFY) {
		pango_layout_set_justify(l, TRUE);
		if (b->text_align_last == FO_ALIGN_JUSTIFY)
			pango_layout_set_justify_last_line(l, TRUE);
	}
	pango_layout_set_indent(l, (int)lround(first_indent * PANGO_SCALE));
	pango_layout_set_auto_dir(l, FALSE);
	p->layout = l;

	int n = pango_layout_get_line_count(l);
	p->lines = xcalloc((size_t)(n > 0 ? n : 1), sizeof *p->lines);
	p->nlines = 0;
	PangoLayoutIter *it = pango_layout_get_iter(l);
	do {
		fo_line_t *ln = &p->lines[p->nlines++];
		PangoRectangle logical;
		ln->line = pango_layout_iter_get_line_readonly(it);
		pango_layout_iter_get_line_extents(it, NULL, &logical);
		ln->x = (double)logical.x / PANGO_SCALE;
		para_line_measure(p, ln);
	} while (p->nlines < n && pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
}

int fo_para_line_count(const fo_para_t *p)
{
	return p->nlines;
}

void fo_para_line_metrics(const fo_para_t *p, int i, double *height, double *baseline)
{
	*height = p->lines[i].height;
	*baseline = p->lines[i].baseline;
}

int fo_para_line_of(const fo_para_t *p, size_t off)
{
	for (int i = p->nlines - 1; i > 0; i--)
		if ((size_t)p->lines[i].line->start_index <= off)
			return i;
	return 0;
}

void fo_para_line_draw(const fo_para_t *p, int i, cairo_t *cr, double x, double y)
{
	const fo_line_t *ln = &p->lines[i];
	cairo_move_to(cr, x + ln->x, y + ln->baseline);
	pango_cairo_show_layout_line(cr, ln->line);
}
