/*
 * unit_xml: XPath assertions on view documents for the CUnit tests.
 * unit_xpath_string() returns a string the caller frees with free().
 */
#ifndef LPDOC_TESTS_UNIT_XML_H
#define LPDOC_TESTS_UNIT_XML_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/xpath.h>

#include "unit.h"

static inline char *unit_xpath_string(xmlDocPtr doc, const char *expr)
{
	xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
	xmlXPathObjectPtr o = xmlXPathEvalExpression((const xmlChar *)expr, ctx);
	xmlChar *s = xmlXPathCastToString(o);
	char *out = strdup((const char *)s);
	xmlFree(s);
	xmlXPathFreeObject(o);
	xmlXPathFreeContext(ctx);
	return out;
}

/* Asserts that expr evaluates to want, printing both when it does not. */
static inline void unit_expect_xpath(xmlDocPtr doc, const char *expr, const char *want)
{
	char *got = unit_xpath_string(doc, expr);
	if (strcmp(got, want) != 0)
		fprintf(stderr, "\n%s: got '%s', want '%s'\n", expr, got, want);
	CU_ASSERT_STRING_EQUAL(got, want);
	free(got);
}

#endif
