/* check_text: record text that no font lpdoc uses can print.
 *
 * Every record file is read again as it is on disk and its text (element
 * content and attribute values, character references decoded; comments
 * left out) is looked at character by character, so that a finding
 * names the exact line and column.  A character that neither Liberation
 * Sans nor any fallback font has (fo_fallback.h) would print as an
 * empty box in every document: it is reported once per line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../fo/fo_fallback.h"
#include "../util/paths.h"
#include "../util/xalloc.h"
#include "check_internal.h"

typedef struct scan {
	check_t *c;
	fo_fallback_t *fb;
	model_pos_t pos;         /* of the character being read */
	unsigned reported_line;  /* with reported_cp: once per line */
	uint32_t reported_cp;
} scan_t;

/* One UTF-8 character at *s (at most end), 0xFFFD when malformed. */
static uint32_t utf8_take(const char **s, const char *end)
{
	const unsigned char *p = (const unsigned char *)*s;
	uint32_t c = p[0];
	int n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
	if (n == 0 || end - *s < n) {
		(*s)++;
		return 0xFFFD;
	}
	if (n > 1)
		c &= 0xFFu >> (n + 1);
	for (int i = 1; i < n; i++)
		c = (c << 6) | (p[i] & 0x3F);
	*s += n;
	return c;
}

/* A character reference "&#123;" or "&#x7B;" at s (s[0] is '&'): its
 * code point, *s past it; 0 when it is none (an entity like &amp;). */
static uint32_t char_ref(const char **s, const char *end)
{
	const char *p = *s + 1;
	if (p >= end || *p != '#')
		return 0;
	p++;
	int hex = p < end && (*p == 'x' || *p == 'X');
	p += hex;
	char *stop = NULL;
	unsigned long v = strtoul(p, &stop, hex ? 16 : 10);
	if (stop == p || stop >= end || *stop != ';' || v > 0x10FFFF)
		return 0;
	*s = stop + 1;
	return (uint32_t)v;
}

static void scan_char(scan_t *sc, uint32_t cp)
{
	if (fo_fallback_covers(sc->fb, cp))
		return;
	if (sc->reported_line == sc->pos.line && sc->reported_cp == cp)
		return;
	sc->reported_line = sc->pos.line;
	sc->reported_cp = cp;
	char name[16];
	snprintf(name, sizeof name, "U+%04X", (unsigned)cp);
	check_report(sc->c, CHECK_MSG_CHAR_NO_FONT, &sc->pos, NULL, NULL, name);
}

static void scan_text(scan_t *sc, const char *s, const char *end)
{
	sc->pos.line = 1;
	sc->pos.col = 1;
	sc->reported_line = 0;
	while (s < end) {
		if (*s == '<' && end - s >= 4 && memcmp(s, "<!--", 4) == 0) {
			const char *close = strstr(s + 4, "-->");  /* the buffer ends in '\0' */
			const char *to = close ? close + 3 : end;
			for (; s < to; s++) {
				sc->pos.col++;
				if (*s == '\n') {
					sc->pos.line++;
					sc->pos.col = 1;
				}
			}
			continue;
		}
		const char *at = s;
		uint32_t cp = *s == '&' ? char_ref(&s, end) : 0;
		unsigned cols = cp ? (unsigned)(s - at) : 1;  /* a reference: its length */
		if (cp == 0)
			cp = utf8_take(&s, end);
		if (cp == '\n') {
			sc->pos.line++;
			sc->pos.col = 1;
			continue;
		}
		scan_char(sc, cp);
		sc->pos.col += cols;
	}
}

static char *file_read(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return NULL;
	char *data = NULL;
	size_t cap = 0;
	*len = 0;
	for (;;) {
		data = xgrow(data, &cap, *len + 4097, 1);
		size_t n = fread(data + *len, 1, 4096, f);
		*len += n;
		if (n < 4096)
			break;
	}
	fclose(f);
	data[*len] = '\0';
	return data;
}

static void text_start(check_t *c)
{
	char *fonts = paths_data_file("fonts");
	scan_t sc = { .c = c, .fb = fo_fallback_new(fonts) };
	free(fonts);
	for (size_t i = 0; i < c->r->nfiles; i++) {
		size_t len = 0;
		char *data = file_read(c->r->files[i], &len);
		if (data == NULL)
			continue;  /* it was read a moment ago: gone since */
		sc.pos.file = c->r->files[i];
		scan_text(&sc, data, data + len);
		free(data);
	}
	fo_fallback_free(sc.fb);
}

const check_family_t check_family_text = {
	.name = "text",
	.duties = (check_duty_fn *const[]){ text_start, NULL },
};

void check_text_fonts(const model_t *m, diag_t *d)
{
	check_t *c = check_new(m, DATE_NONE, d);
	text_start(c);
	check_free(c);
}
