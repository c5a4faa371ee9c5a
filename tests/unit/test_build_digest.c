/* Unit tests for the digest of a document's view (build_manifest.c):
 * computed from the tree, it must give equal trees the same digest and
 * tell apart trees that differ anywhere — a name, a value, where a node
 * hangs — even where their serialised text would be close. */
#include <string.h>
#include <libxml/parser.h>

#include "unit.h"
#include "build/build_internal.h"

static void digest_of(const char *xml, char out[65])
{
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "v.xml", NULL, XML_PARSE_NONET);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	build_item_t it;
	memset(&it, 0, sizeof it);
	it.file = "minutes/x.pdf";
	it.stylesheet = "minutes.xsl";
	build_manifest_digest(&it, "common", doc);
	memcpy(out, it.digest, 65);
	xmlFreeDoc(doc);
}

static void test_equal_trees_equal_digests(void)
{
	char a[65], b[65];
	digest_of("<v a='1' b='x'><c>text</c></v>", a);
	digest_of("<v a=\"1\"  b=\"x\"><c>text</c></v>", b);
	CU_ASSERT_EQUAL(strlen(a), 64);
	CU_ASSERT_STRING_EQUAL(a, b);
}

static void test_any_difference_shows(void)
{
	static const char *const trees[] = {
		"<v a='1' b='x'><c>text</c></v>",
		"<v a='1' b='y'><c>text</c></v>",       /* a value */
		"<v a='1' c='x'><c>text</c></v>",       /* an attribute's name */
		"<v b='x' a='1'><c>text</c></v>",       /* attribute order */
		"<v a='1' b='x'><d>text</d></v>",       /* an element's name */
		"<v a='1' b='x'><c>texts</c></v>",      /* text */
		"<v a='1' b='x'><c>te</c><c>xt</c></v>",
		"<v a='1' b='x'><c/>text</v>",          /* where the text hangs */
		"<v a='1' b='x'><c><c>text</c></c></v>",
		"<v a='1' b='x'><c>text</c><c/></v>",
		"<v a='1' b='x'><c>text</c><!--c--></v>",
		"<v a='1' b='x'><c a='text'/></v>",     /* text become an attribute */
		"<v a='1' b='x'><c>&lt;text</c></v>",
		"<v a='1' b='x'/>",
		"<v a='1' b='x'><c>text</c></v><!-- after -->",
		"<v xmlns='' a='1' b='x'><c>text</c></v>",   /* a namespace declared */
		"<v xmlns:p='u' a='1' b='x'><c>text</c></v>",
		"<v xmlns:p='u' a='1' p:b='x'><c>text</c></v>",
	};
	enum { N = sizeof trees / sizeof trees[0] };
	char d[N][65];
	for (size_t i = 0; i < N; i++)
		digest_of(trees[i], d[i]);
	for (size_t i = 0; i < N; i++)
		for (size_t j = i + 1; j < N; j++)
			if (strcmp(d[i], d[j]) == 0) {
				fprintf(stderr, "\nsame digest: %s and %s\n", trees[i], trees[j]);
				CU_FAIL("two different views have the same digest");
			}
}

/* Every input besides the view is in the digest too. */
static void test_item_inputs_in_digest(void)
{
	xmlDocPtr doc = xmlReadMemory("<v/>", 4, "v.xml", NULL, 0);
	build_item_t it;
	memset(&it, 0, sizeof it);
	it.file = "a.pdf";
	it.stylesheet = "minutes.xsl";
	char seen[6][65];
	build_manifest_digest(&it, "common", doc);
	memcpy(seen[0], it.digest, 65);
	build_manifest_digest(&it, "common2", doc);
	memcpy(seen[1], it.digest, 65);
	it.file = "b.pdf";
	build_manifest_digest(&it, "common", doc);
	memcpy(seen[2], it.digest, 65);
	it.stylesheet = "pack.xsl";
	build_manifest_digest(&it, "common", doc);
	memcpy(seen[3], it.digest, 65);
	it.marked = 1;   /* the mark is drawn: what the digest must see */
	build_manifest_digest(&it, "common", doc);
	memcpy(seen[4], it.digest, 65);
	build_manifest_digest(&it, "common", NULL);
	memcpy(seen[5], it.digest, 65);
	for (int i = 0; i < 6; i++)
		for (int j = i + 1; j < 6; j++)
			CU_ASSERT_STRING_NOT_EQUAL(seen[i], seen[j]);
	xmlFreeDoc(doc);
}

static CU_TestInfo tests[] = {
	{ "equal views, equal digests", test_equal_trees_equal_digests },
	{ "views differing anywhere, different digests", test_any_difference_shows },
	{ "file, stylesheet, mark, common inputs in the digest", test_item_inputs_in_digest },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("build digest", tests)
