/* fo_pdf: see fo_pdf.h. */
#include "fo_pdf.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <cairo-pdf.h>

#include "fo_bidi.h"
#include "fo_container.h"
#include "fo_changebar.h"
#include "fo_extra.h"
#include "fo_image.h"
#include "fo_msg.h"
#include "fo_nav.h"
#include "fo_tag.h"
#include "fo_table.h"
#include "../util/buf.h"
#include "../util/xalloc.h"

#ifndef LPDOC_VERSION
#define LPDOC_VERSION "0"
#endif

typedef struct fo_rect {
	double x, y, w, h;
} fo_rect_t;

struct fo_pdf {
	FILE *tmp;               /* cairo's output */
	int write_errno;         /* why writing tmp failed; 0: it did not */
	cairo_surface_t *surface;
	cairo_t *cr;
	char *language;
	char label[48];          /* the current page's number */
	double page_w, page_h;
	double area_h;           /* the height of the area being drawn */
	size_t pages;            /* begun: the current page's index is pages - 1 */
	int col, ncols;          /* the column being drawn, of how many */
	double col_x, col_w;     /* and where it is */
	fo_tags_t *tags;
	fo_glyphs_t *glyphs;     /* text not yet given to cairo */
	int fills_open;          /* between fo_pdf_fills_begin() and _end() */
	fo_rect_t *fills;        /* rectangles waiting, all in fill_color */
	size_t nfills, fills_cap;
	fo_color_t fill_color;
};

/* cairo 1.16 compresses every content stream with zlib's default level
 * (6) and has no setting for it; on text pages that was a fifth of the
 * time of a render.  Defined here, deflateInit_ takes the place of zlib's
 * for the whole program (the executable comes first when cairo's call is
 * bound), and a request for the default level gets level 1: about 16%
 * less CPU time on 1,000 pages for a file 9% larger; the PDF shows the
 * same and is still the same for the same input.  A caller asking for a
 * particular level gets it.  Otherwise exactly zlib's deflateInit_. */
int deflateInit_(z_streamp strm, int level, const char *version, int stream_size)
{
	if (level == Z_DEFAULT_COMPRESSION)
		level = Z_BEST_SPEED;
	return deflateInit2_(strm, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version,
	                     stream_size);
}

static cairo_status_t pdf_write(void *closure, const unsigned char *data, unsigned int len)
{
	fo_pdf_t *pdf = closure;
	if (fwrite(data, 1, len, pdf->tmp) != len) {
		pdf->write_errno = errno ? errno : EIO;
		return CAIRO_STATUS_WRITE_ERROR;
	}
	return CAIRO_STATUS_SUCCESS;
}

static void pdf_meta(cairo_surface_t *s, cairo_pdf_metadata_t key, const char *v)
{
	if (v && *v)
		cairo_pdf_surface_set_metadata(s, key, v);
}

/* Finds the fo_pdf_t from its cairo context (fo_pdf_of). */
static const cairo_user_data_key_t pdf_key;

fo_pdf_t *fo_pdf_of(cairo_t *cr)
{
	return cairo_get_user_data(cr, &pdf_key);
}

fo_pdf_t *fo_pdf_new(const fo_pdf_meta_t *meta, diag_t *d)
{
	FILE *tmp = tmpfile();
	if (tmp == NULL) {
		fo_report(d, NULL, 0, 0, FO_MSG_TEMPORARY_FILE);
		return NULL;
	}
	fo_pdf_t *pdf = xcalloc(1, sizeof *pdf);
	pdf->tmp = tmp;
	pdf->surface = cairo_pdf_surface_create_for_stream(pdf_write, pdf, 595.0, 842.0);
	pdf_meta(pdf->surface, CAIRO_PDF_METADATA_TITLE, meta->title);
	pdf_meta(pdf->surface, CAIRO_PDF_METADATA_AUTHOR, meta->author);
	pdf_meta(pdf->surface, CAIRO_PDF_METADATA_SUBJECT, meta->subject);
	pdf_meta(pdf->surface, CAIRO_PDF_METADATA_KEYWORDS, meta->keywords);
	pdf_meta(pdf->surface, CAIRO_PDF_METADATA_CREATOR,
	         meta->creator ? meta->creator : "lpdoc " LPDOC_VERSION);
	if (meta->has_date) {
		char date[32];
		struct tm tm;
		gmtime_r(&meta->date, &tm);
		strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm);
		cairo_pdf_surface_set_metadata(pdf->surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
		cairo_pdf_surface_set_metadata(pdf->surface, CAIRO_PDF_METADATA_MOD_DATE, date);
	}
	pdf->language = meta->language ? xstrdup(meta->language) : NULL;
	pdf->cr = cairo_create(pdf->surface);
	cairo_set_user_data(pdf->cr, &pdf_key, pdf, NULL);
	pdf->tags = fo_tags_new();
	pdf->glyphs = fo_glyphs_new();
	return pdf;
}

/* A white square of a hundredth of a point in the page's corner: it
 * shows on no page (see its two uses). */
static void corner_mark(cairo_t *cr)
{
	cairo_save(cr);
	cairo_identity_matrix(cr);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_rectangle(cr, 0, 0, 0.01, 0.01);
	cairo_fill(cr);
	cairo_restore(cr);
}

void fo_pdf_page_begin(fo_pdf_t *pdf, double width, double height, const char *label)
{
	cairo_pdf_surface_set_size(pdf->surface, width, height);
	pdf->page_w = width;
	pdf->page_h = height;
	pdf->area_h = height;
	pdf->pages++;
	pdf->col = 0;
	pdf->ncols = 1;
	pdf->col_x = 0;
	pdf->col_w = width;
	snprintf(pdf->label, sizeof pdf->label, "%s", label ? label : "");
	/* Something drawn on every page, under everything else: cairo 1.16
	 * replays a page's structure tags only with its drawing, so the
	 * elements begun on a page that draws nothing (a block holding only
	 * a space leader, then a page break) were lost, and the PDF failed
	 * with "invalid tag name, attributes, or nesting". */
	corner_mark(pdf->cr);
}

void fo_pdf_text_restart(fo_pdf_t *pdf)
{
	/* cairo ends its text object before anything else is drawn, and
	 * begins the next one with the absolute position of its first line
	 * (Tm), where it would have moved there from the last line (Td). */
	fo_glyphs_flush(pdf->glyphs, pdf->cr);
	corner_mark(pdf->cr);
}

static int color_equal(const fo_color_t *a, const fo_color_t *b)
{
	return a->r == b->r && a->g == b->g && a->b == b->b && a->a == b->a;
}

/* Each rectangle is filled on its own: viewers (Acrobat, poppler) align
 * a path of a single rectangle with the pixel grid, which keeps thin
 * borders sharp; a path of several would come out blurred. */
static void fills_flush(fo_pdf_t *pdf)
{
	const fo_color_t *c = &pdf->fill_color;
	if (pdf->nfills > 0)
		cairo_set_source_rgb(pdf->cr, c->r, c->g, c->b);
	for (size_t i = 0; i < pdf->nfills; i++) {
		const fo_rect_t *r = &pdf->fills[i];
		cairo_rectangle(pdf->cr, r->x, r->y, r->w, r->h);
		cairo_fill(pdf->cr);
	}
	pdf->nfills = 0;
}

void fo_pdf_fills_begin(fo_pdf_t *pdf)
{
	pdf->fills_open = 1;
}

void fo_pdf_fills_end(fo_pdf_t *pdf)
{
	fills_flush(pdf);
	pdf->fills_open = 0;
}

/* Makes a the union of a and b when that is a rectangle: the same
 * row or column, touching or overlapping. */
static int rect_merge(fo_rect_t *a, const fo_rect_t *b)
{
	const double eps = 1e-6;
	if (a->y == b->y && a->h == b->h && b->x <= a->x + a->w + eps && a->x <= b->x + b->w + eps) {
		double x1 = fmax(a->x + a->w, b->x + b->w);
		a->x = fmin(a->x, b->x);
		a->w = x1 - a->x;
		return 1;
	}
	if (a->x == b->x && a->w == b->w && b->y <= a->y + a->h + eps && a->y <= b->y + b->h + eps) {
		double y1 = fmax(a->y + a->h, b->y + b->h);
		a->y = fmin(a->y, b->y);
		a->h = y1 - a->y;
		return 1;
	}
	return 0;
}

/* Opaque rectangles of one colour may be painted in any order: between
 * fo_pdf_fills_begin() and _end(), those that join into one rectangle
 * (a table row's border segments, the shared sides of cells) become
 * one, and each goes to cairo when the colour changes. */
void fo_pdf_fill(fo_pdf_t *pdf, double x, double y, double w, double h, const fo_color_t *c)
{
	if (pdf->nfills > 0 && !color_equal(&pdf->fill_color, c))
		fills_flush(pdf);
	pdf->fill_color = *c;
	fo_rect_t r = { x, y, w, h };
	size_t i = 0;
	while (i < pdf->nfills && !rect_merge(&pdf->fills[i], &r))
		i++;
	if (i == pdf->nfills) {
		pdf->fills = xgrow(pdf->fills, &pdf->fills_cap, pdf->nfills + 1, sizeof *pdf->fills);
		pdf->fills[pdf->nfills++] = r;
	}
	if (!pdf->fills_open)
		fills_flush(pdf);
}

void fo_pdf_page_end(fo_pdf_t *pdf)
{
	cairo_show_page(pdf->cr);
}

/* ---------- decorations ---------- */

typedef struct blk_ext {
	const fo_blk_t *b;
	double top, bottom;
	int has_before, has_after;
} blk_ext_t;

static int blk_decorated(const fo_blk_t *b)
{
	const fo_style_t *st = b->st;
	if (b->plain)
		return 0;
	if (st->background.a > 0)
		return 1;
	for (int i = 0; i < FO_SIDES; i++)
		if (st->border[i].width > 0)
			return 1;
	return 0;
}

static blk_ext_t *ext_find(blk_ext_t **v, size_t *n, size_t *cap, const fo_blk_t *b,
                           double top, double bottom)
{
	for (size_t i = 0; i < *n; i++) {
		if ((*v)[i].b == b) {
			if (top < (*v)[i].top) (*v)[i].top = top;
			if (bottom > (*v)[i].bottom) (*v)[i].bottom = bottom;
			return &(*v)[i];
		}
	}
	*v = xgrow(*v, cap, *n + 1, sizeof **v);
	(*v)[*n] = (blk_ext_t){ b, top, bottom, 0, 0 };
	return &(*v)[(*n)++];
}

static int ext_by_depth(const void *pa, const void *pb)
{
	const blk_ext_t *a = pa, *b = pb;
	return (a->b->depth > b->b->depth) - (a->b->depth < b->b->depth);
}

static void set_color(cairo_t *cr, const fo_color_t *c)
{
	cairo_set_source_rgb(cr, c->r, c->g, c->b);
}

static void border_draw(fo_pdf_t *pdf, const fo_border_t *b, double x, double y, double w,
                        double h)
{
	if (b->width <= 0 || w <= 0 || h <= 0)
		return;
	if (b->style != FO_BORDER_DASHED && b->style != FO_BORDER_DOTTED) {
		fo_pdf_fill(pdf, x, y, w, h, &b->color);
		return;
	}
	cairo_t *cr = pdf->cr;
	fills_flush(pdf);
	set_color(cr, &b->color);
	int horiz = w >= h;
	double lw = horiz ? h : w;
	double dash[2] = { b->style == FO_BORDER_DOTTED ? lw : 3 * lw, b->style == FO_BORDER_DOTTED ? lw : 2 * lw };
	cairo_save(cr);
	cairo_set_line_width(cr, lw);
	cairo_set_dash(cr, dash, 2, 0);
	if (horiz) {
		cairo_move_to(cr, x, y + h / 2);
		cairo_line_to(cr, x + w, y + h / 2);
	} else {
		cairo_move_to(cr, x + w / 2, y);
		cairo_line_to(cr, x + w / 2, y + h);
	}
	cairo_stroke(cr);
	cairo_restore(cr);
}

void fo_pdf_border(fo_pdf_t *pdf, const fo_border_t *b, double x, double y, double w, double h)
{
	border_draw(pdf, b, x, y, w, h);
}

cairo_t *fo_pdf_cairo(fo_pdf_t *pdf)
{
	return pdf->cr;
}

void fo_pdf_turn(fo_pdf_t *pdf, int orient, double x, double y, double w, double h)
{
	cairo_t *cr = pdf->cr;
	fills_flush(pdf);  /* fills gathered so far are in the frame before */
	switch (orient) {
	case 90: cairo_translate(cr, x, y + h); cairo_rotate(cr, -M_PI / 2); break;
	case 180: cairo_translate(cr, x + w, y + h); cairo_rotate(cr, M_PI); break;
	case 270: cairo_translate(cr, x + w, y); cairo_rotate(cr, M_PI / 2); break;
	default: cairo_translate(cr, x, y); break;
	}
}

void fo_pdf_mirror(fo_pdf_t *pdf, int rtl, double x, double w)
{
	fills_flush(pdf);  /* as fo_pdf_turn() */
	fo_bidi_frame(pdf->cr, rtl, x, w);
}

static void ext_draw_in(fo_pdf_t *pdf, const blk_ext_t *e, double ox, double oy, double ref_w);

/* The mirrors the areas of block b are drawn through, inside the
 * reference area being drawn: each block-container above it (itself
 * too) whose writing-mode is not that of the area around it (fo_bidi).
 * Returns 1 when it saved the cairo state (the caller restores it). */
static int blk_frames(fo_pdf_t *pdf, const fo_blk_t *b, double ox)
{
	const fo_blk_t *refs[32];
	size_t n = 0;
	for (; b && n < sizeof refs / sizeof refs[0]; b = b->parent)
		if (b->node && b->node->kind == FO_K_BLOCK_CONTAINER && b->parent)
			refs[n++] = b;
	int mirrored = fo_bidi_mirrored(pdf->cr), saved = 0;
	while (n-- > 0) {
		if (!refs[n]->st->rtl == !mirrored)
			continue;
		if (!saved) {
			fo_glyphs_flush(pdf->glyphs, pdf->cr);
			cairo_save(pdf->cr);
		}
		saved = 1;
		fo_pdf_mirror(pdf, !mirrored, ox + refs[n]->x, refs[n]->w);
		mirrored = !mirrored;
	}
	return saved;
}

static void frames_end(fo_pdf_t *pdf, int saved)
{
	if (!saved)
		return;
	fills_flush(pdf);
	fo_glyphs_flush(pdf->glyphs, pdf->cr);
	cairo_restore(pdf->cr);
}

static void ext_draw(fo_pdf_t *pdf, const blk_ext_t *e, double ox, double oy, double ref_w)
{
	int saved = blk_frames(pdf, e->b->parent, ox);
	ext_draw_in(pdf, e, ox, oy, ref_w);
	frames_end(pdf, saved);
}

static void ext_draw_in(fo_pdf_t *pdf, const blk_ext_t *e, double ox, double oy, double ref_w)
{
	const fo_style_t *st = e->b->st;
	const fo_border_t *bd = st->border;
	double ps = fo_len_resolve(st->padding[FO_SIDE_START], ref_w);
	double pe = fo_len_resolve(st->padding[FO_SIDE_END], ref_w);
	double bt = e->has_before ? bd[FO_SIDE_BEFORE].width : 0;
	double bb = e->has_after ? bd[FO_SIDE_AFTER].width : 0;
	double x0 = ox + e->b->x - ps, x1 = ox + e->b->x + e->b->w + pe;
	double y0 = oy + e->top, y1 = oy + e->bottom;
	if (st->background.a > 0)
		fo_pdf_fill(pdf, x0, y0 + bt, x1 - x0, y1 - y0 - bt - bb, &st->background);
	double bs = bd[FO_SIDE_START].width, be = bd[FO_SIDE_END].width;
	if (bt > 0)
		border_draw(pdf, &bd[FO_SIDE_BEFORE], x0 - bs, y0, x1 - x0 + bs + be, bt);
	if (bb > 0)
		border_draw(pdf, &bd[FO_SIDE_AFTER], x0 - bs, y1 - bb, x1 - x0 + bs + be, bb);
	border_draw(pdf, &bd[FO_SIDE_START], x0 - bs, y0, bs, y1 - y0);
	border_draw(pdf, &bd[FO_SIDE_END], x1, y0, be, y1 - y0);
}

static void decorations_draw(fo_pdf_t *pdf, const fo_item_t *items, const double *y, size_t n,
                             double ox, double oy, double ref_w)
{
	blk_ext_t *v = NULL;
	size_t nv = 0, cap = 0;
	for (size_t i = 0; i < n; i++) {
		const fo_item_t *it = &items[i];
		if (!fo_item_is_box(it->kind))
			continue;
		for (const fo_blk_t *b = it->blk; b; b = b->parent) {
			if (!blk_decorated(b))
				continue;
			blk_ext_t *e = ext_find(&v, &nv, &cap, b, y[i], y[i] + it->h);
			if (it->kind == FO_IT_DECO && b == it->blk) {
				if (it->after) e->has_after = 1;
				else e->has_before = 1;
			}
		}
	}
	if (nv > 1)
		qsort(v, nv, sizeof *v, ext_by_depth);
	fo_pdf_fills_begin(pdf);
	for (size_t i = 0; i < nv; i++)
		ext_draw(pdf, &v[i], ox, oy, ref_w);
	fo_pdf_fills_end(pdf);
	free(v);
}

/* What an item carries besides text: id destinations, links, graphics,
 * out-of-flow containers (fo_nav, fo_image, fo_container). */
static void extras_draw(fo_pdf_t *pdf, const fo_item_t *it, double x, double y,
                        double ox, double oy, double ref_w)
{
	for (const fo_idmark_t *m = it->ids; m; m = m->next)
		if (!m->last)
			fo_nav_dest(pdf->cr, m->id, x, y);
	if (it->extra == NULL)
		return;
	fo_link_draw(pdf->cr, it, x, y);
	const fo_extra_t *g = it->extra;
	while (g && g->kind != FO_EX_GRAPHIC)
		g = g->next;
	if (g) {
		fo_tags_figure(pdf->tags, pdf->cr, fo_graphic_alt(g->node));
		fo_graphic_draw(pdf->cr, it, x, y);
		fo_tag_end(pdf->cr, "Figure");
		cairo_set_source_rgb(pdf->cr, 0, 0, 0);
	}
	fo_container_draw(pdf, it, x, y, ox, oy, ref_w, pdf->area_h);
}

void fo_pdf_draw_items(fo_pdf_t *pdf, const fo_item_t *items, const double *y, size_t n,
                       double ox, double oy, double ref_w)
{
	decorations_draw(pdf, items, y, n, ox, oy, ref_w);
	fo_changebar_draw(pdf, items, y, n, ox, oy);
	cairo_set_source_rgb(pdf->cr, 0, 0, 0);
	for (size_t i = 0; i < n; i++) {
		const fo_item_t *it = &items[i];
		double x = ox + (it->blk ? it->blk->x : 0);
		int saved = blk_frames(pdf, it->blk, ox);
		/* Lines of one paragraph go to cairo together; anything else
		 * drawn, and a new structure element, comes after them. */
		if ((it->kind == FO_IT_LINE || it->kind == FO_IT_BOX) && !fo_tags_continues(pdf->tags, it)) {
			fo_glyphs_flush(pdf->glyphs, pdf->cr);
			fo_tags_item(pdf->tags, pdf->cr, it);
		}
		/* A line drawn in runs: its first run placed as the others,
		 * absolutely, so that all share one baseline to the last bit. */
		if (it->kind == FO_IT_LINE && fo_para_line_in_runs(it->para, it->line))
			fo_pdf_text_restart(pdf);
		if (it->kind == FO_IT_LINE)
			fo_para_line_draw(it->para, it->line, pdf->cr, pdf->glyphs, x, oy + y[i],
			                  pdf->label);
		else if (it->kind == FO_IT_ROW) {
			fo_glyphs_flush(pdf->glyphs, pdf->cr);
			cairo_save(pdf->cr);  /* a table of the other writing-mode */
			if (it->blk)
				fo_row_mirror(pdf, it, ox);
			fo_row_draw(pdf, items, i, n, ox, oy + y[i]);
			cairo_restore(pdf->cr);
			cairo_set_source_rgb(pdf->cr, 0, 0, 0);
		}
		if (it->ids || it->extra)
			fo_glyphs_flush(pdf->glyphs, pdf->cr);
		extras_draw(pdf, it, x, oy + y[i], ox, oy, ref_w);
		frames_end(pdf, saved);
	}
	fo_glyphs_flush(pdf->glyphs, pdf->cr);
}

cairo_surface_t *fo_pdf_surface(fo_pdf_t *pdf)
{
	return pdf->surface;
}

void fo_pdf_page_size(const fo_pdf_t *pdf, double *w, double *h)
{
	*w = pdf->page_w;
	*h = pdf->page_h;
}

void fo_pdf_set_area_height(fo_pdf_t *pdf, double h)
{
	pdf->area_h = h;
}

void fo_pdf_set_column(fo_pdf_t *pdf, int col, int ncols, double x, double w)
{
	pdf->col = col;
	pdf->ncols = ncols;
	pdf->col_x = x;
	pdf->col_w = w;
}

fo_pdf_where_t fo_pdf_where(const fo_pdf_t *pdf)
{
	return (fo_pdf_where_t){ pdf->pages ? pdf->pages - 1 : 0, pdf->col, pdf->ncols,
	                         pdf->col_x, pdf->col_w };
}

/* ---------- finishing: the incremental update ---------- */

typedef struct trailer {
	long startxref;
	long size, root;
	char dict[512];          /* the trailer dictionary's entries */
} trailer_t;

static int read_at(FILE *f, long off, char *buf, size_t len)
{
	if (fseek(f, off, SEEK_SET) != 0)
		return -1;
	size_t got = fread(buf, 1, len - 1, f);
	buf[got] = '\0';
	return (int)got;
}

/* The last occurrence of word in the n bytes at buf (binary-safe). */
static char *find_last(char *buf, size_t n, const char *word)
{
	size_t wl = strlen(word);
	for (size_t i = n >= wl ? n - wl + 1 : 0; i-- > 0;)
		if (memcmp(buf + i, word, wl) == 0)
			return buf + i;
	return NULL;
}

static int trailer_read(FILE *f, trailer_t *t)
{
	char tail[2048];
	if (fseek(f, 0, SEEK_END) != 0)
		return -1;
	long end = ftell(f);
	long from = end > (long)sizeof tail - 1 ? end - (long)sizeof tail + 1 : 0;
	int got = read_at(f, from, tail, sizeof tail);
	if (got <= 0)
		return -1;
	char *tr = find_last(tail, (size_t)got, "trailer");
	char *sx = find_last(tail, (size_t)got, "startxref");
	if (tr == NULL || sx == NULL)
		return -1;
	t->startxref = strtol(sx + 9, NULL, 10);
	char *open = strstr(tr, "<<"), *close = strstr(tr, ">>");
	if (open == NULL || close == NULL || close < open || (size_t)(close - open) >= sizeof t->dict)
		return -1;
	memcpy(t->dict, open + 2, (size_t)(close - open - 2));
	t->dict[close - open - 2] = '\0';
	char *sz = strstr(t->dict, "/Size"), *rt = strstr(t->dict, "/Root");
	if (sz == NULL || rt == NULL)
		return -1;
	t->size = strtol(sz + 5, NULL, 10);
	t->root = strtol(rt + 5, NULL, 10);
	return t->size > 0 && t->root > 0 ? 0 : -1;
}

/* The catalog dictionary's entries, from the object the xref points at. */
static char *catalog_read(FILE *f, const trailer_t *t)
{
	char head[64];
	if (read_at(f, t->startxref, head, sizeof head) <= 0 || strncmp(head, "xref", 4) != 0)
		return NULL;
	/* cairo writes one subsection "0 N" with 20-byte entries. */
	char *nl = strchr(head, '\n');
	nl = nl ? strchr(nl + 1, '\n') : NULL;
	if (nl == NULL)
		return NULL;
	long entries = t->startxref + (long)(nl + 1 - head);
	char entry[24];
	if (read_at(f, entries + 20 * t->root, entry, sizeof entry) < 18)
		return NULL;
	long off = strtol(entry, NULL, 10);
	char obj[8192];
	if (read_at(f, off, obj, sizeof obj) <= 0)
		return NULL;
	char *open = strstr(obj, "<<"), *end = strstr(obj, "endobj");
	if (open == NULL || end == NULL)
		return NULL;
	char *close = end;
	while (close > open && strncmp(close, ">>", 2) != 0)
		close--;
	if (close <= open)
		return NULL;
	return xstrndup(open + 2, (size_t)(close - open - 2));
}

static void labels_put(buf_t *b, const fo_pdf_label_t *labels, size_t n)
{
	buf_puts(b, " /PageLabels << /Nums [");
	for (size_t i = 0; i < n; i++) {
		buf_printf(b, " %zu <<", labels[i].start);
		if (labels[i].style)
			buf_printf(b, " /S /%c /St %d", labels[i].style, labels[i].first);
		if (labels[i].prefix[0]) {
			buf_puts(b, " /P (");
			for (const char *p = labels[i].prefix; *p; p++) {
				if (*p == '(' || *p == ')' || *p == '\\')
					buf_putc(b, '\\');
				buf_putc(b, *p);
			}
			buf_puts(b, ")");
		}
		buf_puts(b, " >>");
	}
	buf_puts(b, " ] >>");
}

static char *trailer_entries_without(const char *dict, const char *key)
{
	/* Drops "/Size n" so the update can state its own. */
	buf_t b = BUF_INIT;
	const char *p = dict;
	while (*p) {
		if (strncmp(p, key, strlen(key)) == 0) {
			p += strlen(key);
			while (*p == ' ') p++;
			while (*p && *p != '/' && *p != '>' && *p != '\n') p++;
			continue;
		}
		buf_putc(&b, *p++);
	}
	return buf_take(&b);
}

/* errno = err (EIO when unknown); FO_PDF_WRITE_ERROR. */
static int write_error(int err)
{
	errno = err ? err : EIO;
	return FO_PDF_WRITE_ERROR;
}

static int copy_all(FILE *from, FILE *to)
{
	char chunk[65536];
	if (fseek(from, 0, SEEK_SET) != 0)
		return -1;
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, from)) > 0)
		if (fwrite(chunk, 1, n, to) != n)
			return -1;
	return ferror(from) ? -1 : 0;
}

int fo_pdf_finish(fo_pdf_t *pdf, const fo_pdf_label_t *labels, size_t nlabels, FILE *out,
                  diag_t *d)
{
	fo_tags_finish(pdf->tags, pdf->cr);
	cairo_destroy(pdf->cr);
	pdf->cr = NULL;
	cairo_surface_finish(pdf->surface);
	cairo_status_t st = cairo_surface_status(pdf->surface);
	if (pdf->write_errno == 0 && fflush(pdf->tmp) != 0)
		pdf->write_errno = errno;
	if (pdf->write_errno != 0 || st == CAIRO_STATUS_WRITE_ERROR)
		return write_error(pdf->write_errno);
	if (st != CAIRO_STATUS_SUCCESS) {
		fo_report(d, NULL, 0, 0, FO_MSG_PDF_FAILED, cairo_status_to_string(st));
		return -1;
	}
	trailer_t t;
	char *catalog = NULL;
	if (trailer_read(pdf->tmp, &t) < 0 || (catalog = catalog_read(pdf->tmp, &t)) == NULL) {
		fo_report(d, NULL, 0, 0, FO_MSG_PDF_READ_BACK);
		return -1;
	}
	long size = ftell(pdf->tmp);
	if (fseek(pdf->tmp, 0, SEEK_END) != 0 || (size = ftell(pdf->tmp)) < 0 ||
	    copy_all(pdf->tmp, out) < 0) {
		int err = errno;
		free(catalog);
		return write_error(err);
	}
	buf_t b = BUF_INIT;
	long obj_off = size;
	buf_printf(&b, "%ld 0 obj\n<<%s", t.root, catalog);
	if (nlabels > 0)
		labels_put(&b, labels, nlabels);
	if (pdf->language) {
		buf_puts(&b, " /Lang (");
		for (const char *p = pdf->language; *p; p++)
			if (*p != '(' && *p != ')' && *p != '\\')
				buf_putc(&b, *p);
		buf_puts(&b, ")");
	}
	buf_puts(&b, " >>\nendobj\n");
	fo_tags_obj_t *objs;
	size_t nobjs = fo_tags_alt_objects(pdf->tags, pdf->tmp, size, &b, &objs);
	long xref_off = size + (long)b.len;
	char *entries = trailer_entries_without(t.dict, "/Size");
	buf_printf(&b, "xref\n0 1\n0000000000 65535 f \n%ld 1\n%010ld 00000 n \n", t.root, obj_off);
	for (size_t i = 0; i < nobjs; i++)
		buf_printf(&b, "%ld 1\n%010ld 00000 n \n", objs[i].num, objs[i].offset);
	free(objs);
	buf_printf(&b, "trailer\n<< /Size %ld%s /Prev %ld >>\nstartxref\n%ld\n%%%%EOF\n",
	           t.size, entries, t.startxref, xref_off);
	free(entries);
	free(catalog);
	int bad = fwrite(b.data, 1, b.len, out) != b.len;
	int err = errno;
	buf_free(&b);
	return bad ? write_error(err) : 0;
}

void fo_pdf_free(fo_pdf_t *pdf)
{
	if (pdf == NULL)
		return;
	if (pdf->cr)
		cairo_destroy(pdf->cr);
	cairo_surface_destroy(pdf->surface);
	fclose(pdf->tmp);
	fo_tags_free(pdf->tags);
	fo_glyphs_free(pdf->glyphs);
	free(pdf->fills);
	free(pdf->language);
	free(pdf);
}
