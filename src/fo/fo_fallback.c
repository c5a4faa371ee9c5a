/* fo_fallback: see fo_fallback.h. */
#include "fo_fallback.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <cairo-ft.h>
#include <fontconfig/fontconfig.h>

#include "../util/paths.h"
#include "../util/xalloc.h"

typedef struct fb_font {
	const char *regular;     /* relative to the fonts folder, or absolute */
	const char *bold;        /* NULL: the regular face serves */
	unsigned index;          /* the face in a collection */
} fb_font_t;

/* In the order they are asked.  Arabic before Hebrew and the Indic
 * scripts: the latter carry a few Arabic-block characters too (U+0964,
 * danda, is in all the Indic fonts; it goes to the first). */
static const fb_font_t fb_fonts[] = {
	{ "noto/NotoNaskhArabic-Regular.ttf", "noto/NotoNaskhArabic-Bold.ttf", 0 },
	{ "noto/NotoSansHebrew-Regular.ttf", "noto/NotoSansHebrew-Bold.ttf", 0 },
	{ "noto/NotoSansDevanagari-Regular.ttf", "noto/NotoSansDevanagari-Bold.ttf", 0 },
	{ "noto/NotoSansBengali-Regular.ttf", "noto/NotoSansBengali-Bold.ttf", 0 },
	{ "noto/NotoSansGurmukhi-Regular.ttf", "noto/NotoSansGurmukhi-Bold.ttf", 0 },
	{ "noto/NotoSansGujarati-Regular.ttf", "noto/NotoSansGujarati-Bold.ttf", 0 },
	{ "noto/NotoSansTamil-Regular.ttf", "noto/NotoSansTamil-Bold.ttf", 0 },
	{ "noto/NotoSansThai-Regular.ttf", "noto/NotoSansThai-Bold.ttf", 0 },
	/* Noto Sans CJK SC (face 2 of the collections): simplified and
	 * traditional Chinese, Japanese kana, Korean hangul. */
	{ FO_CJK_DIR "/NotoSansCJK-Regular.ttc", FO_CJK_DIR "/NotoSansCJK-Bold.ttc", 2 },
	{ "noto/NotoSansSymbols-Regular.ttf", "noto/NotoSansSymbols-Bold.ttf", 0 },
	{ "noto/NotoSansSymbols2-Regular.ttf", NULL, 0 },
	/* Emoji, in black and white (Noto's are in colour only). */
	{ FO_EMOJI_FILE, NULL, 0 },
};

#define FB_N (sizeof fb_fonts / sizeof fb_fonts[0])

typedef struct fb_face {
	atomic_int state;        /* 0: not tried; 1: open; -1: not there */
	hb_font_t *hb;
	cairo_font_face_t *cf;   /* made on first drawing */
	atomic_int cf_set;
} fb_face_t;

struct fo_fallback {
	char *dir;
	pthread_mutex_t lock;
	fb_face_t faces[FB_N][2];
	fb_face_t liberation;    /* Liberation Sans, for fo_fallback_covers() */
};

fo_fallback_t *fo_fallback_new(const char *fonts_dir)
{
	fo_fallback_t *fb = xcalloc(1, sizeof *fb);
	fb->dir = xstrdup(fonts_dir);
	pthread_mutex_init(&fb->lock, NULL);
	return fb;
}

static void face_free(fb_face_t *fc)
{
	if (fc->hb)
		hb_font_destroy(fc->hb);
	if (fc->cf)
		cairo_font_face_destroy(fc->cf);
}

void fo_fallback_free(fo_fallback_t *fb)
{
	if (fb == NULL)
		return;
	for (size_t i = 0; i < FB_N; i++) {
		face_free(&fb->faces[i][0]);
		face_free(&fb->faces[i][1]);
	}
	face_free(&fb->liberation);
	pthread_mutex_destroy(&fb->lock);
	free(fb->dir);
	free(fb);
}

static char *font_path(const fo_fallback_t *fb, const char *file)
{
	return file[0] == '/' ? xstrdup(file) : paths_join(fb->dir, file);
}

static hb_font_t *hb_open(const char *path, unsigned index)
{
	hb_blob_t *blob = hb_blob_create_from_file_or_fail(path);
	if (blob == NULL)
		return NULL;
	hb_face_t *face = hb_face_create(blob, index);
	hb_blob_destroy(blob);
	if (hb_face_get_glyph_count(face) == 0) {
		hb_face_destroy(face);
		return NULL;
	}
	hb_font_t *font = hb_font_create(face);
	hb_face_destroy(face);
	hb_font_make_immutable(font);
	return font;
}

/* Opens fc from file (once; a file that is not there stays closed). */
static int face_open(fo_fallback_t *fb, fb_face_t *fc, const char *file, unsigned index)
{
	int st = atomic_load_explicit(&fc->state, memory_order_acquire);
	if (st != 0)
		return st > 0;
	pthread_mutex_lock(&fb->lock);
	if (atomic_load_explicit(&fc->state, memory_order_relaxed) == 0) {
		char *path = font_path(fb, file);
		fc->hb = hb_open(path, index);
		free(path);
		atomic_store_explicit(&fc->state, fc->hb ? 1 : -1, memory_order_release);
	}
	pthread_mutex_unlock(&fb->lock);
	return fc->hb != NULL;
}

/* The face used for fallback i (from 0): the bold one when asked and
 * bundled, else the regular. */
static fb_face_t *face_of(fo_fallback_t *fb, size_t i, int bold, const char **file)
{
	int b = bold && fb_fonts[i].bold != NULL;
	*file = b ? fb_fonts[i].bold : fb_fonts[i].regular;
	return &fb->faces[i][b];
}

int fo_fallback_find(fo_fallback_t *fb, uint32_t c, int bold)
{
	for (size_t i = 0; i < FB_N; i++) {
		const char *file;
		fb_face_t *fc = face_of(fb, i, bold, &file);
		hb_codepoint_t g;
		if (face_open(fb, fc, file, fb_fonts[i].index) &&
		    hb_font_get_nominal_glyph(fc->hb, c, &g))
			return (int)i + 1;
	}
	return 0;
}

hb_font_t *fo_fallback_hb(fo_fallback_t *fb, int i, int bold)
{
	const char *file;
	return face_of(fb, (size_t)i - 1, bold, &file)->hb;
}

cairo_font_face_t *fo_fallback_cairo(fo_fallback_t *fb, int i, int bold)
{
	const char *file;
	fb_face_t *fc = face_of(fb, (size_t)i - 1, bold, &file);
	if (atomic_load_explicit(&fc->cf_set, memory_order_acquire))
		return fc->cf;
	pthread_mutex_lock(&fb->lock);
	if (!atomic_load_explicit(&fc->cf_set, memory_order_relaxed)) {
		/* cairo opens the file itself (its own FreeType library), by
		 * name and face index: no fontconfig lookup is made. */
		char *path = font_path(fb, file);
		FcPattern *pat = FcPatternCreate();
		FcPatternAddString(pat, FC_FILE, (const FcChar8 *)path);
		FcPatternAddInteger(pat, FC_INDEX, (int)fb_fonts[i - 1].index);
		fc->cf = cairo_ft_font_face_create_for_pattern(pat);
		FcPatternDestroy(pat);
		free(path);
		atomic_store_explicit(&fc->cf_set, 1, memory_order_release);
	}
	pthread_mutex_unlock(&fb->lock);
	return fc->cf;
}

int fo_fallback_covers(fo_fallback_t *fb, uint32_t c)
{
	hb_codepoint_t g;
	if (c < 0x100)
		return 1;
	if (face_open(fb, &fb->liberation, "liberation/LiberationSans-Regular.ttf", 0) &&
	    hb_font_get_nominal_glyph(fb->liberation.hb, c, &g))
		return 1;
	return fo_fallback_find(fb, c, 0) > 0;
}
