/* Unit tests for schema_pattern (the pattern facets checked once
 * compiled, beside a grammar without them) and for the records it
 * validates: a value breaking a pattern is still refused with libxml2's
 * own message.  Run from the top of the tree (make unit does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "unit.h"
#include "model/model.h"
#include "model/schema_pattern.h"
#include "util/diag.h"

#define RNG_HEAD "<grammar xmlns='http://relaxng.org/ns/structure/1.0' " \
	"datatypeLibrary='http://www.w3.org/2001/XMLSchema-datatypes'>"
#define PATTERN(p) "<data type='token'><param name='pattern'>" p "</param></data>"

/* Patterns on attributes, directly and through defines; <c>'s id and
 * <r>'s id have different ones. */
static const char grammar[] = RNG_HEAD
	"<start><element name='r'><ref name='id.attr'/>"
	"<zeroOrMore><element name='c'><attribute name='id'><ref name='digits'/></attribute>"
	"<optional><attribute name='at'>" PATTERN("[0-9]{2}:[0-9]{2}") "</attribute></optional>"
	"<optional><attribute name='note'><text/></attribute></optional>"
	"</element></zeroOrMore></element></start>"
	"<define name='id.attr'><attribute name='id'>" PATTERN("[a-z]+") "</attribute></define>"
	"<define name='digits'>" PATTERN("[0-9]+") "</define>"
	"<define name='unused'>" PATTERN("x") "</define>"
	"</grammar>";

static void quiet(void *user, xmlErrorPtr err)
{
	(void)user;
	(void)err;
}

static xmlDocPtr parse(const char *text)
{
	return xmlReadMemory(text, (int)strlen(text), "t.xml", NULL, XML_PARSE_NONET);
}

/* check() on a record, and whether the loose grammar accepts it. */
static int check(const schema_pattern_t *sp, const char *record)
{
	xmlDocPtr doc = parse(record);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	int ok = schema_pattern_check(sp, doc);
	xmlFreeDoc(doc);
	return ok;
}

static int count_params(const xmlNode *n)
{
	int k = 0;
	for (; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			k += (strcmp((const char *)n->name, "param") == 0) + count_params(n->children);
	return k;
}

static void test_patterns_placed_and_checked(void)
{
	xmlDocPtr rng = parse(grammar);
	xmlDocPtr loose = NULL;
	schema_pattern_t *sp = schema_pattern_new(rng, &loose);
	CU_ASSERT_PTR_NOT_NULL_FATAL(sp);
	CU_ASSERT_PTR_NOT_NULL_FATAL(loose);
	CU_ASSERT_EQUAL(count_params(xmlDocGetRootElement(rng)), 4);
	CU_ASSERT_EQUAL(count_params(xmlDocGetRootElement(loose)), 0);
	CU_ASSERT_TRUE(check(sp, "<r id='abc'><c id='12' at='08:30'/><c id='3' note='any thing'/></r>"));
	CU_ASSERT_FALSE(check(sp, "<r id='12'/>"));               /* r's id: letters */
	CU_ASSERT_FALSE(check(sp, "<r id='abc'><c id='abc'/></r>"));  /* c's id: digits */
	CU_ASSERT_FALSE(check(sp, "<r id='abc'><c id='1' at='8:30'/></r>"));
	CU_ASSERT_FALSE(check(sp, "<r id='ab c'/>"));
	CU_ASSERT_FALSE(check(sp, "<r id=' abc'/>"));   /* white space: the grammar decides */
	CU_ASSERT_FALSE(check(sp, "<r id='abc'><c id='1x'/></r>"));
	/* the loose grammar still checks all the rest */
	xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewDocParserCtxt(loose);
	xmlRelaxNGPtr lr = xmlRelaxNGParse(pc);
	xmlRelaxNGFreeParserCtxt(pc);
	CU_ASSERT_PTR_NOT_NULL_FATAL(lr);
	xmlRelaxNGValidCtxtPtr vc = xmlRelaxNGNewValidCtxt(lr);
	xmlRelaxNGSetValidStructuredErrors(vc, quiet, NULL);
	xmlDocPtr bad = parse("<r id='12'><d/></r>");
	xmlDocPtr good = parse("<r id='12'><c id='x'/></r>");
	CU_ASSERT_NOT_EQUAL(xmlRelaxNGValidateDoc(vc, bad), 0);
	CU_ASSERT_EQUAL(xmlRelaxNGValidateDoc(vc, good), 0);
	xmlFreeDoc(bad);
	xmlFreeDoc(good);
	xmlRelaxNGFreeValidCtxt(vc);
	xmlRelaxNGFree(lr);
	schema_pattern_free(sp);
	xmlFreeDoc(loose);
	xmlFreeDoc(rng);
}

/* A grammar whose patterns cannot all be placed on attributes gets no
 * shortcut: the whole grammar does the work. */
static void expect_no_shortcut(const char *text)
{
	xmlDocPtr rng = parse(text);
	CU_ASSERT_PTR_NOT_NULL_FATAL(rng);
	xmlDocPtr loose = (xmlDocPtr)1;
	CU_ASSERT_PTR_NULL(schema_pattern_new(rng, &loose));
	CU_ASSERT_PTR_NULL(loose);
	xmlFreeDoc(rng);
}

static void test_patterns_not_placed(void)
{
	/* on an element's text */
	expect_no_shortcut(RNG_HEAD "<start><element name='r'>" PATTERN("[a-z]+")
	                   "</element></start></grammar>");
	/* on the items of a list, and under except */
	expect_no_shortcut(RNG_HEAD "<start><element name='r'><attribute name='a'><list>"
	                   "<oneOrMore>" PATTERN("[a-z]+") "</oneOrMore></list></attribute>"
	                   "</element></start></grammar>");
	expect_no_shortcut(RNG_HEAD "<start><element name='r'><attribute name='a'>"
	                   "<data type='token'><except>" PATTERN("[a-z]+") "</except></data>"
	                   "</attribute></element></start></grammar>");
	/* on an attribute of any name */
	expect_no_shortcut(RNG_HEAD "<start><element name='r'><attribute><anyName/>"
	                   PATTERN("[a-z]+") "</attribute></element></start></grammar>");
	/* none at all: nothing to gain */
	expect_no_shortcut(RNG_HEAD "<start><element name='r'><attribute name='a'>"
	                   "<text/></attribute></element></start></grammar>");
}

/* Records breaking each pattern of the real schemas are refused with
 * libxml2's message, as without the shortcut. */
static void expect_refused(const char *file, const char *sed, const char *message)
{
	char dir[] = "/tmp/lpdoc-unit-XXXXXX";
	CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
	char cmd[768];
	snprintf(cmd, sizeof cmd, "cp -R data/example/. %s && sed -i '%s' %s/%s", dir, sed, dir, file);
	CU_ASSERT_EQUAL_FATAL(system(cmd), 0);
	setenv("LPDOC_DATADIR", ".", 0);
	diag_t *d = diag_new();
	model_t *m = model_load(dir, d);
	CU_ASSERT_PTR_NULL(m);
	int found = 0;
	for (size_t i = 0; i < diag_len(d); i++)
		found += strstr(diag_get(d, i)->text, message) != NULL;
	if (!found) {
		fprintf(stderr, "\nwanted '%s' after %s on %s; got:\n", message, sed, file);
		diag_print(d, stderr);
	}
	CU_ASSERT_TRUE(found);
	model_free(m);
	diag_free(d);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	CU_ASSERT_EQUAL(system(cmd), 0);
}

static void test_real_patterns_enforced(void)
{
	expect_refused("people.xml", "s/id=\"p-ada\"/id=\"-p-ada\"/",
	               "Element person failed to validate attributes");
	expect_refused("people.xml", "s/id=\"p-ada\"/id=\"p ada\"/",
	               "Element person failed to validate attributes");
	expect_refused("meetings/eb.xml", "s/start=\"08:30\"/start=\"8:30\"/",
	               "Invalid attribute start for element meeting");
	expect_refused("members.xml", "s/year=\"2025-26\"/year=\"2025-2026\"/",
	               "Invalid attribute year for element subscription");
	expect_refused("members.xml", "s/urn=\"100002\"/urn=\"12345\"/",
	               "Invalid attribute urn for element school");
	expect_refused("partnership.xml", "s/primary-colour=\"#[0-9A-Fa-f]*\"/primary-colour=\"#12345g\"/",
	               "Invalid attribute primary-colour for element branding");
	expect_refused("meetings/eb.xml", "s/person=\"p-eve\"/person=\"p eve\"/",
	               "Element present failed to validate content");
}

static CU_TestInfo tests[] = {
	{ "patterns placed on attributes, checked compiled once", test_patterns_placed_and_checked },
	{ "patterns that cannot be placed: no shortcut", test_patterns_not_placed },
	{ "the real schemas' patterns still refuse bad values", test_real_patterns_enforced },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("model schema", tests)
