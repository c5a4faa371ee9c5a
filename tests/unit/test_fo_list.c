/* Unit tests for the list functions of src/fo/fo_props: body-start() and
 * label-end() from the nearest list-block's start-indent and provisional
 * distances (XSL 1.1 7.31.1, 5.10.4), nested lists. */
#include <math.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "unit.h"
#include "fo/fo_props.h"
#include "util/diag.h"

#define NEAR(a, b) (fabs((a) - (b)) < 1e-6)

/* Computes the styles of each element on the first-child path of xml. */
static int styles_of(const char *xml, fo_style_t *out, int max, diag_t *d)
{
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "t.fo", NULL, XML_PARSE_NONET);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	fo_style_ctx_t ctx = { "t.fo", d };
	fo_style_t root;
	fo_style_init(&root);
	const fo_style_t *parent = &root;
	int n = 0;
	for (xmlNode *x = xmlDocGetRootElement(doc); x && n < max; n++) {
		fo_style_compute(&out[n], parent, x, &ctx);
		parent = &out[n];
		xmlNode *c = x->children;
		while (c && c->type != XML_ELEMENT_NODE)
			c = c->next;
		x = c;
	}
	xmlFreeDoc(doc);
	return n;
}

#define FO "xmlns:fo='http://www.w3.org/1999/XSL/Format'"

static void test_body_start_label_end(void)
{
	diag_t *d = diag_new();
	fo_style_t s[4];
	int n = styles_of("<fo:list-block " FO " start-indent='10pt' "
	                  "provisional-distance-between-starts='30pt' provisional-label-separation='5pt'>"
	                  "<fo:list-item><fo:list-item-body start-indent='body-start()' end-indent='label-end()'>"
	                  "<fo:block/></fo:list-item-body></fo:list-item></fo:list-block>", s, 4, d);
	CU_ASSERT_EQUAL_FATAL(n, 4);
	CU_ASSERT(NEAR(s[2].start_indent.pt, 40) && s[2].start_indent.pct == 0);
	/* label-end() = 100% - (10pt + 30pt - 5pt) */
	CU_ASSERT(NEAR(fo_len_resolve(s[2].end_indent, 200), 200 - 35));
	CU_ASSERT(NEAR(s[3].start_indent.pt, 40));  /* inherited by the body's blocks */
	CU_ASSERT_EQUAL(diag_len(d), 0);
	diag_free(d);
}

static void test_defaults_and_nesting(void)
{
	diag_t *d = diag_new();
	fo_style_t s[6];
	/* Defaults 24pt and 6pt; the inner list measures from its own start. */
	int n = styles_of("<fo:list-block " FO "><fo:list-item>"
	                  "<fo:list-item-body start-indent='body-start()'>"
	                  "<fo:list-block provisional-distance-between-starts='12pt'><fo:list-item>"
	                  "<fo:list-item-label end-indent='label-end()'/></fo:list-item></fo:list-block>"
	                  "</fo:list-item-body></fo:list-item></fo:list-block>", s, 6, d);
	CU_ASSERT_EQUAL_FATAL(n, 6);
	CU_ASSERT(NEAR(s[2].start_indent.pt, 24));
	CU_ASSERT(NEAR(s[3].list_start.pt, 24));
	CU_ASSERT(NEAR(fo_len_resolve(s[5].end_indent, 300), 300 - (24 + 12 - 6)));
	CU_ASSERT_EQUAL(diag_len(d), 0);
	diag_free(d);
}

static CU_TestInfo tests[] = {
	{ "body-start() and label-end()", test_body_start_label_end },
	{ "default distances, nested lists", test_defaults_and_nesting },
	CU_TEST_INFO_NULL,
};

UNIT_MAIN("fo_list", tests)
