/* fo_text: see fo_text.h. */
#include "fo_text.h"

#include <dirent.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <fontconfig/fontconfig.h>
#include <hb.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include "fo_bidi.h"
#include "fo_fallback.h"
#include "fo_hyph.h"
#include "fo_linebreak.h"
#include "fo_msg.h"
#include "../util/buf.h"
#include "../util/paths.h"
#include "../util/xalloc.h"

/* ---------- fonts ---------- */

typedef struct fo_glyph {
	uint32_t glyph;
	float adv;               /* advance in em */
	uint8_t fb;              /* the face lacks the character: the fallback
	                            that has it (fo_fallback_find()), 0: none */
} fo_glyph_t;

typedef struct fo_face {
	atomic_int loaded;       /* pf, hb, xscale and cf are set (release) */
	PangoFont *pf;
	hb_font_t *hb;           /* owned by pf */
	double xscale;
	cairo_font_face_t *cf;
	fo_fallback_t *fb;       /* where missing characters are looked for
	                            (NULL in the drawing's copies) */
	int bold;
	fo_glyph_t latin[256];
	unsigned char latin_set[256];
	uint32_t *okeys;         /* other characters: open addressing */
	fo_glyph_t *ovals;
	size_t ocap, olen;
} fo_face_t;

#define FO_FAMILIES 3
static const char *const families[FO_FAMILIES] = {
	"Liberation Sans", "Liberation Serif", "Liberation Mono"
};

struct fo_fonts {
	FcConfig *cfg;           /* our reference; the font map holds its own */
	PangoFontMap *map;
	PangoContext *ctx;
	fo_face_t faces[FO_FAMILIES * 4];
	fo_hyph_t *hyph;         /* hyphenation dictionaries, loaded on use */
	fo_fallback_t *fallback; /* the Noto faces, opened on use */
	pthread_mutex_t pango;   /* held while Pango is used: the drawing
	                            thread draws SVG text with this font map */
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

static int family_index(const char *family)
{
	/* Styles hold the static names of fo_font_family_map(): the pointer
	 * usually matches (this runs for every piece drawn). */
	for (int i = 0; i < FO_FAMILIES; i++)
		if (family == families[i])
			return i;
	for (int i = 0; i < FO_FAMILIES; i++)
		if (family && strcmp(families[i], family) == 0)
			return i;
	return 0;
}

void fo_font_extents(const char *family, double size, double *ascent, double *descent)
{
	/* Helvetica, Times-Roman and Courier AFM Ascender/Descender. */
	static const double asc[FO_FAMILIES] = { 0.718, 0.683, 0.629 };
	static const double desc[FO_FAMILIES] = { 0.207, 0.217, 0.157 };
	int i = family_index(family);
	*ascent = asc[i] * size;
	*descent = desc[i] * size;
}

double fo_font_xheight(const char *family)
{
	static const double xh[FO_FAMILIES] = { 0.523, 0.450, 0.426 };
	return xh[family_index(family)];
}

static int name_compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds every .ttf/.otf below dir, in name order (no cache is written). */
static int fonts_add_dir(FcConfig *cfg, const char *dir, int depth)
{
	DIR *dp = opendir(dir);
	if (dp == NULL || depth > 3) {
		if (dp)
			closedir(dp);
		return 0;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		names = xgrow(names, &cap, n + 1, sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(dp);
	qsort(names, n, sizeof *names, name_compare);
	int added = 0;
	for (size_t i = 0; i < n; i++) {
		char *path = paths_join(dir, names[i]);
		size_t len = strlen(path);
		if (paths_is_dir(path))
			added += fonts_add_dir(cfg, path, depth + 1);
		else if (len > 4 && (strcasecmp(path + len - 4, ".ttf") == 0 ||
		                     strcasecmp(path + len - 4, ".otf") == 0))
			added += FcConfigAppFontAddFile(cfg, (const FcChar8 *)path) ? 1 : 0;
		free(path);
		free(names[i]);
	}
	free(names);
	return added;
}

/* The private configuration has no rules of its own: without these, a
 * family not bundled (in SVG text, which librsvg asks for by name) would
 * get whichever face fontconfig met first, Liberation Mono.  Generic
 * names go to their Liberation family; anything else ends in Liberation
 * Sans, the text face. */
static const char fonts_rules[] =
	"<fontconfig>"
	"<alias><family>sans-serif</family><prefer><family>Liberation Sans</family></prefer></alias>"
	"<alias><family>serif</family><prefer><family>Liberation Serif</family></prefer></alias>"
	"<alias><family>monospace</family><prefer><family>Liberation Mono</family></prefer></alias>"
	/* the fonts a PDF graphic names without embedding them (poppler asks
	 * fontconfig for them: fo_fonts_make_current()) */
	"<alias binding=\"same\"><family>Helvetica</family><accept><family>Liberation Sans</family></accept></alias>"
	"<alias binding=\"same\"><family>Arial</family><accept><family>Liberation Sans</family></accept></alias>"
	"<alias binding=\"same\"><family>Times</family><accept><family>Liberation Serif</family></accept></alias>"
	"<alias binding=\"same\"><family>Times New Roman</family><accept><family>Liberation Serif</family></accept></alias>"
	"<alias binding=\"same\"><family>Courier</family><accept><family>Liberation Mono</family></accept></alias>"
	"<alias binding=\"same\"><family>Courier New</family><accept><family>Liberation Mono</family></accept></alias>"
	"<match target=\"pattern\"><edit name=\"family\" mode=\"append_last\">"
	"<string>Liberation Sans</string></edit></match>"
	"</fontconfig>";

/* Everything fo_fonts_new() does but reporting: NULL when the fonts
 * cannot be loaded.  Runs on the loader's thread: no diagnostics here. */
static fo_fonts_t *fonts_load(void)
{
	/* Only Liberation goes to fontconfig (scanning a font costs time at
	 * every start); the fallbacks in fonts/noto are opened on use. */
	char *dir = paths_data_file("fonts/liberation");
	FcConfig *cfg = FcConfigCreate();
	int ok = cfg != NULL && fonts_add_dir(cfg, dir, 0) > 0
	         && FcConfigParseAndLoadFromMemory(cfg, (const FcChar8 *)fonts_rules, FcTrue);
	free(dir);
	if (!ok) {
		if (cfg)
			FcConfigDestroy(cfg);
		return NULL;
	}
	fo_fonts_t *f = xcalloc(1, sizeof *f);
	pthread_mutex_init(&f->pango, NULL);
	f->map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(f->map), cfg);
	f->cfg = cfg;
	f->ctx = pango_font_map_create_context(f->map);
	pango_cairo_context_set_resolution(f->ctx, 72.0);
	cairo_font_options_t *opt = cairo_font_options_create();
	cairo_font_options_set_hint_style(opt, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(opt, CAIRO_HINT_METRICS_OFF);
	pango_cairo_context_set_font_options(f->ctx, opt);
	cairo_font_options_destroy(opt);
	f->hyph = fo_hyph_new(FO_HYPH_DIR);
	char *fonts_dir = paths_data_file("fonts");
	f->fallback = fo_fallback_new(fonts_dir);
	free(fonts_dir);
	return f;
}

static fo_fonts_t *fonts_loaded(fo_fonts_t *f, diag_t *d)
{
	if (f == NULL && d != NULL) {
		char *dir = paths_data_file("fonts");
		fo_report(d, dir, 0, 0, FO_MSG_FONTS_MISSING);
		free(dir);
	}
	return f;
}

fo_fonts_t *fo_fonts_new(diag_t *d)
{
	return fonts_loaded(fonts_load(), d);
}

struct fo_fonts_loader {
	pthread_t thread;
	int started;
	fo_fonts_t *fonts;
};

static void *loader_main(void *arg)
{
	fo_fonts_loader_t *l = arg;
	l->fonts = fonts_load();
	return NULL;
}

fo_fonts_loader_t *fo_fonts_load_start(void)
{
	fo_fonts_loader_t *l = xcalloc(1, sizeof *l);
	l->started = pthread_create(&l->thread, NULL, loader_main, l) == 0;
	return l;
}

fo_fonts_t *fo_fonts_load_finish(fo_fonts_loader_t *l, diag_t *d)
{
	if (l->started)
		pthread_join(l->thread, NULL);
	else
		l->fonts = fonts_load();  /* no thread to be had: load here */
	fo_fonts_t *f = l->fonts;
	free(l);
	return fonts_loaded(f, d);
}

void fo_fonts_free(fo_fonts_t *f)
{
	if (f == NULL)
		return;
	fo_hyph_free(f->hyph);
	fo_fallback_free(f->fallback);
	for (size_t i = 0; i < sizeof f->faces / sizeof f->faces[0]; i++) {
		fo_face_t *fc = &f->faces[i];
		if (!fc->loaded)
			continue;
		cairo_font_face_destroy(fc->cf);
		g_object_unref(fc->pf);
		free(fc->okeys);
		free(fc->ovals);
	}
	g_object_unref(f->ctx);
	/* Pango 1.50 never drops the reference set_config took: drop it here. */
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(f->map), NULL);
	g_object_unref(f->map);
	FcConfigDestroy(f->cfg);
	pthread_mutex_destroy(&f->pango);
	free(f);
}

void fo_fonts_isolate(void)
{
	char *conf = paths_data_file("fonts/fonts.conf");
	char *abs = realpath(conf, NULL);  /* fontconfig resolves relative names elsewhere */
	if (abs)
		setenv("FONTCONFIG_FILE", abs, 1);
	free(abs);
	free(conf);
}

void fo_fonts_set_default(const fo_fonts_t *f)
{
	pango_cairo_font_map_set_default(f ? PANGO_CAIRO_FONT_MAP(f->map) : NULL);
}

static int face_index(const fo_style_t *st)
{
	return family_index(st->family) * 4 + (st->font_weight >= 600) * 2 + (st->italic ? 1 : 0);
}

static void face_load(fo_fonts_t *f, fo_face_t *fc, int index)
{
	PangoFontDescription *fd = pango_font_description_new();
	pango_font_description_set_family_static(fd, families[index / 4]);
	pango_font_description_set_weight(fd, index & 2 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_font_description_set_style(fd, index & 1 ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
	pango_font_description_set_size(fd, 10 * PANGO_SCALE);
	fc->pf = pango_font_map_load_font(f->map, f->ctx, fd);
	pango_font_description_free(fd);
	if (fc->pf == NULL)
		abort();  /* the bundled fonts were checked when loaded */
	fc->hb = pango_font_get_hb_font(fc->pf);
	int xs = 0, ys = 0;
	hb_font_get_scale(fc->hb, &xs, &ys);
	fc->xscale = xs > 0 ? xs : 1;
	cairo_scaled_font_t *sf = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(fc->pf));
	fc->cf = cairo_font_face_reference(cairo_scaled_font_get_font_face(sf));
	fc->fb = f->fallback;
	fc->bold = (index & 2) != 0;
}

/* Loaded once, by whichever thread asks first; the drawing thread only
 * reads a face (its HarfBuzz and cairo objects are safe to share). */
static fo_face_t *face_get(fo_fonts_t *f, const fo_style_t *st)
{
	int index = face_index(st);
	fo_face_t *fc = &f->faces[index];
	if (atomic_load_explicit(&fc->loaded, memory_order_acquire))
		return fc;
	pthread_mutex_lock(&f->pango);
	if (!atomic_load_explicit(&fc->loaded, memory_order_relaxed)) {
		face_load(f, fc, index);
		atomic_store_explicit(&fc->loaded, 1, memory_order_release);
	}
	pthread_mutex_unlock(&f->pango);
	return fc;
}

void fo_fonts_lock(fo_fonts_t *f)
{
	pthread_mutex_lock(&f->pango);
}

void fo_fonts_unlock(fo_fonts_t *f)
{
	pthread_mutex_unlock(&f->pango);
}

void fo_fonts_make_current(fo_fonts_t *f)
{
	FcConfigSetCurrent(f->cfg);
}

static fo_glyph_t glyph_load(fo_face_t *fc, uint32_t cp)
{
	hb_codepoint_t g = 0;
	if (!hb_font_get_nominal_glyph(fc->hb, cp, &g))
		g = 0;
	/* In thousandths of an em, as the base-14 AFM metrics FOP uses: the
	 * Liberation fonts match them only to that precision. */
	double em = hb_font_get_glyph_h_advance(fc->hb, g) / fc->xscale;
	fo_glyph_t r = { g, (float)(floor(em * 1000 + 0.5) / 1000), 0 };
	if (g == 0 && fc->fb)
		r.fb = (uint8_t)fo_fallback_find(fc->fb, cp, fc->bold);
	return r;
}

static fo_glyph_t glyph_other(fo_face_t *fc, uint32_t cp);

/* Called for every character laid out and drawn: Latin-1 inline. */
static inline fo_glyph_t glyph_get(fo_face_t *fc, uint32_t cp)
{
	if (cp < 256) {
		if (!fc->latin_set[cp]) {
			fc->latin[cp] = glyph_load(fc, cp);
			fc->latin_set[cp] = 1;
		}
		return fc->latin[cp];
	}
	return glyph_other(fc, cp);
}

static fo_glyph_t glyph_other(fo_face_t *fc, uint32_t cp)
{
	if ((fc->olen + 1) * 2 > fc->ocap) {
		size_t ncap = fc->ocap ? fc->ocap * 2 : 64;
		uint32_t *keys = xcalloc(ncap, sizeof *keys);
		fo_glyph_t *vals = xcalloc(ncap, sizeof *vals);
		for (size_t i = 0; i < fc->ocap; i++) {
			if (fc->okeys[i] == 0)
				continue;
			size_t j = fc->okeys[i] * 2654435761u & (ncap - 1);
			while (keys[j])
				j = (j + 1) & (ncap - 1);
			keys[j] = fc->okeys[i];
			vals[j] = fc->ovals[i];
		}
		free(fc->okeys);
		free(fc->ovals);
		fc->okeys = keys;
		fc->ovals = vals;
		fc->ocap = ncap;
	}
	size_t j = cp * 2654435761u & (fc->ocap - 1);
	while (fc->okeys[j] && fc->okeys[j] != cp)
		j = (j + 1) & (fc->ocap - 1);
	if (fc->okeys[j] == 0) {
		fc->okeys[j] = cp;
		fc->ovals[j] = glyph_load(fc, cp);
		fc->olen++;
	}
	return fc->ovals[j];
}

/* Decodes one UTF-8 character at *p (input is valid: libxml2 checked it). */
static uint32_t utf8_multi(const char **p)
{
	const unsigned char *s = (const unsigned char *)*p;
	uint32_t c = s[0];
	int n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	if (n == 2) c = ((c & 0x1F) << 6) | (s[1] & 0x3F);
	else if (n == 3) c = ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	else c = ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
	*p += n;
	return c;
}

/* The same, ASCII inline: it runs for every character. */
static inline uint32_t utf8_next(const char **p)
{
	unsigned char c = (unsigned char)**p;
	if (c < 0x80) {
		(*p)++;
		return c;
	}
	return utf8_multi(p);
}

/* ---------- paragraphs: collecting text ---------- */

typedef struct fo_span {
	size_t start, end;
	const fo_style_t *st;
	int boxed;               /* an fo:character: its characters are glyphs only */
} fo_span_t;

typedef enum piece_kind { PC_BOX, PC_GLUE, PC_PEN } piece_kind_t;

#define PEN_INF 1e6

/* A hyphenation point (FOP's flagged penalty), a soft hyphen (U+00AD:
 * as cheap as an explicit hyphen, FOP's SOFT_HYPHEN_PENALTY). */
enum { PF_HYPH = 1, PF_SOFT = 2 };

/* Floats: held pages keep every piece of their paragraphs, and floats
 * hold millipoints exactly; the line breaker sums in doubles. */
typedef struct fo_piece {
	uint8_t kind;            /* a piece_kind_t */
	uint8_t fil;             /* infinitely stretchable */
	uint8_t flagged;         /* a penalty showing a hyphen when broken at,
	                            w the hyphen's: PF_HYPH, PF_SOFT */
	uint8_t face;            /* a box's font: 0 its style's, else the
	                            fallback (fo_fallback_find()) */
	uint16_t leader;         /* glue of leader number leader - 1; a box of
	                            inline object number leader - 1 */
	uint8_t level;           /* bidirectional embedding level */
	uint8_t shaped;          /* a box shaped by HarfBuzz as a whole (other
	                            scripts, right to left): not glyph by glyph */
	uint32_t start, end;     /* text shown (boxes, word spaces) */
	uint32_t span;
	float w, stretch, shrink;
	float pen;               /* penalty; <= -PEN_INF forces a break */
} fo_piece_t;

typedef struct fo_line {
	size_t first, last;      /* pieces */
	double r;                /* adjustment ratio given to glue */
	double rl;               /* and to leaders */
	double x;                /* alignment offset */
	double height, baseline;
} fo_line_t;

struct fo_para {
	atomic_int refs;         /* atomic: see fo_blk_t */
	const fo_style_t *block;
	buf_t text;
	fo_span_t *spans;
	size_t nspans, cap;
	int at_space;
	fo_fonts_t *fonts;
	fo_piece_t *pieces;
	size_t npieces, pcap;
	fo_line_t *lines;
	int nlines;
	uint32_t (*pnums)[2];    /* byte ranges of page numbers */
	size_t npnums, pnum_cap;
	fo_leader_t *leaders;    /* in text order, each shown as U+E000 */
	size_t nleaders, lcap;
	fo_inline_obj_t *objs;   /* in text order, each shown as U+E001 */
	size_t nobjs, ocap;
	double width;            /* laid out for this width */
	double beside_h, cut;    /* a float beside the first lines (fo_para_beside) */
	int cut_start, narrow;   /* narrow: the lines it cuts, once laid out */
	int rects;               /* some text has a background or a decoration */
	uint8_t *levels;         /* bidirectional level of each byte of text;
	                            NULL: all left to right (level 0) */
	fo_bidi_range_t *bidi;   /* fo:bidi-override's embeddings and overrides */
	size_t nbidi, bcap;
	fo_para_t *base;         /* a continuation's paragraph, whose text and
	                            pieces it shows (fo_para_continue()) */
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
	free(p->lines);
	if (p->base) {  /* the rest is the base's */
		fo_para_unref(p->base);
		free(p);
		return;
	}
	free(p->pnums);
	free(p->leaders);
	for (size_t i = 0; i < p->nobjs; i++)
		if (p->objs[i].release)
			p->objs[i].release(p->objs[i].data);
	free(p->objs);
	free(p->pieces);
	free(p->levels);
	free(p->bidi);
	free(p->spans);
	buf_free(&p->text);
	free(p);
}

void fo_para_add_bidi(fo_para_t *p, size_t start, int kind, int rtl)
{
	if (kind == FO_BIDI_NORMAL || start >= p->text.len)
		return;
	p->bidi = xgrow(p->bidi, &p->bcap, p->nbidi + 1, sizeof *p->bidi);
	p->bidi[p->nbidi++] = (fo_bidi_range_t){ start, p->text.len, kind, rtl };
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
	p->spans[p->nspans++] = (fo_span_t){ start, p->text.len, st, 0 };
}

/* Drops collapsible spaces at the end (before a line break or the end). */
static void para_trim_end(fo_para_t *p)
{
	while (p->text.len > 0 && p->text.data[p->text.len - 1] == ' ' && p->nspans > 0) {
		fo_span_t *s = &p->spans[p->nspans - 1];
		if (s->st->ws_treatment == FO_WS_PRESERVE)
			break;
		p->text.data[--p->text.len] = '\0';
		if (--s->end == s->start)
			p->nspans--;
	}
}

#define LINE_SEP "\xE2\x80\xA8"

static int is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Does white-space-treatment keep a space (after_lf: one following a
 * preserved line feed)? */
static int space_kept(const fo_style_t *st, int after_lf)
{
	fo_ws_t t = (fo_ws_t)st->ws_treatment;
	return t != FO_WS_IGNORE && !(after_lf && (t == FO_WS_SURROUNDING || t == FO_WS_AFTER));
}

/* Text without preserved line feeds never grows: it goes in with one
 * copy, then white space is turned into spaces (and collapsed) in place. */
static void para_add_plain(fo_para_t *p, const char *utf8, size_t len, const fo_style_t *st)
{
	size_t base = p->text.len;
	buf_append(&p->text, utf8, len);
	char *d = p->text.data + base;
	const char *r = d, *e = d + len;
	int collapse = st->collapse && st->ws_treatment != FO_WS_PRESERVE, at_space = p->at_space;
	char prev = base > 0 ? p->text.data[base - 1] : '\0';
	for (; r < e; r++) {
		char c = *r;
		if (is_ws(c)) {
			/* A paragraph's leading white space goes whether or not it
			 * collapses (FOP's XMLWhiteSpaceHandler: after a line feed). */
			if ((collapse && (at_space || prev == ' ')) || (d == p->text.data && !space_kept(st, 1)))
				continue;
			c = ' ';
			at_space = 1;
		} else {
			at_space = 0;
		}
		*d++ = c;
		prev = c;
	}
	p->text.len = (size_t)(d - p->text.data);
	p->text.data[p->text.len] = '\0';
	p->at_space = at_space;
}

/* A line feed in st, by its linefeed-treatment: nothing, a zero-width
 * space, or a line break (the spaces before it dropped, unless
 * white-space-treatment keeps them).  Returns where st's span now starts. */
static size_t para_add_linefeed(fo_para_t *p, size_t start, const fo_style_t *st)
{
	if (st->lf_treatment == FO_LF_ZWSP) {
		buf_puts(&p->text, "\xE2\x80\x8B");
		p->at_space = 0;
	}
	if (st->lf_treatment != FO_LF_PRESERVE)
		return start;
	if (st->ws_treatment != FO_WS_PRESERVE && st->ws_treatment != FO_WS_AFTER) {
		para_span_extend(p, start, st);
		para_trim_end(p);
		start = p->text.len;
	}
	buf_puts(&p->text, LINE_SEP);
	p->at_space = 1;
	return start;
}

static uint32_t char_before(const char *text, size_t at);

/* Is a character of general category gc (c itself for the exceptions)
 * part of a word?  FOP's FOText.isWordChar(): 1 yes, 0 no, -1 maybe (an
 * apostrophe: a word goes on across it when a word character is before). */
static int word_char(uint32_t c)
{
	static const unsigned words = 1u << G_UNICODE_SPACING_MARK |
		1u << G_UNICODE_CONNECT_PUNCTUATION | 1u << G_UNICODE_CURRENCY_SYMBOL |
		1u << G_UNICODE_DECIMAL_NUMBER | 1u << G_UNICODE_LETTER_NUMBER |
		1u << G_UNICODE_LOWERCASE_LETTER | 1u << G_UNICODE_MODIFIER_LETTER |
		1u << G_UNICODE_MODIFIER_SYMBOL | 1u << G_UNICODE_NON_SPACING_MARK |
		1u << G_UNICODE_OTHER_LETTER | 1u << G_UNICODE_OTHER_NUMBER |
		1u << G_UNICODE_OTHER_SYMBOL | 1u << G_UNICODE_TITLECASE_LETTER |
		1u << G_UNICODE_UPPERCASE_LETTER;
	if (c == '-')
		return 1;
	if (c == '\'')
		return -1;
	return c != 0 && (words >> g_unichar_type(c) & 1);
}

/* text-transform (FOP's FOText.charTransform(), a character at a time):
 * capitalize makes the first letter of each word title case. */
static uint32_t char_transform(uint32_t c, const fo_style_t *st, uint32_t prev, uint32_t prev2)
{
	switch (st->text_transform) {
	case FO_TT_UPPER:
		return g_unichar_toupper(c);
	case FO_TT_LOWER:
		return g_unichar_tolower(c);
	case FO_TT_CAPITALIZE: {
		int w = word_char(prev);
		return w == 0 || (w < 0 && word_char(prev2) != 1) ? g_unichar_totitle(c) : c;
	}
	default:
		return c;
	}
}

static void para_add_white(fo_para_t *p, const char *utf8, size_t len, const fo_style_t *st);

/* Text in a style with a text-transform: transformed, then added. */
static void para_add_transformed(fo_para_t *p, const char *utf8, size_t len,
                                 const fo_style_t *st)
{
	buf_t b = { 0 };
	uint32_t prev = char_before(p->text.data, p->text.len);
	uint32_t prev2 = p->text.len ? char_before(p->text.data, (size_t)(g_utf8_prev_char(
	                 p->text.data + p->text.len) - p->text.data)) : 0;
	for (const char *s = utf8, *end = utf8 + len; s < end;) {
		uint32_t c = utf8_next(&s);
		char u[8];
		buf_append(&b, u, (size_t)g_unichar_to_utf8(char_transform(c, st, prev, prev2), u));
		prev2 = prev;
		prev = c;
	}
	para_add_white(p, b.data ? b.data : "", b.len, st);
	buf_free(&b);
}

void fo_para_add_text(fo_para_t *p, const char *utf8, size_t len, const fo_style_t *st)
{
	if (st->text_transform != FO_TT_NONE)
		para_add_transformed(p, utf8, len, st);
	else
		para_add_white(p, utf8, len, st);
}

/* Text added with st's white-space properties. */
static void para_add_white(fo_para_t *p, const char *utf8, size_t len, const fo_style_t *st)
{
	size_t start = p->text.len;
	if (st->lf_treatment == FO_LF_SPACE && st->ws_treatment != FO_WS_IGNORE) {
		para_add_plain(p, utf8, len, st);
		para_span_extend(p, start, st);
		return;
	}
	const char *s = utf8, *end = utf8 + len;
	int after_lf = p->text.len == 0;  /* a paragraph starts after a line feed */
	while (s < end) {
		const char *word = s;
		while (s < end && !is_ws(*s))
			s++;
		if (s > word) {
			buf_append(&p->text, word, (size_t)(s - word));
			p->at_space = after_lf = 0;
			continue;
		}
		char c = *s++;
		if (c == '\n' && st->lf_treatment != FO_LF_SPACE) {
			start = para_add_linefeed(p, start, st);
			after_lf = st->lf_treatment == FO_LF_PRESERVE;
			continue;
		}
		if (!space_kept(st, after_lf))
			continue;
		if (st->collapse && st->ws_treatment != FO_WS_PRESERVE &&
		    (p->at_space || (p->text.len > 0 && p->text.data[p->text.len - 1] == ' ')))
			continue;
		buf_putc(&p->text, ' ');
		p->at_space = 1;
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

void fo_para_add_character(fo_para_t *p, const char *utf8, const fo_style_t *st)
{
	size_t start = p->text.len;
	buf_puts(&p->text, utf8);
	if (p->text.len == start)
		return;
	p->at_space = 0;
	p->spans = xgrow(p->spans, &p->cap, p->nspans + 1, sizeof *p->spans);
	p->spans[p->nspans++] = (fo_span_t){ start, p->text.len, st, 1 };
}

void fo_para_add_page_number(fo_para_t *p, const char *label, const fo_style_t *st)
{
	size_t start = p->text.len;
	fo_para_add_literal(p, label, st);
	p->pnums = xgrow(p->pnums, &p->pnum_cap, p->npnums + 1, sizeof *p->pnums);
	p->pnums[p->npnums][0] = (uint32_t)start;
	p->pnums[p->npnums][1] = (uint32_t)p->text.len;
	p->npnums++;
}

#define LEADER_MARK "\xEE\x80\x80"  /* U+E000 */

void fo_para_add_object(fo_para_t *p, const fo_inline_obj_t *o, const fo_style_t *st)
{
	if (p->nobjs >= UINT16_MAX - 1) {
		if (o->release)
			o->release(o->data);
		return;
	}
	p->objs = xgrow(p->objs, &p->ocap, p->nobjs + 1, sizeof *p->objs);
	p->objs[p->nobjs++] = *o;
	fo_para_add_literal(p, "\xEE\x80\x81", st);
}

void fo_para_add_leader(fo_para_t *p, const fo_leader_t *ld, const fo_style_t *st)
{
	if (p->nleaders >= UINT16_MAX - 1)
		return;
	p->leaders = xgrow(p->leaders, &p->lcap, p->nleaders + 1, sizeof *p->leaders);
	p->leaders[p->nleaders++] = *ld;
	fo_para_add_literal(p, LEADER_MARK, st);
}

/* The page number laid out at offset off (the index of its range in
 * p->pnums), or -1.  A paragraph is laid out before the page it lands on
 * begins, with the number of the page before, so the page's own number
 * (label) is what is drawn there. */
static long pnum_at(const fo_para_t *p, size_t off, const char *label)
{
	for (size_t i = 0; label && *label && i < p->npnums; i++)
		if (off == p->pnums[i][0] && p->pnums[i][1] > p->pnums[i][0])
			return (long)i;
	return -1;
}

/* ---------- pieces: FOP's element model ---------- */

static fo_piece_t *piece_add(fo_para_t *p, piece_kind_t kind, size_t span, size_t start,
                             size_t end)
{
	if (p->npieces == p->pcap)
		p->pieces = xgrow(p->pieces, &p->pcap, p->npieces + 1, sizeof *p->pieces);
	fo_piece_t *pc = &p->pieces[p->npieces++];
	memset(pc, 0, sizeof *pc);
	pc->kind = (uint8_t)kind;
	pc->span = (uint32_t)span;
	pc->start = (uint32_t)start;
	pc->end = (uint32_t)end;
	return pc;
}

static void piece_glue(fo_para_t *p, size_t span, size_t at, size_t end, double w,
                       double stretch, double shrink)
{
	fo_piece_t *g = piece_add(p, PC_GLUE, span, at, end);
	g->w = (float)w;
	g->stretch = (float)stretch;
	g->shrink = (float)shrink;
}

static void piece_pen(fo_para_t *p, size_t span, size_t at, double pen)
{
	piece_add(p, PC_PEN, span, at, at)->pen = (float)pen;
}

/* The end of a line: stretchable to any length, then a forced break. */
static void piece_line_end(fo_para_t *p, size_t span, size_t at, int fil)
{
	piece_add(p, PC_BOX, span, at, at);
	/* As FOP's: no break at the filler, only at the line end (the
	 * forced pass would make it an empty line). */
	if (fil) {
		piece_pen(p, span, at, PEN_INF);
		piece_add(p, PC_GLUE, span, at, at)->fil = 1;
	}
	piece_pen(p, span, at, -PEN_INF);
}

/* FOP's ragged lines may end this much short (3 x its default space). */
#define FOP_RAGGED_STRETCH 10.008

/* A span's word space: its width, and justified, its stretch and shrink
 * in whole millipoints (worked out once per span). */
typedef struct space {
	double w, stretch, shrink;
} space_t;

static space_t space_of(double ws)
{
	return (space_t){ ws, floor(ws * 500) / 1000, floor(ws * 1000 / 3) / 1000 };
}

/* A word space: justified, it shrinks by a third and stretches by a half
 * (FOP's SpaceVal.makeWordSpacing); ragged, FOP's glue-penalty-glue lets a
 * line end up to FOP_RAGGED_STRETCH short. */
static void piece_space(fo_para_t *p, size_t span, size_t at, const space_t *sp,
                        fo_align_t al)
{
	double ws = sp->w;
	if (al == FO_ALIGN_JUSTIFY) {
		piece_glue(p, span, at, at + 1, ws, sp->stretch, sp->shrink);
		return;
	}
	piece_glue(p, span, at, at, 0, FOP_RAGGED_STRETCH, 0);
	piece_pen(p, span, at, 0);
	if (al != FO_ALIGN_CENTER) {
		piece_glue(p, span, at, at + 1, ws, -FOP_RAGGED_STRETCH, 0);
		return;
	}
	/* Centred lines may fall short at both ends. */
	piece_glue(p, span, at, at + 1, ws, -2 * FOP_RAGGED_STRETCH, 0);
	piece_add(p, PC_BOX, span, at + 1, at + 1);
	piece_pen(p, span, at + 1, PEN_INF);
	piece_glue(p, span, at + 1, at + 1, 0, FOP_RAGGED_STRETCH, 0);
}

/* FOP measures in whole millipoints; so must we, to break where it does. */
static double mpt(double pt)
{
	return floor(pt * 1000 + 0.5) / 1000;
}

/* FOP's KnuthPenalty.FLAGGED_PENALTY: the cost of a hyphenated line end,
 * also its demerit for two in a row. */
#define FOP_FLAGGED_PENALTY 50

/* After an explicit hyphen, or between characters UAX #14 lets a line
 * break between: a cheap break (FOP: penalty 1); at a hyphenation point
 * (flag PF_HYPH, hw: the hyphen's width), a flagged one; at a soft
 * hyphen (PF_SOFT), a cheap one showing the hyphen.  The ragged line-end
 * stretch around it is FOP's addElementsForAHyphen. */
static void piece_hyphen_break(fo_para_t *p, size_t span, size_t at, int justify, double hw,
                               int flag)
{
	if (!justify) {
		piece_pen(p, span, at, PEN_INF);
		piece_glue(p, span, at, at, 0, FOP_RAGGED_STRETCH, 0);
	}
	if (hw > 0) {
		fo_piece_t *pen = piece_add(p, PC_PEN, span, at, at);
		pen->pen = flag == PF_HYPH ? FOP_FLAGGED_PENALTY : 1;
		pen->w = (float)hw;
		pen->flagged = (uint8_t)flag;
	} else {
		piece_pen(p, span, at, 1);
	}
	if (!justify)
		piece_glue(p, span, at, at, 0, -FOP_RAGGED_STRETCH, 0);
}

/* Letters (and digits) make words; only letters are hyphenated. */
static int is_letter(uint32_t c)
{
	return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
	       (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x52F);
}

static int is_wordchar(uint32_t c)
{
	return is_letter(c) || (c >= '0' && c <= '9');
}

/* The character before byte offset at, or 0 at the start. */
static uint32_t char_before(const char *text, size_t at)
{
	if (text == NULL)
		return 0;
	if (at == 0)
		return 0;
	size_t i = at - 1;
	while (i > 0 && ((unsigned char)text[i] & 0xC0) == 0x80)
		i--;
	const char *q = text + i;
	return utf8_next(&q);
}

#define HYPH_MAX 64

/* Hyphenation of the word starting at at (after a non-letter): its
 * hyphenation points as byte offsets in text, in increasing order.  Words
 * holding digits or running into another span (a style change inside
 * the word) are left whole. */
static int word_hyph(const char *text, size_t at, size_t span_end, const fo_style_t *st,
                     fo_hyph_dict_t *dict, size_t *pts)
{
	const char *q = text + at, *end = q;
	uint32_t c = 0;
	while (*q) {
		end = q;
		c = utf8_next(&q);
		if (!is_letter(c))
			break;
		end = q;
	}
	size_t len = (size_t)(end - (text + at));
	if (is_wordchar(c) && *end != '\0')
		return 0;
	if (at + len > span_end)
		return 0;
	int n = fo_hyph_points(dict, text + at, len, st->hyph_push, st->hyph_remain, pts, HYPH_MAX);
	for (int i = 0; i < n; i++)
		pts[i] += at;
	return n;
}

/* The width of st's hyphenation character. */
static double hyph_width(fo_face_t *fc, const fo_style_t *st)
{
	const char *h = st->hyph_char;
	return mpt(glyph_get(fc, utf8_next(&h)).adv * st->font_size);
}

/* Hyphenation state of one span while its pieces are made. */
typedef struct hyph_scan {
	fo_hyph_dict_t *dict;    /* NULL: the span is not hyphenated */
	double w;                /* the hyphen's width */
	int in_word;
	size_t pts[HYPH_MAX];
	int n, i;
} hyph_scan_t;

/* Is byte offset next (just after a character c at at) a hyphenation
 * point? */
static int hyph_scan_step(hyph_scan_t *h, const char *text, size_t at, size_t next,
                          uint32_t c, const fo_span_t *sp)
{
	if (h->dict == NULL)
		return 0;
	if (!is_letter(c)) {
		h->in_word = is_wordchar(c);
		return 0;
	}
	if (!h->in_word) {
		h->n = word_hyph(text, at, sp->end, sp->st, h->dict, h->pts);
		h->i = 0;
		h->in_word = 1;
	}
	if (h->i < h->n && h->pts[h->i] == next) {
		h->i++;
		return 1;
	}
	return 0;
}

static void hyph_scan_init(hyph_scan_t *h, fo_para_t *p, const fo_span_t *sp, fo_face_t *fc)
{
	h->dict = NULL;          /* pts are read below n only */
	h->w = 0;
	h->in_word = 0;
	h->n = h->i = 0;
	if (!sp->st->hyphenate || p->block->nowrap)
		return;
	h->dict = fo_hyph_dict(p->fonts->hyph, sp->st->language, sp->st->country);
	if (h->dict == NULL)
		return;
	h->w = hyph_width(fc, sp->st);
	h->in_word = is_wordchar(char_before(p->text.data, sp->start));
}

/* FOP's leader elements: box(0), penalty(inf), the glue, box(0): no line
 * breaks at a leader. */
static void piece_leader(fo_para_t *p, size_t span, size_t at, size_t end, size_t k)
{
	const fo_leader_t *ld = &p->leaders[k];
	double opt = mpt(fo_len_resolve(ld->opt, p->width));
	double min = mpt(fo_len_resolve(ld->min, p->width));
	double max = mpt(fo_len_resolve(ld->max, p->width));
	if (max < opt) max = opt;
	if (min > opt) min = opt;
	piece_add(p, PC_BOX, span, at, at);
	piece_pen(p, span, at, PEN_INF);
	piece_glue(p, span, at, end, opt, max - opt, opt - min);
	p->pieces[p->npieces - 1].leader = (uint16_t)(k + 1);
	piece_add(p, PC_BOX, span, end, end);
}

/* A span's character widths in whole millipoints, ASCII ones kept (the
 * rounding calls floor() for every character otherwise). */
typedef struct char_widths {
	double w[128];
	unsigned char set[128];
} char_widths_t;

static void char_widths_init(char_widths_t *cw)
{
	memset(cw->set, 0, sizeof cw->set);
}

static double char_width(char_widths_t *cw, fo_face_t *fc, uint32_t c, double size)
{
	if (c >= 128)
		return mpt(glyph_get(fc, c).adv * size);
	if (!cw->set[c]) {
		cw->w[c] = mpt(glyph_get(fc, c).adv * size);
		cw->set[c] = 1;
	}
	return cw->w[c];
}

/* Whether c may stay in box although its own face or the fallback
 * order would put it elsewhere: marks and joiners belong to the letter
 * before them, and characters of no script (digits, punctuation, the
 * danda) to the run they are in, when its font has them. */
static int box_keeps(const fo_para_t *p, const fo_piece_t *box, fo_face_t *fc, uint32_t c)
{
	hb_unicode_funcs_t *u = hb_unicode_funcs_get_default();
	hb_unicode_general_category_t gc = hb_unicode_general_category(u, c);
	if (gc == HB_UNICODE_GENERAL_CATEGORY_FORMAT ||
	    gc == HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK ||
	    gc == HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK ||
	    gc == HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK)
		return 1;
	hb_script_t sc = hb_unicode_script(u, c);
	if (sc != HB_SCRIPT_COMMON && sc != HB_SCRIPT_INHERITED)
		return 0;
	if (box->face == 0)
		return glyph_get(fc, c).glyph != 0;
	hb_codepoint_t g;
	return hb_font_get_nominal_glyph(fo_fallback_hb(p->fonts->fallback, box->face, fc->bold),
	                                 c, &g);
}

/* The box the character c at byte at goes in: box, or a new one when c
 * needs another font or direction (no line break is allowed between
 * them, as none is inside a word). */
static fo_piece_t *box_for(fo_para_t *p, fo_piece_t *box, size_t si, size_t at,
                           fo_face_t *fc, uint32_t c)
{
	uint8_t level = p->levels ? p->levels[at] : 0;
	int face = glyph_get(fc, c).fb;
	if (box && box->level == level && (box->face == face || box_keeps(p, box, fc, c)))
		return box;
	box = piece_add(p, PC_BOX, si, at, at);
	box->face = (uint8_t)face;
	box->level = level;
	box->shaped = face != 0 || (level & 1);
	return box;
}

uint32_t fo_fonts_uncovered(fo_fonts_t *f, const fo_style_t *st, const char *utf8, size_t len,
                            size_t *at)
{
	hb_unicode_funcs_t *u = hb_unicode_funcs_get_default();
	fo_face_t *fc = NULL;
	const char *s = utf8 + *at, *end = utf8 + len;
	while (s < end) {
		uint32_t c = utf8_next(&s);
		if (c < 0x100)
			continue;  /* Latin-1: every Liberation face has it */
		hb_unicode_general_category_t gc = hb_unicode_general_category(u, c);
		if (gc == HB_UNICODE_GENERAL_CATEGORY_FORMAT ||
		    gc == HB_UNICODE_GENERAL_CATEGORY_SPACE_SEPARATOR ||
		    gc == HB_UNICODE_GENERAL_CATEGORY_LINE_SEPARATOR ||
		    gc == HB_UNICODE_GENERAL_CATEGORY_PARAGRAPH_SEPARATOR)
			continue;
		if (fc == NULL)
			fc = face_get(f, st);
		fo_glyph_t g = glyph_get(fc, c);
		if (g.glyph == 0 && g.fb == 0) {
			*at = (size_t)(s - utf8);
			return c;
		}
	}
	*at = len;
	return 0;
}

/* A space no line may break at (FOP's non-breaking space): ragged, a
 * box; justified, glue that stretches as a word space does, kept from
 * being a break by the penalty before it. */
static void piece_nbsp(fo_para_t *p, size_t span, size_t at, size_t end, const space_t *sp,
                       fo_align_t al)
{
	if (al != FO_ALIGN_JUSTIFY) {
		piece_add(p, PC_BOX, span, at, end)->w = (float)sp->w;
		return;
	}
	piece_add(p, PC_BOX, span, at, at);
	piece_pen(p, span, at, PEN_INF);
	piece_glue(p, span, at, end, sp->w, sp->stretch, sp->shrink);
}

/* How far a space (word or letter spacing) may stretch and shrink. */
static double space_stretch(const fo_space_t *sp)
{
	return mpt(fmax(sp->max - sp->opt, 0));
}

static double space_shrink(const fo_space_t *sp)
{
	return mpt(fmax(sp->opt - sp->min, 0));
}

/* A span's word space (FOP's SpaceVal.makeWordSpacing()): "normal" is
 * space_of() the space plus two letter spaces, with their stretch and
 * shrink; word-spacing's lengths are added to the space alone, their
 * stretch and shrink its own. */
static space_t span_space(fo_face_t *fc, const fo_style_t *st)
{
	double w = mpt(glyph_get(fc, ' ').adv * st->font_size);
	const fo_space_t *ls = &st->letter_spacing;
	if (!st->word_spacing_set) {
		space_t sp = space_of(w);
		return (space_t){ sp.w + 2 * mpt(ls->opt), sp.stretch + 2 * space_stretch(ls),
		                  sp.shrink + 2 * space_shrink(ls) };
	}
	const fo_space_t *ws = &st->word_spacing;
	return (space_t){ w + mpt(ws->opt), space_stretch(ws), space_shrink(ws) };
}

/* One letter space more in box (FOP: letter-spacing between the letters
 * of a word, none after its last): its optimum, and its stretch and
 * shrink, the glue FOP puts after a word's box behind an infinite
 * penalty, which no line breaks at, so it stays with the box. */
static void box_letter_space(fo_piece_t *box, const fo_style_t *st)
{
	const fo_space_t *ls = &st->letter_spacing;
	box->w += (float)mpt(ls->opt);
	box->stretch += (float)space_stretch(ls);
	box->shrink += (float)space_shrink(ls);
}

/* Whether a new box at byte at goes on the word of the box before it
 * (another span or font): a letter space between them. */
static int box_goes_on(const fo_para_t *p, size_t at)
{
	if (p->npieces < 2)
		return 0;
	const fo_piece_t *prev = &p->pieces[p->npieces - 2];
	return prev->kind == PC_BOX && !prev->leader && prev->end > prev->start && prev->end == at;
}

/* What para_pieces() keeps while it goes through one span. */
typedef struct span_scan {
	size_t si;
	const fo_span_t *sp;
	fo_face_t *fc;
	space_t ws;
	fo_align_t space_align;  /* the alignment word spaces are made for */
	int justify;
	fo_piece_t *box;         /* the box the next character joins; NULL: a new one */
	fo_lb_class_t left;      /* the line-breaking class of the character
	                            before; FO_LB_BK: none (a space, a break) */
} span_scan_t;

/* A collapsed space: a break, unless UAX #14 forbids one between the
 * characters around it (FOP: none before ")", ",", "!", "/"...). */
static void space_piece(fo_para_t *p, span_scan_t *sc, size_t at, const char *next,
                        const char *end)
{
	const char *q = next;
	if (sc->left != FO_LB_BK && q < end && !fo_lb_at_space(sc->left, fo_lb_class(utf8_next(&q))))
		piece_nbsp(p, sc->si, at, at + 1, &sc->ws, sc->space_align);
	else
		piece_space(p, sc->si, at, &sc->ws, sc->space_align);
	sc->left = FO_LB_BK;
}

/* Characters that are no glyph of a box: the soft hyphen, the zero-width
 * space, joiners, the justified no-break space.  Returns 0 for others. */
static int special_piece(fo_para_t *p, span_scan_t *sc, uint32_t c, size_t at, const char *next,
                         const char *end)
{
	size_t after = (size_t)(next - p->text.data);
	if (c == 0xAD) {          /* visible only as a hyphen ending a line */
		if (sc->left != FO_LB_BK && next < end && *next != ' ' && !p->block->nowrap) {
			if (sc->box)
				box_letter_space(sc->box, sc->sp->st);
			piece_hyphen_break(p, sc->si, after, sc->justify, hyph_width(sc->fc, sc->sp->st),
			                   PF_SOFT);
		}
		sc->left = FO_LB_BK;
	} else if (c == 0x200B) { /* a break of no width */
		static const space_t none = { 0, 0, 0 };
		if (!p->block->nowrap)
			piece_space(p, sc->si, at, &none, sc->space_align);
		sc->left = FO_LB_BK;
	} else if (c == 0x2060 || c == 0xFEFF) {  /* word joiners */
		sc->left = FO_LB_WJ;
	} else if (c == 0xA0 && sc->space_align == FO_ALIGN_JUSTIFY) {
		piece_nbsp(p, sc->si, at, after, &sc->ws, sc->space_align);
		sc->left = FO_LB_GL;
	} else {
		return 0;
	}
	sc->box = NULL;
	return 1;
}

/* A character of a box: a break before it where UAX #14 allows one
 * without a space (after a hyphen, a dash, "/" before a letter, between
 * ideographs), then the character in its box. */
static void char_piece(fo_para_t *p, span_scan_t *sc, char_widths_t *cw, uint32_t c, size_t at,
                       const char *next)
{
	fo_lb_class_t cl = fo_lb_class(c);
	if (cl != FO_LB_CM) {
		if (sc->left != FO_LB_BK && fo_lb_direct(sc->left, cl)) {
			sc->box = NULL;
			piece_hyphen_break(p, sc->si, at, sc->justify, 0, 0);
			/* the letter space, gone when the line breaks there */
			const fo_space_t *ls = &sc->sp->st->letter_spacing;
			if (ls->opt != 0 || ls->min != ls->max)
				piece_glue(p, sc->si, at, at, mpt(ls->opt), space_stretch(ls),
				           space_shrink(ls));
		}
		sc->left = cl;
	}
	const fo_style_t *st = sc->sp->st;
	fo_piece_t *box = sc->box = box_for(p, sc->box, sc->si, at, sc->fc, c);
	box->end = (uint32_t)(next - p->text.data);
	if (box->shaped)
		return;
	if (at > box->start || box_goes_on(p, at))
		box_letter_space(box, st);
	box->w += (float)char_width(cw, sc->fc, c, st->font_size);
}

/* The end of the paragraph or of a part of it up to a line feed (FOP
 * makes each such part a paragraph of its own, its last line ending as
 * the paragraph's).  FOP's lineFiller: the last line may fall short by
 * the line's width, no more (a short last line is a loose one, with its
 * demerits). */
static void piece_part_end(fo_para_t *p, size_t span, size_t at)
{
	const fo_style_t *b = p->block;
	if (b->text_align_last == FO_ALIGN_JUSTIFY) {
		piece_line_end(p, span, at, 0);
		return;
	}
	piece_add(p, PC_BOX, span, at, at);
	/* Centred: the ragged stretch ends the line as it starts it. */
	if (b->text_align == FO_ALIGN_CENTER) {
		piece_glue(p, span, at, at, 0, FOP_RAGGED_STRETCH, 0);
		piece_pen(p, span, at, -PEN_INF);
		return;
	}
	piece_pen(p, span, at, PEN_INF);
	piece_glue(p, span, at, at, 0, mpt(p->width), 0);
	piece_pen(p, span, at, -PEN_INF);
}

static void span_pieces(fo_para_t *p, span_scan_t *sc, size_t *nlead, size_t *nobj)
{
	const char *text = p->text.data;
	const fo_style_t *st = sc->sp->st;
	sc->fc = face_get(p->fonts, st);
	sc->ws = span_space(sc->fc, st);
	sc->box = NULL;
	sc->left = FO_LB_BK;
	char_widths_t cw;
	char_widths_init(&cw);
	hyph_scan_t hy;
	hyph_scan_init(&hy, p, sc->sp, sc->fc);
	const char *s = text + sc->sp->start, *end = text + sc->sp->end;
	while (s < end) {
		size_t at = (size_t)(s - text);
		uint32_t c = utf8_next(&s);
		int hyph_point = hyph_scan_step(&hy, text, at, (size_t)(s - text), c, sc->sp);
		if (c == ' ' && !p->block->nowrap) {
			sc->box = NULL;
			space_piece(p, sc, at, s, end);
		} else if (c == 0x2028) {
			sc->box = NULL;
			sc->left = FO_LB_BK;
			piece_part_end(p, sc->si, at);
			if (p->block->text_align == FO_ALIGN_CENTER)
				piece_glue(p, sc->si, at, at, 0, FOP_RAGGED_STRETCH, 0);
		} else if (c == 0xE000 && *nlead < p->nleaders) {
			sc->box = NULL;
			sc->left = FO_LB_BK;
			piece_leader(p, sc->si, at, (size_t)(s - text), (*nlead)++);
		} else if (c == 0xE001 && *nobj < p->nobjs) {
			sc->box = NULL;
			sc->left = FO_LB_BK;
			fo_piece_t *ob = piece_add(p, PC_BOX, sc->si, at, (size_t)(s - text));
			ob->w = (float)mpt(p->objs[*nobj].w);
			ob->leader = (uint16_t)++*nobj;
		} else if (c < 0x80 || sc->sp->boxed || !special_piece(p, sc, c, at, s, end)) {
			char_piece(p, sc, &cw, c, at, s);
			if (hyph_point) {
				box_letter_space(sc->box, sc->sp->st);
				sc->box = NULL;
				piece_hyphen_break(p, sc->si, (size_t)(s - text), sc->justify, hy.w, PF_HYPH);
			}
		}
	}
}

static void para_pieces(fo_para_t *p)
{
	size_t nlead = 0, nobj = 0;
	const fo_style_t *b = p->block;
	span_scan_t sc = { 0 };
	/* FOP makes justifiable spaces when the last line is justified too. */
	sc.space_align = b->text_align_last == FO_ALIGN_JUSTIFY ? FO_ALIGN_JUSTIFY : b->text_align;
	sc.justify = b->text_align == FO_ALIGN_JUSTIFY;
	if (b->text_align == FO_ALIGN_CENTER)
		piece_glue(p, 0, 0, 0, 0, FOP_RAGGED_STRETCH, 0);
	for (size_t si = 0; si < p->nspans; si++) {
		sc.si = si;
		sc.sp = &p->spans[si];
		span_pieces(p, &sc, &nlead, &nobj);
	}
	piece_part_end(p, p->nspans ? p->nspans - 1 : 0, p->text.len);
}

/* ---------- Knuth-Plass line breaking ---------- */

/* Totals of widths, stretch and shrink in whole millipoints (FOP's ints,
 * lest float error tip near ties of demerits) and of infinite stretch. */
typedef struct kp_sum {
	double w, st, sh;
	int fil;
} kp_sum_t;

typedef struct kp_node {
	size_t pos;
	int fit;
	double tw, tst, tsh;
	int tfil;
	double dem, r;
	long prev;
	int line;
} kp_node_t;

/* A break the forced pass may restart from (FOP's lastTooLong and
 * lastTooShort): a node not yet in the pool (idx < 0) or pool[idx]. */
typedef struct kp_cand {
	int set;
	long idx;
	kp_node_t nd;
} kp_cand_t;

typedef struct kp {
	const fo_piece_t *pc;
	size_t n;
	double width;
	double thr;
	kp_node_t *pool;
	size_t npool, pool_cap;
	size_t *active;
	size_t nactive, act_cap;
	const kp_sum_t *sum;     /* sum[i]: the totals of the pieces before pc[i] */
	double lw, lw_cut;       /* the line widths in millipoints (kp_width()) */
	double sw, sst, ssh;     /* the totals at the break tried */
	int sfil;
	int hyph;                /* break at hyphenation points too */
	int ladder;              /* most hyphenated lines in a row; 0: any */
	int narrow;              /* the first lines, cut shorter by a float */
	double cut;
	int line0;               /* the lines before the pieces' */
	int force;               /* FOP's last try: breaks found whatever it takes */
	long last_forced;        /* the node the forced pass last restarted from */
	long last_deact;         /* the best node the last break deactivated */
	kp_cand_t too_long, too_short;
} kp_t;

/* The width of line number line (from 0). */
static double kp_width(const kp_t *k, int line)
{
	return line + k->line0 < k->narrow ? k->width - k->cut : k->width;
}

/* FOP's BreakingAlgorithm: incompatibleFitnessDemerit. */
#define KP_FITNESS_DEMERIT 50
/* FOP's BreakingAlgorithm: INFINITE_RATIO, a line with nothing to
 * stretch or shrink (it weighs in the forced pass's demerits). */
#define KP_INF_RATIO 1000.0

static int fitness(double r)
{
	return r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
}

/* A length in whole millipoints (kp_sum_t). */
static double kp_mpt(double pt)
{
	double m = pt * 1000;
	return (double)(int64_t)(m < 0 ? m - 0.5 : m + 0.5);
}

/* The adjustment ratio of the line from a to the break tried, extra (in
 * millipoints) the width the break adds. */
static double kp_ratio(const kp_t *k, const kp_node_t *a, double extra)
{
	double w = k->sw - a->tw + extra;
	double lw = a->line + k->line0 < k->narrow ? k->lw_cut : k->lw;
	if (w < lw) {
		if (k->sfil - a->tfil > 0)
			return 0;
		double st = k->sst - a->tst;
		return st > 0 ? (lw - w) / st : KP_INF_RATIO;
	}
	if (w > lw) {
		double sh = k->ssh - a->tsh;
		return sh > 0 ? (lw - w) / sh : -KP_INF_RATIO;
	}
	return 0;
}

/* The node for a break at piece i after pool[from]: its sums take in the
 * glue after the break, as the next line starts after it. */
static kp_node_t kp_node_at(const kp_t *k, size_t i, long from, double dem, double r)
{
	/* Glue after a line feed starts the next line (lines_build()). */
	size_t j = i;
	int keep = k->pc[i].kind == PC_PEN && k->pc[i].pen <= -PEN_INF;
	while (!keep && j < k->n && k->pc[j].kind != PC_BOX &&
	       !(j > i && k->pc[j].kind == PC_PEN && k->pc[j].pen <= -PEN_INF))
		j++;
	const kp_sum_t *t = &k->sum[j];
	return (kp_node_t){ i, fitness(r), t->w, t->st, t->sh, t->fil, dem, r, from,
	                    k->pool[from].line + 1 };
}

/* Makes pool[idx] active. */
static void kp_activate(kp_t *k, size_t idx)
{
	k->active = xgrow(k->active, &k->act_cap, k->nactive + 1, sizeof *k->active);
	k->active[k->nactive++] = idx;
}

static size_t kp_pool_add(kp_t *k, kp_node_t nd)
{
	k->pool = xgrow(k->pool, &k->pool_cap, k->npool + 1, sizeof *k->pool);
	k->pool[k->npool] = nd;
	return k->npool++;
}

static void kp_push(kp_t *k, kp_node_t nd)
{
	kp_activate(k, kp_pool_add(k, nd));
}

/* FOP's repeatedFlaggedDemerit for a hyphenated line after another, or
 * -1 when that makes more than hyphenation-ladder-count in a row. */
static double kp_flagged_demerit(const kp_t *k, const kp_node_t *from)
{
	if (from->prev < 0 || k->pc[from->pos].flagged != PF_HYPH)
		return 0;
	int run = 2;
	for (long i = from->prev; k->ladder > 0 && i > 0 && k->pc[k->pool[i].pos].flagged == PF_HYPH; i = k->pool[i].prev)
		run++;
	return k->ladder > 0 && run > k->ladder ? -1 : FOP_FLAGGED_PENALTY;
}

/* The demerits of the line from nd to piece pc with ratio r (FOP's
 * computeDemerits), INFINITY past the hyphenation ladder. */
static double kp_demerits(const kp_t *k, const kp_node_t *nd, const fo_piece_t *pc, double r)
{
	double flag = pc->flagged == PF_HYPH ? kp_flagged_demerit(k, nd) : 0;
	if (flag < 0)
		return INFINITY;
	double pen = pc->kind == PC_PEN ? pc->pen : 0;
	double bad = 100 * fabs(r) * fabs(r) * fabs(r);
	double d = pen >= 0 ? (1 + bad + pen) * (1 + bad + pen)
	         : pen <= -PEN_INF ? (1 + bad) * (1 + bad) : (1 + bad) * (1 + bad) - pen * pen;
	if (abs(fitness(r) - nd->fit) > 1)
		d += KP_FITNESS_DEMERIT;
	return d + nd->dem + flag;
}

/* FOP's compareNodes: the later break, or the cheaper at the same one. */
static long kp_later(const kp_t *k, long a, long b)
{
	if (a < 0 || k->pool[b].pos > k->pool[a].pos)
		return b;
	return k->pool[b].pos == k->pool[a].pos && k->pool[b].dem < k->pool[a].dem ? b : a;
}

/* The forced pass's candidates at one break (FOP's forceNode): the
 * cheapest too long line ending here, and the too short one; ts_from
 * is -1 while the previous too short break still stands, -2 once a
 * feasible line dismissed it (FOP's activateNode). */
typedef struct kp_forced {
	long tl_from, ts_from;
	double tl_dem, ts_dem, tl_r, ts_r;
} kp_forced_t;

static void kp_force_line(const kp_t *k, kp_forced_t *f, long from, double r, double d)
{
	if (r <= -1) {
		if (f->tl_from < 0 || d < f->tl_dem)
			*f = (kp_forced_t){ from, f->ts_from, d, f->ts_dem, r, f->ts_r };
		return;
	}
	int none = f->ts_from == -2 || (f->ts_from == -1 && !k->too_short.set);
	double cur = f->ts_from >= 0 ? f->ts_dem : k->too_short.nd.dem;
	if (none || d <= cur) {
		f->ts_from = from;
		f->ts_dem = d;
		f->ts_r = r;
	}
}

static void kp_force_keep(kp_t *k, const kp_forced_t *f, size_t i)
{
	k->too_long.set = f->tl_from >= 0;
	if (f->tl_from >= 0)
		k->too_long = (kp_cand_t){ 1, -1, kp_node_at(k, i, f->tl_from, f->tl_dem, f->tl_r) };
	if (f->ts_from == -2)
		k->too_short.set = 0;
	if (f->ts_from >= 0)
		k->too_short = (kp_cand_t){ 1, -1, kp_node_at(k, i, f->ts_from, f->ts_dem, f->ts_r) };
}

/* FOP's BestRecords: per fitness class, the cheapest line ending at the
 * break from the active nodes of one line number. */
typedef struct kp_best {
	double dem[4], r[4];
	long from[4];
} kp_best_t;

static void kp_best_reset(kp_best_t *b)
{
	for (int c = 0; c < 4; c++) {
		b->dem[c] = INFINITY;
		b->from[c] = -1;
	}
}

/* FOP's addBreaks: as TeX, only classes close to the best one survive.
 * The nodes go to the pool; kp_try() activates them after. */
static void kp_best_add(kp_t *k, kp_best_t *b, size_t i)
{
	double min = fmin(fmin(b->dem[0], b->dem[1]), fmin(b->dem[2], b->dem[3]));
	for (int c = 0; c < 4; c++)
		if (b->from[c] >= 0 && b->dem[c] <= min + KP_FITNESS_DEMERIT)
			kp_pool_add(k, kp_node_at(k, i, b->from[c], b->dem[c], b->r[c]));
	kp_best_reset(b);
}

/* Activates pool[idx], the active nodes kept in order of line (FOP's
 * activeLines), so that ties go as in FOP. */
static void kp_activate_in_line(kp_t *k, size_t idx)
{
	kp_activate(k, idx);
	size_t a = k->nactive - 1;
	for (; a > 0 && k->pool[k->active[a - 1]].line > k->pool[idx].line; a--)
		k->active[a] = k->active[a - 1];
	k->active[a] = idx;
}

static void kp_try(kp_t *k, size_t i)
{
	const fo_piece_t *pc = &k->pc[i];
	int forced = pc->kind == PC_PEN && pc->pen <= -PEN_INF;
	kp_best_t best;
	kp_best_reset(&best);
	kp_forced_t fc = { -1, -1, 0, 0, 0, 0 };
	size_t keep = 0, fresh = k->npool;
	int line = -1, any = 0;  /* the line group, and whether it has records */
	double extra = pc->kind == PC_PEN ? kp_mpt(pc->w) : 0, thr = k->thr;
	int force = k->force;
	k->last_deact = -1;
	for (size_t a = 0; a < k->nactive; a++) {
		long from = (long)k->active[a];
		if (k->pool[from].line != line) {
			if (any)
				kp_best_add(k, &best, i);
			any = 0;
			line = k->pool[from].line;
		}
		const kp_node_t *nd = &k->pool[from];
		double r = kp_ratio(k, nd, extra);
		int ok = r >= -1 && r <= thr;
		double d = ok || force ? kp_demerits(k, nd, pc, r) : INFINITY;
		if (r < -1 || forced)
			k->last_deact = force ? kp_later(k, k->last_deact, from) : -1;
		else
			k->active[keep++] = (size_t)from;
		int c = ok ? fitness(r) : 0;
		if (ok && d < best.dem[c]) {
			best.dem[c] = d;
			best.from[c] = from;
			best.r[c] = r;
			fc.ts_from = -2;
			any = 1;
		}
		if (force && (r <= -1 || r > thr))
			kp_force_line(k, &fc, from, r, d);
	}
	if (any)
		kp_best_add(k, &best, i);
	k->nactive = keep;
	if (k->force)
		kp_force_keep(k, &fc, i);
	for (size_t j = fresh; j < k->npool; j++)
		kp_activate_in_line(k, j);
}

/* The forced pass with no active node left (FOP's findBreakingPoints
 * with force): it goes on from the last too short line if one came
 * since, else from the cheapest too long one, from scratch (no
 * demerits) and with the sums of that break.  Returns the piece to go
 * on after, or -1 when there is nothing to restart from. */
static long kp_restart(kp_t *k)
{
	long ld = k->last_deact;
	if (ld >= 0 && ld != k->last_forced)
		*(k->pool[ld].r > 0 ? &k->too_short : &k->too_long) = (kp_cand_t){ 1, ld, k->pool[ld] };
	const kp_cand_t *c = &k->too_long;
	if (k->too_short.set && k->pool[k->last_forced].pos != k->too_short.nd.pos)
		c = &k->too_short;
	if (!c->set)
		return -1;
	if (c->idx >= 0) {
		k->pool[c->idx].dem = 0;
		kp_activate(k, (size_t)c->idx);
	} else {
		kp_push(k, c->nd);
		k->pool[k->npool - 1].dem = 0;
	}
	k->last_forced = (long)k->active[k->nactive - 1];
	const kp_node_t *nd = &k->pool[k->last_forced];
	k->too_long.set = k->too_short.set = 0;
	/* The node's sums take in the glue after the break: skip it (but
	 * after a line feed, spaces start the next line: kp_node_at()). */
	size_t i = nd->pos;
	int lf = k->pc[i].kind == PC_PEN && k->pc[i].pen <= -PEN_INF;
	while (!lf && i + 1 < k->n && k->pc[i + 1].kind != PC_BOX)
		i++;
	return (long)i;
}

/* Returns the final node, or -1 when no breaks within the threshold exist. */
static long kp_run(kp_t *k)
{
	k->npool = k->nactive = 0;
	k->lw = kp_mpt(k->width);
	k->lw_cut = kp_mpt(k->width - k->cut);
	k->last_forced = 0;
	k->too_long.set = k->too_short.set = 0;
	const kp_sum_t *t0 = &k->sum[0];
	kp_node_t start = { 0, 1, t0->w, t0->st, t0->sh, t0->fil, 0, 0, -1, 0 };
	kp_push(k, start);
	for (size_t i = 0; i < k->n; i++) {
		const fo_piece_t *pc = &k->pc[i];
		int legal = pc->kind == PC_GLUE ? i > 0 && k->pc[i - 1].kind == PC_BOX
		          : pc->kind == PC_PEN && pc->pen < PEN_INF && (k->hyph || pc->flagged != PF_HYPH);
		if (legal) {
			const kp_sum_t *t = &k->sum[i];
			k->sw = t->w;
			k->sst = t->st;
			k->ssh = t->sh;
			k->sfil = t->fil;
			kp_try(k, i);
		}
		if (k->nactive > 0)
			continue;
		long at = k->force ? kp_restart(k) : -1;
		if (at < 0)
			return -1;
		i = (size_t)at;
	}
	long best = -1;
	for (size_t a = 0; a < k->nactive; a++) {
		const kp_node_t *nd = &k->pool[k->active[a]];
		if (nd->pos == k->n - 1 && (best < 0 || nd->dem < k->pool[best].dem))
			best = (long)k->active[a];
	}
	return best;
}

/* Is there something to show between pieces a and b? */
static int boxes_between(const kp_t *k, size_t a, size_t b)
{
	for (size_t j = a + 1; j < b; j++)
		if (k->pc[j].kind == PC_BOX && (k->pc[j].w > 0 || k->pc[j].end > k->pc[j].start))
			return 1;
	return 0;
}

/* First fit, overfull when a word does not fit at all (never an empty
 * line: only a break with something before it is taken): for no-wrap,
 * with an infinite width, lines end only at forced breaks as FOP's
 * ONLY_FORCED_BREAKS; otherwise a last resort should the forced pass
 * find nothing to restart from (kp_restart()). */
static long greedy_run(kp_t *k)
{
	k->npool = 0;
	kp_node_t start = { 0, 1, 0, 0, 0, 0, 0, 0, -1, 0 };
	k->pool = xgrow(k->pool, &k->pool_cap, 1, sizeof *k->pool);
	k->pool[k->npool++] = start;
	long cur = 0, cand = -1;
	double w = 0, cand_r = 0;
	int boxed = 0;           /* a box since the last break: no empty lines */
	for (size_t i = 0; i < k->n; i++) {
		const fo_piece_t *pc = &k->pc[i];
		int breakable = (pc->kind == PC_GLUE && i > 0 && k->pc[i - 1].kind == PC_BOX) ||
		                (pc->kind == PC_PEN && pc->pen < PEN_INF && (k->hyph || pc->flagged != PF_HYPH));
		if (breakable && w > kp_width(k, k->pool[cur].line) && cand >= 0 &&
		    boxes_between(k, (size_t)cand, i)) {
			k->sw = w;
			kp_node_t from = k->pool[cur];
			k->pool = xgrow(k->pool, &k->pool_cap, k->npool + 1, sizeof *k->pool);
			k->pool[k->npool] = (kp_node_t){ (size_t)cand, 1, 0, 0, 0, 0, 0, cand_r, cur, from.line + 1 };
			cur = (long)k->npool++;
			w = 0;
			boxed = 1;
			for (size_t j = (size_t)cand + 1; j <= i; j++)
				if (k->pc[j].kind != PC_PEN && !(j == (size_t)cand + 1 && k->pc[j].kind == PC_GLUE))
					w += k->pc[j].w;
			cand = -1;
		}
		if (breakable && boxed) {
			cand = (long)i;
			cand_r = 0;
		}
		boxed |= pc->kind == PC_BOX;
		if (pc->kind == PC_PEN && pc->pen <= -PEN_INF) {
			kp_node_t from = k->pool[cur];
			k->pool = xgrow(k->pool, &k->pool_cap, k->npool + 1, sizeof *k->pool);
			k->pool[k->npool] = (kp_node_t){ i, 1, 0, 0, 0, 0, 0, 0, cur, from.line + 1 };
			cur = (long)k->npool++;
			w = 0;
			cand = -1;
			boxed = 0;
			continue;
		}
		if (pc->kind != PC_PEN)
			w += pc->w;
	}
	return cur;
}

/* ---------- lines ---------- */

static const fo_style_t *piece_style(const fo_para_t *p, const fo_piece_t *pc)
{
	return p->nspans ? p->spans[pc->span].st : p->block;
}

/* ---------- shaped boxes ---------- */

/* The HarfBuzz font of a shaped box; *scale: its units per em. */
static hb_font_t *box_font(const fo_para_t *p, const fo_piece_t *pc, double *scale)
{
	fo_face_t *fc = face_get(p->fonts, piece_style(p, pc));
	if (pc->face == 0) {
		*scale = fc->xscale;
		return fc->hb;
	}
	hb_font_t *hb = fo_fallback_hb(p->fonts->fallback, pc->face, fc->bold);
	int xs = 0, ys = 0;
	hb_font_get_scale(hb, &xs, &ys);
	*scale = xs > 0 ? xs : 1;
	return hb;
}

/* Shapes box pc into buf: glyphs in visual order, clusters as byte
 * offsets in the paragraph's text (the text around the box is the
 * shaper's context: Arabic letters join across a change of font).
 * Returns the font's units per em. */
static double box_shape(const fo_para_t *p, const fo_piece_t *pc, hb_buffer_t *buf)
{
	const fo_style_t *st = piece_style(p, pc);
	hb_buffer_clear_contents(buf);
	hb_buffer_add_utf8(buf, p->text.data, (int)p->text.len, pc->start,
	                   (int)(pc->end - pc->start));
	hb_buffer_set_direction(buf, pc->level & 1 ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
	if (st->language)
		hb_buffer_set_language(buf, hb_language_from_string(st->language, -1));
	hb_buffer_guess_segment_properties(buf);
	/* A cluster per character where the glyphs allow it (as Pango): a
	 * glyph then maps to its character, with no ActualText needed. */
	hb_buffer_set_cluster_level(buf, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
	double scale;
	hb_font_t *font = box_font(p, pc, &scale);
	hb_shape(font, buf, NULL, 0);
	return scale;
}

/* The widths of the shaped boxes: their glyphs' advances. */
static void pieces_shape(fo_para_t *p)
{
	hb_buffer_t *buf = NULL;
	for (size_t i = 0; i < p->npieces; i++) {
		fo_piece_t *pc = &p->pieces[i];
		if (!pc->shaped)
			continue;
		if (buf == NULL)
			buf = hb_buffer_create();
		double scale = box_shape(p, pc, buf);
		unsigned n = 0;
		const hb_glyph_position_t *pos = hb_buffer_get_glyph_positions(buf, &n);
		double adv = 0;
		for (unsigned k = 0; k < n; k++)
			adv += pos[k].x_advance;
		pc->w = (float)mpt(adv / scale * piece_style(p, pc)->font_size);
	}
	if (buf)
		hb_buffer_destroy(buf);
}

/* The bidirectional levels of the text (fo_bidi): the block's
 * writing-mode its base direction. */
static void para_levels(fo_para_t *p)
{
	free(p->levels);
	p->levels = fo_bidi_levels(p->text.data, p->text.len, p->block->rtl, p->bidi, p->nbidi);
}

/* The half-leading of st; *a and *d its font's ascent and descent. */
static double half_leading(const fo_style_t *st, double *a, double *d)
{
	fo_font_extents(st->family, st->font_size, a, d);
	return (fo_style_line_height(st) - (*a + *d)) / 2.0;
}

/* The extent of st's font above and below the line's baseline. */
static void style_extent(const fo_style_t *st, double *top, double *bottom)
{
	double a, d;
	fo_font_extents(st->family, st->font_size, &a, &d);
	double t = a + st->baseline_shift, b = d - st->baseline_shift;
	if (t > *top)
		*top = t;
	if (b > *bottom)
		*bottom = b;
}

/* An object (a graphic) stands on the baseline; an inline-container's
 * lines after its first go below it. */
static void object_extent(const fo_inline_obj_t *o, double *top, double *bottom)
{
	if (o->h > *top)
		*top = o->h;
	if (o->depth > 0 && o->depth > *bottom)
		*bottom = o->depth;
}

/* Line areas as FOP 2.8 makes them (LineLayoutManager): the tallest
 * ascent of the line's inline areas, each raised by its shift, above the
 * baseline, and the deepest descent below, starting from the block's own
 * font; the block's half-leading above and below them.  An inline's own
 * line-height does not count. */
static void line_measure(const fo_para_t *p, fo_line_t *ln)
{
	double a, d, hl = half_leading(p->block, &a, &d);
	double top = a + p->block->baseline_shift, bottom = d - p->block->baseline_shift;
	const fo_style_t *prev = NULL;
	for (size_t i = ln->first; i < ln->last; i++) {
		const fo_piece_t *pc = &p->pieces[i];
		if (pc->kind != PC_BOX || pc->start == pc->end)
			continue;
		const fo_style_t *st = piece_style(p, pc);
		if (pc->leader)
			object_extent(&p->objs[pc->leader - 1], &top, &bottom);
		if (st != prev)
			style_extent(st, &top, &bottom);
		prev = st;
	}
	ln->height = top + bottom + 2 * hl;
	ln->baseline = top + hl;
}

static double glue_width(const fo_piece_t *pc, double r)
{
	if (pc->kind == PC_PEN)
		return 0;
	return pc->w + (r > 0 ? r * pc->stretch : r * pc->shrink);
}

/* Leaders take the line's adjustment whatever the alignment (FOP). */
static double piece_width(const fo_line_t *ln, const fo_piece_t *pc)
{
	return glue_width(pc, pc->leader ? ln->rl : ln->r);
}

static fo_align_t line_align(const fo_style_t *b, int last)
{
	if (!last)
		return b->text_align;
	if (b->text_align_last != FO_ALIGN_RELATIVE)
		return b->text_align_last;
	return b->text_align == FO_ALIGN_JUSTIFY ? FO_ALIGN_START : b->text_align;
}

static void line_place(const fo_para_t *p, fo_line_t *ln, int ends_forced, double width)
{
	fo_align_t al = line_align(p->block, ends_forced);
	ln->rl = fabs(ln->r) >= KP_INF_RATIO ? 0 : ln->r < -1 ? -1 : ln->r;
	/* The last line's filler takes what it lacks: its leaders stay. */
	if (ends_forced && al != FO_ALIGN_JUSTIFY && ln->rl > 0)
		ln->rl = 0;
	if (al != FO_ALIGN_JUSTIFY || ln->r >= KP_INF_RATIO)
		ln->r = 0;
	double nw = 0;
	for (size_t i = ln->first; i < ln->last; i++)
		nw += p->pieces[i].kind == PC_GLUE && p->pieces[i].stretch > 0 && p->pieces[i].w == 0
		      ? 0 : piece_width(ln, &p->pieces[i]);
	if (p->pieces[ln->last].flagged)
		nw += p->pieces[ln->last].w;  /* the hyphen */
	ln->x = al == FO_ALIGN_END ? width - nw : al == FO_ALIGN_CENTER ? (width - nw) / 2 : 0;
	line_measure(p, ln);
}

/* Appends the lines of k's run ending at node last to p's (cap: the
 * room in p->lines). */
static void lines_add(fo_para_t *p, const kp_t *k, long last, size_t *cap)
{
	size_t off = (size_t)(k->pc - p->pieces);
	int n = 0;
	for (long i = last; i > 0; i = k->pool[i].prev)
		n++;
	p->lines = xgrow(p->lines, cap, (size_t)(p->nlines + n), sizeof *p->lines);
	int li = p->nlines + n;
	for (long i = last; i > 0; i = k->pool[i].prev)
		p->lines[--li] = (fo_line_t){ .last = k->pool[i].pos + off, .r = k->pool[i].r };
	p->nlines += n;
}

/* Places p's lines, the first starting at piece start. */
static void lines_build(fo_para_t *p, size_t start, double width)
{
	int forced = 0;
	for (int l = 0; l < p->nlines; l++) {
		fo_line_t *ln = &p->lines[l];
		/* glue and penalties after a break are discarded; after a line
		 * feed, spaces white-space-treatment keeps start the line (FOP:
		 * a new paragraph) */
		while (!forced && start < ln->last && p->pieces[start].kind != PC_BOX)
			start++;
		ln->first = start;
		const fo_piece_t *brk = &p->pieces[ln->last];
		forced = brk->kind == PC_PEN && brk->pen <= -PEN_INF;
		int cut = l < p->narrow;
		line_place(p, ln, forced, cut ? width - p->cut : width);
		if (cut && p->cut_start)
			ln->x += p->cut;
		start = ln->last + 1;
	}
}

static int para_has_hyph_points(const fo_para_t *p)
{
	for (size_t i = 0; i < p->npieces; i++)
		if (p->pieces[i].flagged == PF_HYPH)
			return 1;
	return 0;
}

/* FOP's tries (LineLayoutManager.findOptimalBreakingPoints): threshold 1
 * without hyphenation; if that fails, or always when the text is
 * justified, threshold 1 with hyphenation, else 5; if that fails too, 20
 * forced (kp_restart(): it always finds breaks).  hyph: the paragraph
 * has hyphenation points.  Of a justified paragraph's first two tries FOP keeps the
 * first when both give as many lines or the first has no more demerits
 * (LineLayoutPossibilities.restorePossibilities): *k then gets k1's run. */
static long para_break(const fo_para_t *p, kp_t *k, kp_t *k1, int hyph)
{
	int justify = p->block->text_align == FO_ALIGN_JUSTIFY;
	long first = kp_run(k);
	if (first >= 0 && !justify)
		return first;
	if (first >= 0) {
		free(k1->pool);
		free(k1->active);
		*k1 = *k;
		k->pool = NULL;
		k->active = NULL;
		k->pool_cap = k->act_cap = 0;
	}
	k->hyph = hyph;
	k->thr = hyph ? 1 : 5;
	long last = kp_run(k);
	if (last < 0) {
		k->thr = 20;
		k->force = 1;
		last = kp_run(k);
	}
	if (first < 0)
		return last;
	if (last < 0 || k1->pool[first].line == k->pool[last].line ||
	    k->pool[last].dem >= k1->pool[first].dem) {
		kp_t t = *k;
		*k = *k1;
		*k1 = t;
		return first;
	}
	return last;
}

/* Whether text in st gets rectangles drawn (piece_rects()). */
static int style_has_rects(const fo_style_t *st)
{
	return st->background.a > 0 || st->decoration != 0;
}

static void para_lines(fo_para_t *p, size_t first, double width);

void fo_para_beside(fo_para_t *p, double h, double cut, int start)
{
	p->beside_h = h;
	p->cut = cut;
	p->cut_start = start;
}

/* The lines a float beside the paragraph cuts: those starting within its
 * height, each line as tall as the block's strut. */
static int para_narrow_lines(const fo_para_t *p)
{
	if (p->beside_h <= 0 || p->cut <= 0)
		return 0;
	double strut = fo_style_line_height(p->block);
	return strut > 0 ? (int)ceil(p->beside_h / strut - 1e-6) : 0;
}

void fo_para_layout(fo_para_t *p, fo_fonts_t *f, double width, double first_indent)
{
	para_trim_end(p);
	p->fonts = f;
	p->width = width;
	if (first_indent != 0)
		piece_add(p, PC_BOX, 0, 0, 0)->w = (float)first_indent;
	para_levels(p);
	para_pieces(p);
	pieces_shape(p);
	p->rects = style_has_rects(p->block) && p->nspans == 0;
	for (size_t i = 0; i < p->nspans; i++)
		p->rects |= style_has_rects(p->spans[i].st);
	p->narrow = para_narrow_lines(p);
	para_lines(p, 0, width);
}

/* Breaks p's pieces from piece first on into lines width wide. */
/* The totals of p's pieces from piece first before each piece on. */
static kp_sum_t *para_sums(const fo_para_t *p, size_t first)
{
	kp_sum_t *sum = xmalloc((p->npieces - first + 1) * sizeof *sum), t = { 0 };
	for (size_t i = first; i < p->npieces; i++) {
		sum[i - first] = t;
		const fo_piece_t *pc = &p->pieces[i];
		if (pc->kind == PC_PEN)
			continue;
		t.w += kp_mpt(pc->w);
		if (pc->stretch != 0 || pc->shrink != 0) {  /* boxes: letter spaces */
			t.st += kp_mpt(pc->stretch);
			t.sh += kp_mpt(pc->shrink);
		}
		t.fil += pc->fil;
	}
	sum[p->npieces - first] = t;
	return sum;
}

/* Where the line-feed-delimited part of p's pieces from piece s ends
 * (after its forced break). */
static size_t para_part_end(const fo_para_t *p, size_t s)
{
	while (s < p->npieces && !(p->pieces[s].kind == PC_PEN && p->pieces[s].pen <= -PEN_INF))
		s++;
	return s < p->npieces ? s + 1 : s;
}

/* Breaks p's pieces from piece first on into lines width wide: each part
 * up to a line feed on its own, as FOP makes each a paragraph of its own
 * (LineLayoutManager.collectInlineKnuthElements), with its own tries. */
static void para_lines(fo_para_t *p, size_t first, double width)
{
	kp_t k = { .width = floor(width * 1000) / 1000, .ladder = p->block->hyph_ladder,
	           .narrow = p->narrow, .cut = p->cut };
	kp_t k1 = { 0 };
	int hyph = para_has_hyph_points(p);
	kp_sum_t *sum = para_sums(p, first);
	size_t cap = 0;
	p->lines = NULL;
	p->nlines = 0;
	for (size_t s = first, e; s < p->npieces; s = e) {
		e = para_part_end(p, s);
		k.pc = p->pieces + s;
		k.sum = sum + (s - first);
		k.n = e - s;
		k.thr = 1.0;
		k.hyph = k.force = 0;
		k.width = floor(width * 1000) / 1000;
		k.line0 = p->nlines;
		long last = p->block->nowrap ? -1 : para_break(p, &k, &k1, hyph);
		if (last < 0) {
			k.width = p->block->nowrap ? INFINITY : width;
			last = greedy_run(&k);
		}
		lines_add(p, &k, last, &cap);
	}
	if (!p->lines)
		p->lines = xcalloc(1, sizeof *p->lines);
	lines_build(p, first, width);
	free(sum);
	free(k.pool);
	free(k.active);
	free(k1.pool);
	free(k1.active);
}

fo_para_t *fo_para_continue(fo_para_t *p, int line, double width)
{
	fo_para_t *q = xmalloc(sizeof *q);
	memcpy(q, p, sizeof *q);
	atomic_init(&q->refs, 1);
	q->base = fo_para_ref(p->base ? p->base : p);
	q->width = width;
	q->lines = NULL;
	para_lines(q, p->lines[line].first, width);
	return q;
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

size_t fo_para_line_start(const fo_para_t *p, int i)
{
	return p->pieces[p->lines[i].first].start;
}

int fo_para_line_of(const fo_para_t *p, size_t off)
{
	for (int i = p->nlines - 1; i > 0; i--)
		if (p->pieces[p->lines[i].first].start <= off)
			return i;
	return 0;
}

/* ---------- drawing ---------- */

struct fo_glyphs {
	cairo_glyph_t *g;
	size_t n, cap;
	const fo_style_t *st;    /* the look of the glyphs waiting */
	fo_face_t *fc;
	/* The faces drawn: the layout's fonts and metrics, with glyph caches
	 * of the drawing's own (the layout fills its caches meanwhile). */
	fo_face_t faces[FO_FAMILIES * 4];
};

fo_glyphs_t *fo_glyphs_new(void)
{
	return xcalloc(1, sizeof(fo_glyphs_t));
}

void fo_glyphs_free(fo_glyphs_t *run)
{
	if (run == NULL)
		return;
	for (size_t i = 0; i < sizeof run->faces / sizeof run->faces[0]; i++) {
		free(run->faces[i].okeys);
		free(run->faces[i].ovals);
	}
	free(run->g);
	free(run);
}

/* The drawing's copy of the face of st (see fo_glyphs_t). */
static fo_face_t *run_face(fo_glyphs_t *run, fo_fonts_t *fonts, const fo_style_t *st)
{
	fo_face_t *own = &run->faces[face_index(st)];
	if (own->loaded)
		return own;
	const fo_face_t *fc = face_get(fonts, st);
	own->pf = fc->pf;        /* borrowed: the fonts outlive the drawing */
	own->hb = fc->hb;
	own->xscale = fc->xscale;
	own->cf = fc->cf;
	own->loaded = 1;
	return own;
}

void fo_glyphs_flush(fo_glyphs_t *run, cairo_t *cr)
{
	if (run->n == 0)
		return;
	const fo_color_t *c = &run->st->color;
	cairo_set_source_rgb(cr, c->r, c->g, c->b);
	cairo_set_font_face(cr, run->fc->cf);
	cairo_set_font_size(cr, run->st->font_size);
	cairo_show_glyphs(cr, run->g, (int)run->n);
	run->n = 0;
	run->st = NULL;          /* styles may go once drawn */
	run->fc = NULL;
}

static int same_look(const fo_style_t *a, const fo_style_t *b)
{
	return a == b || (a->font_size == b->font_size && a->family == b->family &&
	       (a->font_weight >= 600) == (b->font_weight >= 600) && a->italic == b->italic &&
	       a->color.r == b->color.r && a->color.g == b->color.g && a->color.b == b->color.b);
}

static void run_style(const fo_para_t *p, fo_glyphs_t *run, cairo_t *cr, const fo_style_t *st)
{
	if (run->st == st)
		return;
	if (run->n > 0 && !same_look(run->st, st))
		fo_glyphs_flush(run, cr);
	run->st = st;
	run->fc = run_face(run, p->fonts, st);
}

/* Room for n more glyphs. */
static cairo_glyph_t *run_reserve(fo_glyphs_t *run, size_t n)
{
	if (run->n + n > run->cap)
		run->g = xgrow(run->g, &run->cap, run->n + n, sizeof *run->g);
	return run->g + run->n;
}

/* The hyphen at the end of a line broken at a hyphenation point. */
static void hyphen_glyph(const fo_para_t *p, const fo_piece_t *pen, fo_glyphs_t *run,
                         cairo_t *cr, double x, double y)
{
	const fo_style_t *st = piece_style(p, pen);
	run_style(p, run, cr, st);
	const char *h = st->hyph_char;
	fo_glyph_t g = glyph_get(run->fc, utf8_next(&h));
	*run_reserve(run, 1) = (cairo_glyph_t){ g.glyph, x, y - st->baseline_shift };
	run->n++;
}

/* The cairo clusters of a shaped box over text bytes [start, end), its
 * n glyphs given in text order with their cluster values cv (the byte
 * where each one's text starts) and whether one is moved off its pen
 * position: one cluster per character where glyphs and characters
 * correspond one to one, so that each glyph maps to its character;
 * else, left to right, one for the whole box, which cairo writes as
 * ActualText (text extraction takes a mark moved onto the letter before
 * it for a word break, and would split the word there).  Returns how
 * many. */
static int shaped_clusters(const uint32_t *cv, unsigned n, int moved, size_t start, size_t end,
                           int rtl, cairo_text_cluster_t *cl)
{
	int ncl = 0, whole = moved;
	for (unsigned i = 0; i < n; i++) {
		if (i == 0 || cv[i] != cv[i - 1])
			cl[ncl++] = (cairo_text_cluster_t){ 0, 0 };
		cl[ncl - 1].num_glyphs++;
		whole |= cl[ncl - 1].num_glyphs > 1;
	}
	if (whole && !rtl) {
		cl[0] = (cairo_text_cluster_t){ (int)(end - start), (int)n };
		return 1;
	}
	/* Each cluster's text reaches the next cluster's start. */
	unsigned g = 0;
	for (int j = 0; j < ncl; j++) {
		unsigned next = g + (unsigned)cl[j].num_glyphs;
		size_t from = cv[g] < start ? start : cv[g], to = next < n ? cv[next] : end;
		cl[j].num_bytes = (int)(to - from);
		g = next;
	}
	return ncl;
}

/* A shaped box, with its text (cairo_show_text_glyphs()), so that text
 * extraction gives back the characters the glyphs stand for.  Right to
 * left, HarfBuzz gives the glyphs from the left: they go to cairo in
 * text order (cairo 1.16 checks backward clusters wrongly). */
static void piece_shaped_draw(const fo_para_t *p, const fo_piece_t *pc, fo_glyphs_t *run,
                              cairo_t *cr, double x, double y)
{
	const fo_style_t *st = piece_style(p, pc);
	fo_glyphs_flush(run, cr);
	hb_buffer_t *buf = hb_buffer_create();
	double k = st->font_size / box_shape(p, pc, buf);
	unsigned n = 0;
	const hb_glyph_info_t *info = hb_buffer_get_glyph_infos(buf, &n);
	const hb_glyph_position_t *pos = hb_buffer_get_glyph_positions(buf, &n);
	cairo_glyph_t *g = xcalloc(n ? n : 1, sizeof *g);
	uint32_t *cv = xcalloc(n ? n : 1, sizeof *cv);
	cairo_text_cluster_t *cl = xcalloc(n ? n : 1, sizeof *cl);
	int rtl = pc->level & 1, moved = 0;
	y -= st->baseline_shift;
	for (unsigned i = 0; i < n; i++) {
		unsigned at = rtl ? n - 1 - i : i;
		g[at] = (cairo_glyph_t){ info[i].codepoint, x + pos[i].x_offset * k, y - pos[i].y_offset * k };
		cv[at] = info[i].cluster;
		moved |= pos[i].x_offset != 0;
		x += pos[i].x_advance * k;
	}
	int ncl = shaped_clusters(cv, n, moved, pc->start, pc->end, rtl, cl);
	fo_face_t *fc = face_get(p->fonts, st);
	cairo_font_face_t *cf = pc->face ? fo_fallback_cairo(p->fonts->fallback, pc->face, fc->bold)
	                                 : fc->cf;
	cairo_set_source_rgb(cr, st->color.r, st->color.g, st->color.b);
	cairo_set_font_face(cr, cf);
	cairo_set_font_size(cr, st->font_size);
	cairo_show_text_glyphs(cr, p->text.data + pc->start, (int)(pc->end - pc->start), g, (int)n,
	                       cl, ncl, 0);
	free(cl);
	free(cv);
	free(g);
	hb_buffer_destroy(buf);
}

/* What a justified line adds to each letter space of a piece: FOP's
 * letterSpaceDim, in whole millipoints (the word spaces take the rest). */
static double letter_gap(const fo_style_t *st, double r)
{
	const fo_space_t *ls = &st->letter_spacing;
	double d = r > 0 ? r * space_stretch(ls) : r * space_shrink(ls);
	return ls->opt + trunc(d * 1000) / 1000;
}

/* Draws a piece's glyphs from x, its letter spaces as a line of ratio r
 * sets them; returns how far they reach when a page number was drawn in
 * it (its width may differ from the number's it was laid out with), else
 * -1. */
static double piece_glyphs(const fo_para_t *p, const fo_piece_t *pc, fo_glyphs_t *run,
                           cairo_t *cr, double x, double y, double r, const char *label)
{
	double x0 = x;
	int numbered = 0;
	const fo_style_t *st = piece_style(p, pc);
	double gap = letter_gap(st, r);
	run_style(p, run, cr, st);
	const char *s = p->text.data + pc->start, *end = p->text.data + pc->end;
	/* a glyph per byte at most, and the page's number where another was
	 * laid out (it may have gained a digit: 9 laid out, page 10) */
	size_t extra = label ? p->npnums * strlen(label) : 0;
	cairo_glyph_t *out = run_reserve(run, pc->end - pc->start + extra);
	y -= st->baseline_shift;
	while (s < end) {
		long pn = p->npnums ? pnum_at(p, (size_t)(s - p->text.data), label) : -1;
		const char *shown = pn < 0 ? s : label;
		const char *stop = pn < 0 ? NULL : label + strlen(label);
		if (pn >= 0) {
			s = p->text.data + p->pnums[pn][1];
			if (s > end)
				s = end;
			numbered = 1;
		}
		do {
			uint32_t c = utf8_next(&shown);
			fo_glyph_t g = glyph_get(run->fc, c);
			*out++ = (cairo_glyph_t){ g.glyph, x, y };
			x += g.adv * st->font_size + gap;
		} while (stop && shown < stop);
		if (pn < 0)
			s = shown;
	}
	run->n = (size_t)(out - run->g);
	return numbered ? x - x0 : -1;
}

/* Dots and use-content as FOP's filled area: as many whole patterns as
 * fit, from the start, each as wide as the pattern's text or
 * leader-pattern-width; rules through fo_leader. */
static void leader_draw(const fo_para_t *p, const fo_piece_t *pc, fo_glyphs_t *run,
                        cairo_t *cr, double x, double base, double w)
{
	const fo_leader_t *ld = &p->leaders[pc->leader - 1];
	const fo_style_t *st = piece_style(p, pc);
	if (ld->pattern == FO_LEADER_RULE) {
		fo_glyphs_flush(run, cr);
		fo_leader_rule_draw(cr, ld, st, x, base - st->baseline_shift, w);
		return;
	}
	if (ld->pattern != FO_LEADER_DOTS && ld->pattern != FO_LEADER_USE_CONTENT)
		return;
	run_style(p, run, cr, st);
	const char *pat = ld->pattern == FO_LEADER_DOTS ? "." : ld->content;
	const char *end = pat + (ld->pattern == FO_LEADER_DOTS ? 1 : ld->content_len);
	double text_w = 0;
	size_t glyphs = 0;
	for (const char *s = pat; s < end; glyphs++)
		text_w += glyph_get(run->fc, utf8_next(&s)).adv * st->font_size;
	double pw = fo_len_resolve(ld->pattern_width, p->width);
	double unit = pw > mpt(text_w) ? pw : mpt(text_w);
	if (unit <= 0)
		return;
	long n = (long)((w + 1e-6) / unit);
	if (n <= 0)
		return;
	cairo_glyph_t *out = run_reserve(run, (size_t)n * glyphs);
	for (long i = 0; i < n; i++) {
		double gx = x + (double)i * unit;
		for (const char *s = pat; s < end;) {
			fo_glyph_t g = glyph_get(run->fc, utf8_next(&s));
			*out++ = (cairo_glyph_t){ g.glyph, gx, base - st->baseline_shift };
			gx += g.adv * st->font_size;
		}
	}
	run->n += (size_t)n * glyphs;
}

/* Inline backgrounds (before the text) and decorations (after it); the
 * glyphs waiting go first, so that everything is painted in order. */
static void piece_rects(const fo_para_t *p, const fo_piece_t *pc, fo_glyphs_t *run,
                        cairo_t *cr, double x, double w, double base, int deco)
{
	const fo_style_t *st = piece_style(p, pc);
	double fs = st->font_size, y = base - st->baseline_shift;
	if (st->hidden)
		return;
	if (!deco && st->background.a > 0) {
		double a, d;
		fo_font_extents(st->family, fs, &a, &d);
		fo_glyphs_flush(run, cr);
		cairo_set_source_rgb(cr, st->background.r, st->background.g, st->background.b);
		cairo_rectangle(cr, x, y - a, w, a + d);
		cairo_fill(cr);
	}
	if (!deco || st->decoration == 0)
		return;
	fo_glyphs_flush(run, cr);
	cairo_set_source_rgb(cr, st->color.r, st->color.g, st->color.b);
	/* Helvetica's underline position and thickness, as FOP draws them. */
	if (st->decoration & FO_DECO_UNDERLINE)
		cairo_rectangle(cr, x, y + 0.1 * fs - 0.025 * fs, w, 0.05 * fs);
	if (st->decoration & FO_DECO_OVERLINE)
		cairo_rectangle(cr, x, y - 0.718 * fs, w, 0.05 * fs);
	if (st->decoration & FO_DECO_LINE_THROUGH)
		cairo_rectangle(cr, x, y - 0.3 * fs, w, 0.05 * fs);
	cairo_fill(cr);
}

/* The level of a piece: its first character's. */
static uint8_t piece_level(const fo_para_t *p, const fo_piece_t *pc)
{
	if (pc == p->pieces && pc->kind == PC_BOX && pc->start == pc->end && !pc->leader)
		return p->block->rtl;  /* text-indent: at the start edge */
	return pc->start < p->text.len ? p->levels[pc->start] : 0;
}

/* Line ln's pieces in the order they are drawn, left to right (UAX #9,
 * rule L2: from the highest level down to the lowest odd one, every run
 * at that level or above is reversed), or NULL when that is the order
 * of the text.  The caller frees it. */
static size_t *line_visual(const fo_para_t *p, const fo_line_t *ln)
{
	if (p->levels == NULL || ln->last <= ln->first)
		return NULL;
	size_t n = ln->last - ln->first;
	uint8_t top = 0;
	for (size_t i = ln->first; i < ln->last; i++)
		if (piece_level(p, &p->pieces[i]) > top)
			top = piece_level(p, &p->pieces[i]);
	if (top == 0)
		return NULL;
	size_t *ord = xmalloc(n * sizeof *ord);
	uint8_t *lv = xmalloc(n);
	for (size_t j = 0; j < n; j++) {
		ord[j] = ln->first + j;
		lv[j] = piece_level(p, &p->pieces[ord[j]]);
	}
	for (int level = top; level >= 1; level--) {
		for (size_t a = 0; a < n;) {
			if (lv[a] < level) {
				a++;
				continue;
			}
			size_t b = a;
			while (b < n && lv[b] >= level)
				b++;
			for (size_t i = a, j = b - 1; i < j; i++, j--) {
				size_t t = ord[i]; ord[i] = ord[j]; ord[j] = t;
				uint8_t u = lv[i]; lv[i] = lv[j]; lv[j] = u;
			}
			a = b;
		}
	}
	free(lv);
	return ord;
}

/* The j-th piece of line ln from the left (ord: line_visual()'s). */
static size_t line_piece(const fo_line_t *ln, const size_t *ord, size_t j)
{
	return ord ? ord[j] : ln->first + j;
}

static void line_rects(const fo_para_t *p, const fo_line_t *ln, fo_glyphs_t *run, cairo_t *cr,
                       double x, double base, int deco)
{
	size_t *ord = line_visual(p, ln);
	for (size_t j = 0; j < ln->last - ln->first; j++) {
		size_t i = line_piece(ln, ord, j);
		const fo_piece_t *pc = &p->pieces[i];
		double w = piece_width(ln, pc);
		int inner = pc->kind == PC_BOX || (i + 1 < ln->last && i > ln->first);
		if (w > 0 && inner && pc->kind != PC_PEN)
			piece_rects(p, pc, run, cr, x, w, base, deco);
		x += w;
	}
	free(ord);
}

/* The width of line ln's pieces, its hyphen left out. */
static double line_width(const fo_para_t *p, const fo_line_t *ln)
{
	double w = 0;
	for (size_t i = ln->first; i < ln->last; i++)
		w += piece_width(ln, &p->pieces[i]);
	return w;
}

void fo_para_line_draw(const fo_para_t *p, int i, cairo_t *cr, fo_glyphs_t *run, double x,
                       double y, const char *page_label)
{
	const fo_line_t *ln = &p->lines[i];
	double x0 = x + ln->x, base = y + ln->baseline;
	/* in a mirrored area, the line stands where the mirror puts it and
	 * its pieces, in their visual order, are drawn upright */
	int upright = 0;
	if (fo_bidi_mirrored(cr)) {
		fo_glyphs_flush(run, cr);
		upright = fo_bidi_upright(cr, x0, line_width(p, ln));
	}
	if (p->rects)
		line_rects(p, ln, run, cr, x0, base, 0);
	double at = x0;
	size_t *ord = line_visual(p, ln);
	for (size_t j = 0; j < ln->last - ln->first; j++) {
		const fo_piece_t *pc = &p->pieces[line_piece(ln, ord, j)];
		double drawn = -1;
		if (piece_style(p, pc)->hidden) {
			;  /* visibility="hidden": laid out, not drawn */
		} else if (pc->kind == PC_BOX && pc->leader) {
			const fo_inline_obj_t *o = &p->objs[pc->leader - 1];
			fo_glyphs_flush(run, cr);
			o->draw(o->data, cr, at, base - o->h);
		} else if (pc->kind == PC_BOX && pc->shaped && pc->end > pc->start) {
			piece_shaped_draw(p, pc, run, cr, at, base);
		} else if (pc->kind == PC_BOX && pc->end > pc->start) {
			drawn = piece_glyphs(p, pc, run, cr, at, base, ln->r, page_label);
		} else if (pc->leader) {
			leader_draw(p, pc, run, cr, at, base, piece_width(ln, pc));
		}
		/* a page number wider than the one laid out (10 for 9) pushes
		 * what follows it on the line, as FOP's number does */
		at += drawn >= 0 ? drawn : piece_width(ln, pc);
	}
	free(ord);
	const fo_piece_t *brk = &p->pieces[ln->last];
	if (brk->flagged && !piece_style(p, brk)->hidden)
		hyphen_glyph(p, brk, run, cr, at, base);
	if (p->rects)
		line_rects(p, ln, run, cr, x0, base, 1);
	if (upright) {
		fo_glyphs_flush(run, cr);
		cairo_restore(cr);
	}
}

/* ---------- where text is on a line (links) ---------- */

int fo_para_range_x(const fo_para_t *p, int i, size_t start, size_t end, double *x0,
                    double *x1)
{
	const fo_line_t *ln = &p->lines[i];
	double at = ln->x;
	int found = 0;
	size_t *ord = line_visual(p, ln);
	for (size_t j = 0; j < ln->last - ln->first; j++) {
		const fo_piece_t *pc = &p->pieces[line_piece(ln, ord, j)];
		double w = glue_width(pc, ln->r);
		if (pc->kind == PC_BOX && pc->end > pc->start && pc->start < end && pc->end > start) {
			if (!found || at < *x0)
				*x0 = at;
			if (!found || at + w > *x1)
				*x1 = at + w;
			found = 1;
		}
		at += w;
	}
	free(ord);
	if (found && p->block->rtl) {  /* the line is drawn upright in a mirror (fo_bidi) */
		double a = 2 * ln->x + line_width(p, ln), t = *x0;
		*x0 = a - *x1;
		*x1 = a - t;
	}
	return found;
}
