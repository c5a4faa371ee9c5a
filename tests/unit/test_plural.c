/* Unit tests for the one plural rule (src/util/plural.h): the C code and
 * the stylesheets (stylesheets/plural.xsl, template lp-count) give the same
 * text for the same count and nouns.  Run from the top of the tree (make
 * unit does): the stylesheet is read from stylesheets/. */
#include <stdio.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>

#include "unit.h"
#include "util/plural.h"

static const unsigned counts[] = { 0, 1, 2, 3, 11, 21, 101 };
static const char *const nouns[][2] = {
	{ "breach", "breaches" }, { "body", "bodies" }, { "place", "places" },
	{ "warning", "warnings" }, { "meeting", "meetings" },
};
enum { NCOUNTS = sizeof counts / sizeof counts[0], NNOUNS = sizeof nouns / sizeof nouns[0] };

/* A stylesheet beside plural.xsl (its base URI is in stylesheets/) that
 * writes lp-count for every count and noun, one per line. */
static char *sheet_text(void)
{
	static char text[8192];
	size_t n = (size_t)snprintf(text, sizeof text,
	    "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
	    "<xsl:include href='plural.xsl'/><xsl:output method='text'/>"
	    "<xsl:template match='/'>");
	for (size_t i = 0; i < NCOUNTS; i++)
		for (size_t j = 0; j < NNOUNS; j++)
			n += (size_t)snprintf(text + n, sizeof text - n,
			    "<xsl:call-template name='lp-count'><xsl:with-param name='n' select='%u'/>"
			    "<xsl:with-param name='one'>%s</xsl:with-param>"
			    "<xsl:with-param name='many'>%s</xsl:with-param></xsl:call-template>"
			    "<xsl:text>&#10;</xsl:text>", counts[i], nouns[j][0], nouns[j][1]);
	snprintf(text + n, sizeof text - n, "</xsl:template></xsl:stylesheet>");
	return text;
}

static void test_plural_c_rule(void)
{
	char out[64];
	plural_count(1, "breach", "breaches", out, sizeof out);
	CU_ASSERT_STRING_EQUAL(out, "1 breach");
	plural_count(0, "breach", "breaches", out, sizeof out);
	CU_ASSERT_STRING_EQUAL(out, "0 breaches");
	plural_count(2, "body", "bodies", out, sizeof out);
	CU_ASSERT_STRING_EQUAL(out, "2 bodies");
	CU_ASSERT_STRING_EQUAL(plural_noun(21, "place", "places"), "places");
}

static void test_plural_stylesheet_agrees(void)
{
	const char *text = sheet_text();
	xmlDocPtr sdoc = xmlReadMemory(text, (int)strlen(text), "stylesheets/plural-test.xsl", NULL, 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(sdoc);
	xsltStylesheetPtr sheet = xsltParseStylesheetDoc(sdoc);
	CU_ASSERT_PTR_NOT_NULL_FATAL(sheet);
	xmlDocPtr in = xmlReadMemory("<in/>", 5, "in.xml", NULL, 0);
	xmlDocPtr out = xsltApplyStylesheet(sheet, in, NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(out);
	xmlChar *got = NULL;
	int len = 0;
	xsltSaveResultToString(&got, &len, out, sheet);
	char want[8192] = "";
	size_t n = 0;
	for (size_t i = 0; i < NCOUNTS; i++)
		for (size_t j = 0; j < NNOUNS; j++) {
			plural_count(counts[i], nouns[j][0], nouns[j][1], want + n, sizeof want - n);
			n += strlen(want + n);
			n += (size_t)snprintf(want + n, sizeof want - n, "\n");
		}
	CU_ASSERT_PTR_NOT_NULL_FATAL(got);
	CU_ASSERT_STRING_EQUAL((const char *)got, want);
	xmlFree(got);
	xmlFreeDoc(out);
	xmlFreeDoc(in);
	xsltFreeStylesheet(sheet);
}

static CU_TestInfo tests[] = {
	{ "C: the singular for 1 only", test_plural_c_rule },
	{ "the stylesheets' lp-count gives the C text", test_plural_stylesheet_agrees },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("plural", tests)
