/* pdfsrc: see pdfsrc.h. */
#include "pdfsrc.h"

#include <ctype.h>
#include <fcntl.h>
#include <poppler.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dl.h"
#include "xalloc.h"

#define POPPLER_LIBRARY "libpoppler-glib.so.8"
#define TAIL_BYTES 1024  /* where %%EOF must be (as Acrobat reads it) */
#define DICT_BYTES 2048  /* how far an image's /Height may be from its /Width */

struct pdfsrc_lib {
	void *lib;               /* first: a dl_table_open() table */
	GQuark (*error_quark)(void);
	PopplerDocument *(*new_from_file)(const char *uri, const char *password, GError **error);
	int (*n_pages)(PopplerDocument *doc);
	PopplerPage *(*get_page)(PopplerDocument *doc, int index);
	void (*page_size)(PopplerPage *page, double *w, double *h);
	void (*render)(PopplerPage *page, cairo_t *cr);
};

struct pdfsrc {
	const pdfsrc_lib_t *lib;
	PopplerDocument *doc;
	int pages;
};

static const dl_fn_t pdfsrc_fns[] = {
	DL_FN(pdfsrc_lib_t, "poppler_error_quark", error_quark),
	DL_FN(pdfsrc_lib_t, "poppler_document_new_from_file", new_from_file),
	DL_FN(pdfsrc_lib_t, "poppler_document_get_n_pages", n_pages),
	DL_FN(pdfsrc_lib_t, "poppler_document_get_page", get_page),
	DL_FN(pdfsrc_lib_t, "poppler_page_get_size", page_size),
	DL_FN(pdfsrc_lib_t, "poppler_page_render_for_printing", render),
};

pdfsrc_lib_t *pdfsrc_lib_open(void)
{
	dl_status_t st;
	return dl_table_open(POPPLER_LIBRARY, sizeof(pdfsrc_lib_t), pdfsrc_fns,
	                     sizeof pdfsrc_fns / sizeof pdfsrc_fns[0], &st);
}

void pdfsrc_lib_close(pdfsrc_lib_t *l)
{
	dl_table_close(l);
}

/* 1 when the n bytes at buf hold the string s. */
static int holds(const char *buf, size_t n, const char *s)
{
	size_t len = strlen(s);
	for (size_t i = 0; i + len <= n; i++)
		if (memcmp(buf + i, s, len) == 0)
			return 1;
	return 0;
}

/* What the file's bytes tell before poppler reads it: a PDF starts with
 * %PDF- (in its first kilobyte, as readers allow) and ends with %%EOF,
 * perhaps followed by a few bytes of white space or junk. */
static pdfsrc_status_t bytes_check(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return PDFSRC_MISSING;
	char buf[TAIL_BYTES + 1];
	size_t n = fread(buf, 1, TAIL_BYTES, f);
	buf[n] = '\0';
	if (!holds(buf, n, "%PDF-")) {
		fclose(f);
		return PDFSRC_NOT_PDF;
	}
	if (fseek(f, -(long)TAIL_BYTES, SEEK_END) != 0)
		rewind(f);
	n = fread(buf, 1, TAIL_BYTES, f);
	fclose(f);
	return holds(buf, n, "%%EOF") ? PDFSRC_OK : PDFSRC_TRUNCATED;
}

/* ---------- image sizes, from the file's bytes ---------- */

/* Where the bytes of s (a name such as "/Width", whole: not "/Widths")
 * next occur in m[from, to), or to. */
static size_t name_find(const char *m, size_t from, size_t to, const char *s)
{
	size_t n = strlen(s);
	for (size_t i = from; i + n < to; i++) {
		const char *p = memchr(m + i, s[0], to - n - i);
		if (p == NULL)
			return to;
		i = (size_t)(p - m);
		if (memcmp(p, s, n) == 0 && !isalnum((unsigned char)p[n]))
			return i;
	}
	return to;
}

static size_t digits(const char *m, size_t len, size_t p, long long *v)
{
	*v = 0;
	for (; p < len && isdigit((unsigned char)m[p]); p++)
		*v = *v < 1000000000LL ? *v * 10 + (m[p] - '0') : *v;
	return p;
}

static size_t blanks(const char *m, size_t len, size_t p)
{
	while (p < len && isspace((unsigned char)m[p]))
		p++;
	return p;
}

/* The number at m + p, after white space, or the one an indirect
 * reference there ("12 0 R") leads to ("12 0 obj 4000"), when follow;
 * -1 when there is none. */
static long long number_at(const char *m, size_t len, size_t p, int follow)
{
	long long v, gen;
	size_t start = blanks(m, len, p), end = digits(m, len, start, &v);
	if (end == start)
		return -1;
	size_t g = blanks(m, len, end), gend = digits(m, len, g, &gen);
	size_t r = blanks(m, len, gend);
	if (gend == g || r >= len || m[r] != 'R')
		return v;
	if (!follow)
		return -1;
	char obj[64];
	int n = snprintf(obj, sizeof obj, "%lld %lld obj", v, gen);
	for (size_t i = 0; i + (size_t)n < len; i++) {
		const char *q = memchr(m + i, obj[0], len - (size_t)n - i);
		if (q == NULL)
			break;
		i = (size_t)(q - m);
		if (memcmp(q, obj, (size_t)n) == 0 && (i == 0 || !isdigit((unsigned char)q[-1])))
			return number_at(m, len, i + (size_t)n, 0);
	}
	return -1;
}

/* The /Height of the image dictionary whose /Width is at w: the nearest
 * within DICT_BYTES either side; -1 when none. */
static long long height_near(const char *m, size_t len, size_t w)
{
	size_t from = w > DICT_BYTES ? w - DICT_BYTES : 0;
	size_t to = w + DICT_BYTES < len ? w + DICT_BYTES : len;
	long long best = -1;
	size_t dist = (size_t)-1;
	for (size_t h = name_find(m, from, to, "/Height"); h < to;
	     h = name_find(m, h + 1, to, "/Height")) {
		size_t d = h > w ? h - w : w - h;
		if (d < dist) {
			dist = d;
			best = number_at(m, len, h + 7, 1);
		}
	}
	return best;
}

/* PDFSRC_IMAGE_SIZE when an image dictionary of the file (they are never
 * compressed: streams cannot be in object streams) asks for more than
 * PDFSRC_MAX_PIXELS pixels, which poppler would allocate and decode. */
static pdfsrc_status_t images_check(const char *path)
{
	int fd = open(path, O_RDONLY);
	struct stat sb;
	if (fd < 0 || fstat(fd, &sb) < 0 || sb.st_size <= 0) {
		if (fd >= 0)
			close(fd);
		return PDFSRC_MISSING;
	}
	size_t len = (size_t)sb.st_size;
	const char *m = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (m == MAP_FAILED)
		return PDFSRC_MISSING;
	pdfsrc_status_t st = PDFSRC_OK;
	for (size_t w = name_find(m, 0, len, "/Width"); w < len && st == PDFSRC_OK;
	     w = name_find(m, w + 1, len, "/Width")) {
		long long wide = number_at(m, len, w + 6, 1), high = height_near(m, len, w);
		if (wide > 0 && high > 0 && wide * high > PDFSRC_MAX_PIXELS)
			st = PDFSRC_IMAGE_SIZE;
	}
	munmap((void *)m, len);
	return st;
}

static PopplerDocument *poppler_open(const pdfsrc_lib_t *l, const char *path,
                                     pdfsrc_status_t *st)
{
	char *abs = realpath(path, NULL);
	char *uri = abs ? g_filename_to_uri(abs, NULL, NULL) : NULL;
	free(abs);
	if (uri == NULL) {
		*st = PDFSRC_MISSING;
		return NULL;
	}
	GError *err = NULL;
	PopplerDocument *doc = l->new_from_file(uri, NULL, &err);
	g_free(uri);
	if (doc == NULL)
		*st = err && err->domain == l->error_quark() && err->code == POPPLER_ERROR_ENCRYPTED
		      ? PDFSRC_ENCRYPTED : PDFSRC_DAMAGED;
	g_clear_error(&err);
	return doc;
}

pdfsrc_status_t pdfsrc_open(const pdfsrc_lib_t *lib, const char *path, pdfsrc_t **doc)
{
	*doc = NULL;
	pdfsrc_status_t st = bytes_check(path);
	if (st == PDFSRC_OK)
		st = images_check(path);
	if (st != PDFSRC_OK)
		return st;
	if (lib == NULL)
		return PDFSRC_NO_LIBRARY;
	PopplerDocument *pd = poppler_open(lib, path, &st);
	if (pd == NULL)
		return st;
	pdfsrc_t *d = xcalloc(1, sizeof *d);
	d->lib = lib;
	d->doc = pd;
	d->pages = lib->n_pages(pd);
	st = d->pages < 1 || d->pages > PDFSRC_MAX_PAGES ? PDFSRC_NO_PAGES : PDFSRC_OK;
	double w, h;
	for (int i = 1; i <= d->pages && st == PDFSRC_OK; i++)
		st = pdfsrc_page_size(d, i, &w, &h);
	if (st != PDFSRC_OK) {
		pdfsrc_close(d);
		return st;
	}
	*doc = d;
	return PDFSRC_OK;
}

void pdfsrc_close(pdfsrc_t *doc)
{
	if (doc == NULL)
		return;
	g_object_unref(doc->doc);
	free(doc);
}

int pdfsrc_pages(const pdfsrc_t *doc)
{
	return doc->pages;
}

pdfsrc_status_t pdfsrc_page_size(const pdfsrc_t *doc, int page, double *w, double *h)
{
	if (page < 1 || page > doc->pages)
		return PDFSRC_NO_SUCH_PAGE;
	PopplerPage *p = doc->lib->get_page(doc->doc, page - 1);
	if (p == NULL)
		return PDFSRC_DAMAGED;
	doc->lib->page_size(p, w, h);
	g_object_unref(p);
	int sane = *w > 0 && *h > 0 && *w <= PDFSRC_MAX_SIDE && *h <= PDFSRC_MAX_SIDE;
	return sane ? PDFSRC_OK : PDFSRC_PAGE_SIZE;
}

void pdfsrc_page_draw(const pdfsrc_t *doc, int page, cairo_t *cr)
{
	PopplerPage *p = doc->lib->get_page(doc->doc, page - 1);
	if (p == NULL)
		return;
	cairo_save(cr);
	doc->lib->render(p, cr);
	cairo_restore(cr);
	g_object_unref(p);
}

int pdfsrc_count_pages(const char *path, pdfsrc_status_t *st)
{
	pdfsrc_lib_t *lib = pdfsrc_lib_open();
	pdfsrc_t *doc;
	*st = pdfsrc_open(lib, path, &doc);
	int pages = doc ? pdfsrc_pages(doc) : 0;
	pdfsrc_close(doc);
	pdfsrc_lib_close(lib);
	return pages;
}

const char *pdfsrc_status_text(pdfsrc_status_t st)
{
	switch (st) {
	case PDFSRC_OK: return "is a readable PDF";
	case PDFSRC_NO_LIBRARY: return "cannot be read: poppler-glib (" POPPLER_LIBRARY
	                               ") is not installed ('make deps' installs it)";
	case PDFSRC_MISSING: return "cannot be opened (no such file, or not readable)";
	case PDFSRC_NOT_PDF: return "is not a PDF file";
	case PDFSRC_TRUNCATED: return "is truncated (no %%EOF at its end): save or download it again";
	case PDFSRC_DAMAGED: return "is a damaged PDF that cannot be read";
	case PDFSRC_ENCRYPTED: return "is encrypted: give it without a password";
	case PDFSRC_NO_PAGES: return "has no pages, or more than " PDFSRC_MAX_PAGES_TEXT;
	case PDFSRC_NO_SUCH_PAGE: return "has no such page";
	case PDFSRC_PAGE_SIZE: return "has a page larger than 200 inches, or of no size";
	case PDFSRC_IMAGE_SIZE: return "holds an image of more than " PDFSRC_MAX_PIXELS_TEXT
	                               " pixels: give it with images of a lower resolution";
	}
	return "cannot be read";
}
