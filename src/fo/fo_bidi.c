#include "fo_bidi.h"

#include <pango/pango.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/xalloc.h"
#include "fo_props.h"

/* One UTF-8 character's length from its first byte. */
static size_t utf8_len(unsigned char c)
{
	return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static uint32_t utf8_at(const unsigned char *s, size_t n)
{
	if (n == 1)
		return s[0];
	uint32_t c = s[0] & (0x7F >> n);
	for (size_t i = 1; i < n; i++)
		c = (c << 6) | (s[i] & 0x3F);
	return c;
}

/* Hebrew, Arabic, Syriac, Thaana, NKo...; their presentation forms;
 * RLM, RLE, RLO, RLI. */
static int char_rtl(uint32_t c)
{
	return (c >= 0x590 && c <= 0x8FF) || (c >= 0xFB1D && c <= 0xFDFF) ||
	       (c >= 0xFE70 && c <= 0xFEFF) || (c >= 0x10800 && c <= 0x10FFF) ||
	       (c >= 0x1E800 && c <= 0x1EFFF) || c == 0x200F || c == 0x202B ||
	       c == 0x202E || c == 0x2067;
}

static int text_has_rtl(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_len(s[i]);
		if (i + n > len)
			return 0;
		if (s[i] >= 0xD6 && char_rtl(utf8_at(s + i, n)))
			return 1;
		i += n;
	}
	return 0;
}

/* The control character that opens range r (LRE, RLE, LRO, RLO). */
static const char *range_open(const fo_bidi_range_t *r)
{
	if (r->kind == FO_BIDI_OVERRIDE)
		return r->rtl ? "\xE2\x80\xAE" : "\xE2\x80\xAD";
	return r->rtl ? "\xE2\x80\xAB" : "\xE2\x80\xAA";
}

#define PDF_MARK "\xE2\x80\xAC"  /* U+202C POP DIRECTIONAL FORMATTING */

/* The ranges' marks in text order: where each opens and closes.  Ranges
 * are given as their objects end (the inner first): at one place, the
 * outer opens first and closes last. */
typedef struct mark {
	size_t at;
	int close;               /* closings go before openings at one place */
	size_t order;            /* among those: their order there */
	const fo_bidi_range_t *r;
} mark_t;

static int mark_cmp(const void *pa, const void *pb)
{
	const mark_t *a = pa, *b = pb;
	if (a->at != b->at)
		return a->at < b->at ? -1 : 1;
	if (a->close != b->close)
		return a->close ? -1 : 1;
	return a->order < b->order ? -1 : a->order > b->order;
}

/* The marks of the non-empty ranges, sorted; *n their count. */
static mark_t *marks_sorted(const fo_bidi_range_t *r, size_t nr, size_t *n)
{
	mark_t *m = xmalloc((2 * nr + 1) * sizeof *m);
	*n = 0;
	for (size_t i = 0; i < nr; i++) {
		if (r[i].start >= r[i].end)
			continue;
		m[(*n)++] = (mark_t){ r[i].start, 0, nr - i, &r[i] };
		m[(*n)++] = (mark_t){ r[i].end, 1, i, &r[i] };
	}
	qsort(m, *n, sizeof *m, mark_cmp);
	return m;
}

uint8_t *fo_bidi_levels(const char *text, size_t len, int base_rtl, const fo_bidi_range_t *r,
                        size_t nr)
{
	if (!base_rtl && nr == 0 && !text_has_rtl(text, len))
		return NULL;
	/* the text with the ranges' marks, and for each character of it
	 * where it is in text (marks: SIZE_MAX) */
	buf_t b = BUF_INIT;
	size_t nm, k = 0;
	mark_t *m = marks_sorted(r, nr, &nm);
	size_t *from = xmalloc((len + nm + 1) * sizeof *from), nc = 0;
	for (size_t i = 0; i <= len;) {
		for (; k < nm && m[k].at <= i; k++, nc++) {
			buf_append(&b, m[k].close ? PDF_MARK : range_open(m[k].r), 3);
			from[nc] = SIZE_MAX;
		}
		if (i == len)
			break;
		size_t n = utf8_len((unsigned char)text[i]);
		if (i + n > len)
			n = len - i;
		buf_append(&b, text + i, n);
		from[nc++] = i;
		i += n;
	}
	PangoDirection dir = base_rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR;
	guint8 *lv = pango_log2vis_get_embedding_levels(b.data ? b.data : "", (int)b.len, &dir);
	uint8_t *levels = xmalloc(len ? len : 1);
	for (size_t c = 0; c < nc; c++) {
		if (from[c] == SIZE_MAX)
			continue;
		size_t at = from[c], n = utf8_len((unsigned char)text[at]);
		memset(levels + at, lv[c], at + n > len ? len - at : n);
	}
	g_free(lv);
	free(m);
	free(from);
	buf_free(&b);
	return levels;
}

int fo_bidi_mirrored(cairo_t *cr)
{
	cairo_matrix_t m;
	cairo_get_matrix(cr, &m);
	return m.xx * m.yy - m.xy * m.yx < 0;
}

/* x -> 2x + w - x: the area [x, x + w) mirrored onto itself. */
static void mirror(cairo_t *cr, double x, double w)
{
	cairo_translate(cr, 2 * x + w, 0);
	cairo_scale(cr, -1, 1);
}

void fo_bidi_frame(cairo_t *cr, int rtl, double x, double w)
{
	if (!rtl != !fo_bidi_mirrored(cr))
		mirror(cr, x, w);
}

int fo_bidi_upright(cairo_t *cr, double x, double w)
{
	if (!fo_bidi_mirrored(cr))
		return 0;
	cairo_save(cr);
	mirror(cr, x, w);
	return 1;
}
