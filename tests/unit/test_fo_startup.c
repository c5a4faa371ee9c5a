/* Unit tests of what a render does before its first page: the fonts load
 * on a thread of their own while the input is read (fo_fonts_load_start
 * and _finish give what fo_fonts_new gives, report a missing fonts folder
 * once, and say nothing when the caller gave up), librsvg is opened at
 * the first SVG graphic, not at start (src/fo/fo_svg.h), and fonts serve
 * many documents drawn on the drawing thread. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit_fo.h"

static const char text_fo[] =
	"<fo:root xmlns:fo='http://www.w3.org/1999/XSL/Format'><fo:layout-master-set>"
	"<fo:simple-page-master master-name='p' page-width='210mm' page-height='297mm'>"
	"<fo:region-body/></fo:simple-page-master></fo:layout-master-set>"
	"<fo:page-sequence master-reference='p'><fo:flow flow-name='xsl-region-body'>"
	"<fo:block>Sans <fo:inline font-weight='bold'>bold</fo:inline></fo:block>"
	"</fo:flow></fo:page-sequence></fo:root>";

static const char svg_fo[] =
	"<fo:root xmlns:fo='http://www.w3.org/1999/XSL/Format'><fo:layout-master-set>"
	"<fo:simple-page-master master-name='p' page-width='210mm' page-height='297mm'>"
	"<fo:region-body/></fo:simple-page-master></fo:layout-master-set>"
	"<fo:page-sequence master-reference='p'><fo:flow flow-name='xsl-region-body'>"
	"<fo:block>A chart: <fo:instream-foreign-object>"
	"<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'>"
	"<rect width='40' height='20' fill='#336699'/></svg>"
	"</fo:instream-foreign-object></fo:block>"
	"</fo:flow></fo:page-sequence></fo:root>";

static long file_size(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return -1;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fclose(f);
	return n;
}

static void test_loader_gives_fonts_that_render(void)
{
	unit_fo_t u;
	unit_fo_open(&u, text_fo, sizeof text_fo - 1, "text.fo");
	fo_fonts_loader_t *l = fo_fonts_load_start();
	CU_ASSERT_PTR_NOT_NULL_FATAL(l);
	u.opt.fonts = fo_fonts_load_finish(l, u.d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(u.opt.fonts);
	CU_ASSERT_EQUAL(diag_len(u.d), 0);
	CU_ASSERT_EQUAL(fo_render_doc(u.doc, "text.fo", &u.opt, u.out, u.d, NULL), 0);
	CU_ASSERT(file_size(u.out) > 1000);
	fo_fonts_free(u.opt.fonts);
	unit_fo_close(&u);
}

static void test_loader_reports_missing_fonts_once(void)
{
	diag_t *d = diag_new();
	setenv("LPDOC_DATADIR", "/nonexistent/lpdoc", 1);
	CU_ASSERT_PTR_NULL(fo_fonts_load_finish(fo_fonts_load_start(), d));
	CU_ASSERT_EQUAL(diag_len(d), 1);
	const diag_msg_t *m = diag_len(d) ? diag_get(d, 0) : NULL;
	CU_ASSERT(m && m->level == DIAG_FATAL && strstr(m->text, "bundled fonts"));
	CU_ASSERT(m && m->file && strstr(m->file, "/nonexistent/lpdoc"));
	/* a caller that gave up (d NULL) hears nothing */
	CU_ASSERT_PTR_NULL(fo_fonts_load_finish(fo_fonts_load_start(), NULL));
	CU_ASSERT_EQUAL(diag_len(d), 1);
	setenv("LPDOC_DATADIR", ".", 1);
	diag_free(d);
}

static int rsvg_loaded(void)
{
	void *h = dlopen("librsvg-2.so.2", RTLD_LAZY | RTLD_NOLOAD);
	if (h)
		dlclose(h);
	return h != NULL;
}

/* Runs first: nothing has drawn an SVG yet in this process. */
static void test_rsvg_opened_at_the_first_svg(void)
{
	unit_fo_t u;
	unit_fo_open(&u, text_fo, sizeof text_fo - 1, "text.fo");
	CU_ASSERT_EQUAL(fo_render_doc(u.doc, "text.fo", &u.opt, u.out, u.d, NULL), 0);
	CU_ASSERT_FALSE(rsvg_loaded());  /* text alone: not even linked */
	unit_fo_close(&u);
	unit_fo_open(&u, svg_fo, sizeof svg_fo - 1, "svg.fo");
	CU_ASSERT_EQUAL(fo_render_doc(u.doc, "svg.fo", &u.opt, u.out, u.d, NULL), 0);
	CU_ASSERT_EQUAL(diag_len(u.d), 0);
	CU_ASSERT_TRUE(rsvg_loaded());
	CU_ASSERT(file_size(u.out) > 1000);
	unit_fo_close(&u);
	/* and again, once it is there */
	unit_fo_open(&u, svg_fo, sizeof svg_fo - 1, "svg.fo");
	CU_ASSERT_EQUAL(fo_render_doc(u.doc, "svg.fo", &u.opt, u.out, u.d, NULL), 0);
	unit_fo_close(&u);
}

/* Short documents one after the other with the same fonts, as a batch
 * and the fuzzer render them: the drawing thread used to make a Pango
 * font map of its own per document, and destroying it while Pango 1.50
 * still sorted fonts for it on a thread of its own crashed (the FO
 * fuzzer found it; tests/fuzz/crashes/fo/crash-c8b781...).  The drawing
 * thread now uses the layout's faces. */
static void test_many_short_documents_one_fonts(void)
{
	unit_fo_t u;
	unit_fo_open(&u, svg_fo, sizeof svg_fo - 1, "svg.fo");
	u.opt.fonts = fo_fonts_new(u.d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(u.opt.fonts);
	int failed = 0;
	for (int i = 0; i < 100; i++)
		failed += fo_render_doc(u.doc, "svg.fo", &u.opt, u.out, u.d, NULL) != 0;
	CU_ASSERT_EQUAL(failed, 0);
	CU_ASSERT_EQUAL(diag_len(u.d), 0);
	fo_fonts_free(u.opt.fonts);
	unit_fo_close(&u);
}

static CU_TestInfo tests[] = {
	{ "librsvg is opened at the first SVG", test_rsvg_opened_at_the_first_svg },
	{ "the loader's fonts render", test_loader_gives_fonts_that_render },
	{ "missing fonts are reported once", test_loader_reports_missing_fonts_once },
	{ "many short documents, one fonts", test_many_short_documents_one_fonts },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("fo_startup", tests)
