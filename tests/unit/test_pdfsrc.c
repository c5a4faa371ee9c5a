/* Unit tests for src/util/pdfsrc: the page count of good and bad PDFs
 * (the view builder's question about papers), page sizes, page bounds,
 * hostile files (a huge page count, a huge page), and drawing a page. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"
#include "util/pdfsrc.h"

#define PAPER "tests/fo/cases/papers/paper.pdf"   /* two A5 pages, by lpdoc */
#define ENCRYPTED "tests/unit/pdf/encrypted.pdf"  /* needs the password "user" */

static char tmp[] = "/tmp/lpdoc-pdfsrc-XXXXXX";

static int suite_init(void)
{
	return mkdtemp(tmp) ? 0 : -1;
}

static int suite_clean(void)
{
	char cmd[64];
	snprintf(cmd, sizeof cmd, "rm -rf %s", tmp);
	return system(cmd) == 0 ? 0 : -1;
}

/* A file of the temporary folder holding len bytes of data. */
static const char *tmp_file(const char *name, const char *data, size_t len)
{
	static char path[128];
	snprintf(path, sizeof path, "%s/%s", tmp, name);
	FILE *f = fopen(path, "wb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fwrite(data, 1, len, f);
	fclose(f);
	return path;
}

/* A one-page PDF whose page tree claims count pages and whose page is
 * the media box mediabox, with a correct cross-reference table. */
static const char *tmp_pdf(const char *name, const char *count, const char *mediabox)
{
	char objs[3][160], out[1024];
	snprintf(objs[0], sizeof objs[0], "<< /Type /Catalog /Pages 2 0 R >>");
	snprintf(objs[1], sizeof objs[1], "<< /Type /Pages /Kids [3 0 R] /Count %s >>", count);
	snprintf(objs[2], sizeof objs[2], "<< /Type /Page /Parent 2 0 R /MediaBox [%s] >>", mediabox);
	size_t n = (size_t)snprintf(out, sizeof out, "%%PDF-1.4\n"), at[3];
	for (int i = 0; i < 3; i++) {
		at[i] = n;
		n += (size_t)snprintf(out + n, sizeof out - n, "%d 0 obj\n%s\nendobj\n", i + 1, objs[i]);
	}
	size_t xref = n;
	n += (size_t)snprintf(out + n, sizeof out - n, "xref\n0 4\n0000000000 65535 f \n");
	for (int i = 0; i < 3; i++)
		n += (size_t)snprintf(out + n, sizeof out - n, "%010zu 00000 n \n", at[i]);
	n += (size_t)snprintf(out + n, sizeof out - n,
	                      "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n", xref);
	return tmp_file(name, out, n);
}

static int count(const char *path, pdfsrc_status_t *st)
{
	*st = PDFSRC_OK;
	return pdfsrc_count_pages(path, st);
}

static void test_count_good(void)
{
	pdfsrc_status_t st;
	CU_ASSERT_EQUAL(count(PAPER, &st), 2);
	CU_ASSERT_EQUAL(st, PDFSRC_OK);
	CU_ASSERT_EQUAL(count(tmp_pdf("one.pdf", "1", "0 0 595 842"), &st), 1);
	CU_ASSERT_EQUAL(st, PDFSRC_OK);
}

static void test_count_bad(void)
{
	pdfsrc_status_t st;
	CU_ASSERT_EQUAL(count("tests/unit/pdf/no-such.pdf", &st), 0);
	CU_ASSERT_EQUAL(st, PDFSRC_MISSING);
	CU_ASSERT_EQUAL(count(tmp_file("text.pdf", "Minutes, not a PDF\n", 19), &st), 0);
	CU_ASSERT_EQUAL(st, PDFSRC_NOT_PDF);
	CU_ASSERT_EQUAL(count(tmp_file("empty.pdf", "", 0), &st), 0);
	CU_ASSERT_EQUAL(st, PDFSRC_NOT_PDF);
	CU_ASSERT_EQUAL(count(ENCRYPTED, &st), 0);
	CU_ASSERT_EQUAL(st, PDFSRC_ENCRYPTED);
	CU_ASSERT_STRING_EQUAL(pdfsrc_status_text(st), "is encrypted: give it without a password");
}

/* The first half of paper.pdf: a download cut short. */
static void test_count_truncated(void)
{
	FILE *f = fopen(PAPER, "rb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	char half[16384];
	size_t n = fread(half, 1, sizeof half, f);
	fclose(f);
	CU_ASSERT_EQUAL_FATAL(n, sizeof half);
	pdfsrc_status_t st;
	CU_ASSERT_EQUAL(count(tmp_file("cut.pdf", half, n), &st), 0);
	CU_ASSERT_EQUAL(st, PDFSRC_TRUNCATED);
	/* a %PDF- header and a %%EOF around junk: poppler finds no catalogue */
	const char junk[] = "%PDF-1.4\nnot a PDF body at all\n%%EOF\n";
	CU_ASSERT_EQUAL(count(tmp_file("junk.pdf", junk, sizeof junk - 1), &st), 0);
	CU_ASSERT_EQUAL(st, PDFSRC_DAMAGED);
}

/* Hostile files are refused when opened, cheaply: a page tree claiming a
 * billion pages, more pages than the bound, a page of a billion points. */
static void test_count_hostile(void)
{
	pdfsrc_status_t st;
	CU_ASSERT_EQUAL(count(tmp_pdf("billion.pdf", "1000000000", "0 0 595 842"), &st), 0);
	CU_ASSERT_EQUAL(st, PDFSRC_NO_PAGES);
	CU_ASSERT_EQUAL(count(tmp_pdf("none.pdf", "0", "0 0 595 842"), &st), 0);
	CU_ASSERT_EQUAL(st, PDFSRC_NO_PAGES);
	CU_ASSERT_EQUAL(count(tmp_pdf("huge.pdf", "1", "0 0 1000000000 842"), &st), 0);
	CU_ASSERT_EQUAL(st, PDFSRC_PAGE_SIZE);
	CU_ASSERT_EQUAL(count(tmp_pdf("flat.pdf", "1", "0 0 595 0"), &st), 0);
	CU_ASSERT_EQUAL(st, PDFSRC_PAGE_SIZE);
	CU_ASSERT_EQUAL(count(tmp_pdf("edge.pdf", "1", "0 0 14400 14400"), &st), 1);
	CU_ASSERT_EQUAL(st, PDFSRC_OK);
}

static void test_page_range_and_size(void)
{
	pdfsrc_lib_t *lib = pdfsrc_lib_open();
	CU_ASSERT_PTR_NOT_NULL_FATAL(lib);
	pdfsrc_t *doc;
	CU_ASSERT_EQUAL_FATAL(pdfsrc_open(lib, PAPER, &doc), PDFSRC_OK);
	CU_ASSERT_EQUAL(pdfsrc_pages(doc), 2);
	double w = 0, h = 0;
	CU_ASSERT_EQUAL(pdfsrc_page_size(doc, 2, &w, &h), PDFSRC_OK);
	CU_ASSERT_DOUBLE_EQUAL(w, 148 / 25.4 * 72, 0.01);  /* A5 */
	CU_ASSERT_DOUBLE_EQUAL(h, 210 / 25.4 * 72, 0.01);
	CU_ASSERT_EQUAL(pdfsrc_page_size(doc, 3, &w, &h), PDFSRC_NO_SUCH_PAGE);
	CU_ASSERT_EQUAL(pdfsrc_page_size(doc, 0, &w, &h), PDFSRC_NO_SUCH_PAGE);
	CU_ASSERT_EQUAL(pdfsrc_page_size(doc, -1, &w, &h), PDFSRC_NO_SUCH_PAGE);
	pdfsrc_close(doc);
	pdfsrc_lib_close(lib);
}

/* Without the library a PDF cannot be read, and says so; a file that is
 * no PDF still says that. */
static void test_no_library(void)
{
	pdfsrc_t *doc;
	CU_ASSERT_EQUAL(pdfsrc_open(NULL, PAPER, &doc), PDFSRC_NO_LIBRARY);
	CU_ASSERT_PTR_NULL(doc);
	CU_ASSERT_EQUAL(pdfsrc_open(NULL, "tests/unit/pdf/no-such.pdf", &doc), PDFSRC_MISSING);
	CU_ASSERT_PTR_NOT_NULL(strstr(pdfsrc_status_text(PDFSRC_NO_LIBRARY), "poppler-glib"));
}

/* Page 1 drawn onto a recording surface marks where the paper has ink:
 * its title near the top, nothing outside the page. */
static void test_page_draw(void)
{
	pdfsrc_lib_t *lib = pdfsrc_lib_open();
	pdfsrc_t *doc;
	CU_ASSERT_EQUAL_FATAL(pdfsrc_open(lib, PAPER, &doc), PDFSRC_OK);
	cairo_surface_t *rec = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
	cairo_t *cr = cairo_create(rec);
	pdfsrc_page_draw(doc, 1, cr);
	cairo_destroy(cr);
	double x, y, w, h;
	cairo_recording_surface_ink_extents(rec, &x, &y, &w, &h);
	CU_ASSERT(w > 100 && h > 100);
	CU_ASSERT(x >= 0 && y >= 0 && x + w <= 420 && y + h <= 596);
	CU_ASSERT(y < 60);  /* the title, 15 mm from the top */
	cairo_surface_destroy(rec);
	pdfsrc_close(doc);
	pdfsrc_lib_close(lib);
}

static CU_TestInfo tests[] = {
	{ "count: good PDFs", test_count_good },
	{ "count: missing, not PDF, encrypted", test_count_bad },
	{ "count: truncated, damaged", test_count_truncated },
	{ "count: hostile page count and size", test_count_hostile },
	{ "page range and size", test_page_range_and_size },
	{ "no poppler-glib", test_no_library },
	{ "page draw", test_page_draw },
	CU_TEST_INFO_NULL,
};

UNIT_MAIN_WITH("pdfsrc", tests, suite_init, suite_clean)
