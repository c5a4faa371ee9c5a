/* pdfsrc: see pdfsrc.h. */
#include "pdfsrc.h"

#include <poppler.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dl.h"
#include "xalloc.h"

#define POPPLER_LIBRARY "libpoppler-glib.so.8"
#define TAIL_BYTES 1024  /* where %%EOF must be (as Acrobat reads it) */

struct pdfsrc_lib {
	void *lib;
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

#define SYMBOL(l, name, field) DL_SYMBOL((l)->lib, name, l, field)

pdfsrc_lib_t *pdfsrc_lib_open(void)
{
	pdfsrc_lib_t *l = xcalloc(1, sizeof *l);
	l->lib = dl_open(POPPLER_LIBRARY);
	if (l->lib == NULL || SYMBOL(l, "poppler_error_quark", error_quark) < 0
	    || SYMBOL(l, "poppler_document_new_from_file", new_from_file) < 0
	    || SYMBOL(l, "poppler_document_get_n_pages", n_pages) < 0
	    || SYMBOL(l, "poppler_document_get_page", get_page) < 0
	    || SYMBOL(l, "poppler_page_get_size", page_size) < 0
	    || SYMBOL(l, "poppler_page_render_for_printing", render) < 0) {
		pdfsrc_lib_close(l);
		return NULL;
	}
	return l;
}

void pdfsrc_lib_close(pdfsrc_lib_t *l)
{
	if (l == NULL)
		return;
	dl_close(l->lib);
	free(l);
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
	}
	return "cannot be read";
}
