/* Unit tests for src/fo/fo_nav and fo_marker: uri specifications and
 * which marker a retrieve-marker finds on a page. */
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include <unistd.h>

#include "fo/fo.h"
#include "fo/fo_marker.h"
#include "fo/fo_nav.h"
#include "util/xalloc.h"
#include "util/xmlsafe.h"
#include "unit_fo.h"

static void test_uri_spec(void)
{
	const char *cases[][2] = {
		{ "url('https://example.org/a b')", "https://example.org/a b" },
		{ "url(\"x.png\")", "x.png" },
		{ " url(logo.svg) ", "logo.svg" },
		{ "plain.png", "plain.png" },
		{ "url()", "" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = fo_uri_spec(cases[i][0]);
		CU_ASSERT_STRING_EQUAL(s, cases[i][1]);
		free(s);
	}
}

static const char fo_src[] =
	"<fo:root xmlns:fo='http://www.w3.org/1999/XSL/Format'>"
	"<fo:layout-master-set><fo:simple-page-master master-name='p'>"
	"<fo:region-body/></fo:simple-page-master></fo:layout-master-set>"
	"<fo:page-sequence master-reference='p'>"
	"<fo:static-content flow-name='xsl-region-before'><fo:block>"
	"<fo:retrieve-marker retrieve-class-name='c' retrieve-position='first-starting-within-page'/>"
	"<fo:retrieve-marker retrieve-class-name='c' retrieve-position='first-including-carryover'/>"
	"<fo:retrieve-marker retrieve-class-name='c' retrieve-position='last-starting-within-page'/>"
	"</fo:block></fo:static-content>"
	"<fo:flow flow-name='xsl-region-body'>"
	"<fo:block><fo:marker marker-class-name='c'>A</fo:marker>a"
	"<fo:block><fo:marker marker-class-name='c'>B</fo:marker>b</fo:block></fo:block>"
	"</fo:flow></fo:page-sequence></fo:root>";

/* A page of one box whose block is blk, carrying the markers of start. */
static fo_page_t *page_make(size_t index, fo_blk_t *blk, const fo_node_t *start)
{
	fo_page_t *pg = xcalloc(1, sizeof *pg);
	pg->index = index;
	pg->items = xcalloc(1, sizeof *pg->items);
	pg->y = xcalloc(1, sizeof *pg->y);
	pg->n = 1;
	pg->items[0].kind = FO_IT_LINE;
	pg->items[0].blk = fo_blk_ref(blk);
	if (start)
		fo_markers_of_block(&pg->items[0].extra, start);
	return pg;
}

static const char *text_of(const fo_node_t *marker)
{
	return marker && marker->first ? marker->first->text : "-";
}

static void test_retrieve(void)
{
	diag_t *d = diag_new();
	xmlDocPtr x = xml_safe_read_memory(fo_src, sizeof fo_src - 1, "t.fo", d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(x);
	fo_doc_t *doc = fo_doc_build(x, "t.fo", d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	const fo_node_t *sblock = doc->seqs[0].statics[0]->first;
	const fo_node_t *rm_first = sblock->first, *rm_carry = rm_first->next,
	                *rm_last = rm_carry->next;
	const fo_node_t *outer = doc->seqs[0].flow->first, *inner = outer->last;
	fo_blk_t *bo = xcalloc(1, sizeof *bo), *bi = xcalloc(1, sizeof *bi);
	bo->refs = bi->refs = 1;
	bo->node = outer;
	bo->st = outer->style;
	bi->depth = 1;
	bi->parent = fo_blk_ref(bo);
	bi->node = inner;
	bi->st = inner->style;
	fo_markers_t *m = fo_markers_new();
	fo_style_ctx_t ctx = { "t.fo", d };
	/* page 0: the outer block starts (marker A); page 1: the inner block
	 * starts inside it (B); page 2: the inner block goes on. */
	fo_page_t *p0 = page_make(0, bo, outer), *p1 = page_make(1, bi, inner),
	          *p2 = page_make(2, bi, NULL);
	fo_markers_page(m, p0);
	fo_markers_page(m, p1);
	fo_markers_page(m, p2);
	CU_ASSERT_STRING_EQUAL(text_of(fo_markers_get(m, rm_first, 0, &ctx)), "A");
	CU_ASSERT_STRING_EQUAL(text_of(fo_markers_get(m, rm_first, 1, &ctx)), "B");
	CU_ASSERT_STRING_EQUAL(text_of(fo_markers_get(m, rm_carry, 1, &ctx)), "A");
	CU_ASSERT_STRING_EQUAL(text_of(fo_markers_get(m, rm_last, 1, &ctx)), "B");
	/* nothing starts on page 2: the first carried over (the outer block's),
	 * for first-starting-within-page too, as FOP (PageViewport.getMarker) */
	CU_ASSERT_STRING_EQUAL(text_of(fo_markers_get(m, rm_carry, 2, &ctx)), "A");
	CU_ASSERT_STRING_EQUAL(text_of(fo_markers_get(m, rm_first, 2, &ctx)), "A");
	/* the copy inherits from the retrieve-marker, once per pair */
	const fo_node_t *copy = fo_markers_get(m, rm_first, 1, &ctx);
	CU_ASSERT_PTR_EQUAL(copy, fo_markers_get(m, rm_first, 1, &ctx));
	CU_ASSERT_PTR_NOT_EQUAL(copy, inner->first);
	CU_ASSERT_PTR_EQUAL(copy->xml, inner->first->xml);
	fo_page_free(p0);
	fo_page_free(p1);
	fo_page_free(p2);
	fo_blk_unref(bi);
	fo_blk_unref(bo);
	fo_markers_free(m);
	fo_doc_free(doc);
	xmlFreeDoc(x);
	diag_free(d);
}

static const char graphic_fo[] =
	"<fo:root xmlns:fo='http://www.w3.org/1999/XSL/Format'>"
	"<fo:layout-master-set><fo:simple-page-master master-name='p'>"
	"<fo:region-body/></fo:simple-page-master></fo:layout-master-set>"
	"<fo:page-sequence master-reference='p'><fo:flow flow-name='xsl-region-body'>"
	"<fo:block><fo:external-graphic src='logo.png'/></fo:block>"
	"</fo:flow></fo:page-sequence></fo:root>";

/* A relative graphic not beside the FO file is found in graphics_dir, and
 * without it is a warning naming it (an empty area, as FOP). */
static void test_graphics_dir(void)
{
	unit_fo_t u;
	unit_fo_open(&u, graphic_fo, sizeof graphic_fo - 1, "/nowhere/g.fo");
	CU_ASSERT_EQUAL(fo_render_doc(u.doc, "/nowhere/g.fo", &u.opt, u.out, u.d, NULL), 0);
	CU_ASSERT_EQUAL(diag_count(u.d, DIAG_ERROR), 0);
	CU_ASSERT_EQUAL(diag_count(u.d, DIAG_WARNING), 1);
	u.opt.graphics_dir = "tests/fo/cases";
	diag_t *d2 = diag_new();
	CU_ASSERT_EQUAL(fo_render_doc(u.doc, "/nowhere/g.fo", &u.opt, u.out, d2, NULL), 0);
	CU_ASSERT_EQUAL(diag_count(d2, DIAG_ERROR), 0);
	CU_ASSERT_EQUAL(diag_count(d2, DIAG_WARNING), 0);
	diag_free(d2);
	unit_fo_close(&u);
}

static CU_TestInfo tests[] = {
	{ "uri specifications", test_uri_spec },
	{ "retrieve-position and carry-over", test_retrieve },
	{ "graphics folder", test_graphics_dir },
	CU_TEST_INFO_NULL,
};

UNIT_MAIN("fo_nav", tests)
