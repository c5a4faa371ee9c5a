/*
 * pdfsrc: PDF files whose pages lpdoc includes in its own documents (the
 * papers of an agenda pack), read with poppler-glib.
 *
 * The view builder asks a paper's page count (pdfsrc_count_pages()) and
 * reports a paper it cannot read at the record's line; the FO engine
 * (src/fo/fo_image.c) draws a page as vectors onto its cairo PDF surface
 * (pdfsrc_page_draw()): text stays text, fonts are embedded.
 *
 * poppler-glib is opened with dlopen at the first PDF (src/util/dl.h):
 * pdfsrc_lib_t owns it.  A document that is not a readable PDF gets a
 * status saying why, before poppler is asked when the bytes tell
 * (missing, not PDF, truncated: no %%EOF in its last kilobyte), else
 * from poppler (damaged, encrypted).  Bounds keep hostile files cheap:
 * at most PDFSRC_MAX_PAGES pages, every one with sides of at most
 * PDFSRC_MAX_SIDE points (PDF's own limit, 200 inches), checked when the
 * file is opened.
 *
 * Not thread-safe: one document is used by one thread at a time (the FO
 * engine holds its fonts' lock around every call).
 */
#ifndef LPDOC_UTIL_PDFSRC_H
#define LPDOC_UTIL_PDFSRC_H

#include <cairo.h>

#define PDFSRC_MAX_PAGES 10000
#define PDFSRC_MAX_PAGES_TEXT "10,000"
#define PDFSRC_MAX_SIDE 14400.0

typedef enum {
	PDFSRC_OK = 0,
	PDFSRC_NO_LIBRARY,    /* poppler-glib is not installed */
	PDFSRC_MISSING,       /* the file cannot be opened */
	PDFSRC_NOT_PDF,       /* it does not start as a PDF does */
	PDFSRC_TRUNCATED,     /* no %%EOF near its end */
	PDFSRC_DAMAGED,       /* poppler cannot read it */
	PDFSRC_ENCRYPTED,     /* it needs a password */
	PDFSRC_NO_PAGES,      /* none, or more than PDFSRC_MAX_PAGES */
	PDFSRC_NO_SUCH_PAGE,  /* the page asked for is beyond its pages */
	PDFSRC_PAGE_SIZE      /* a page side is not within 0-PDFSRC_MAX_SIDE */
} pdfsrc_status_t;

typedef struct pdfsrc_lib pdfsrc_lib_t;
typedef struct pdfsrc pdfsrc_t;

/* NULL when poppler-glib cannot be opened. */
pdfsrc_lib_t *pdfsrc_lib_open(void);
void pdfsrc_lib_close(pdfsrc_lib_t *lib);

/* Opens the PDF file at path into *doc (NULL unless PDFSRC_OK), checking
 * every page's size; lib may be NULL (then PDFSRC_NO_LIBRARY for a file
 * that looks like a PDF). */
pdfsrc_status_t pdfsrc_open(const pdfsrc_lib_t *lib, const char *path, pdfsrc_t **doc);
void pdfsrc_close(pdfsrc_t *doc);
/* The number of pages (1 or more). */
int pdfsrc_pages(const pdfsrc_t *doc);
/* The size in points of page (counted from 1), as its crop box shows it. */
pdfsrc_status_t pdfsrc_page_size(const pdfsrc_t *doc, int page, double *w, double *h);
/* Draws page (counted from 1; checked by pdfsrc_page_size()) onto cr,
 * its top left corner at cr's origin, one point a unit. */
void pdfsrc_page_draw(const pdfsrc_t *doc, int page, cairo_t *cr);

/* The page count of the PDF file at path, opening poppler-glib for the
 * call; 0 with *st saying why it cannot be read. */
int pdfsrc_count_pages(const char *path, pdfsrc_status_t *st);
/* What st means, to follow a file's name: "is not a PDF file", ... */
const char *pdfsrc_status_text(pdfsrc_status_t st);

#endif
