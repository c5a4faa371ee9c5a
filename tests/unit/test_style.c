/* Unit tests for src/style: stylesheets run, and cannot escape their folders. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libxml/parser.h>

#include "unit.h"
#include "style/style.h"
#include "util/xmlsafe.h"

#define DIR "tests/unit/style/"

static xmlDocPtr input_doc(void)
{
	const char *xml = "<in name=\"Liverpool\"/>";
	return xmlReadMemory(xml, (int)strlen(xml), "in.xml", NULL, 0);
}

static char *run(const char *sheet, const char *const *params, diag_t *d)
{
	style_t *s = style_load(sheet, NULL, d);
	if (s == NULL)
		return NULL;
	xmlDocPtr in = input_doc();
	xmlDocPtr out = style_apply(s, in, params, d);
	xmlChar *text = NULL;
	int len = 0;
	if (out)
		xmlDocDumpMemory(out, &text, &len);
	xmlFreeDoc(out);
	xmlFreeDoc(in);
	style_free(s);
	return (char *)text;
}

static void test_style_transforms_with_include_and_params(void)
{
	diag_t *d = diag_new();
	const char *params[] = { "who", "the clerk's office", NULL };
	char *text = run(DIR "ok.xsl", params, d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "hello Liverpool"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "who=\"the clerk's office\""));
	xmlFree(text);
	diag_free(d);
}

static void test_style_cannot_write_files(void)
{
	unlink("/tmp/lpdoc-style-escape.txt");
	diag_t *d = diag_new();
	char *text = run(DIR "write.xsl", NULL, d);
	CU_ASSERT_PTR_NULL(text);
	CU_ASSERT_EQUAL(access("/tmp/lpdoc-style-escape.txt", F_OK), -1);
	CU_ASSERT_TRUE(diag_count(d, DIAG_ERROR) >= 1);
	xmlFree(text);
	diag_free(d);
}

static void test_style_reads_its_folder(void)
{
	diag_t *d = diag_new();
	char *text = run(DIR "read.xsl", NULL, d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "<out>greet</out>"));  /* inc.xsl is beside */
	xmlFree(text);
	diag_free(d);
}

/* Reading outside is an error naming the file, not an empty node-set. */
static void test_style_read_outside_refused(void)
{
	diag_t *d = diag_new();
	char *text = run(DIR "read-outside.xsl", NULL, d);
	CU_ASSERT_PTR_NULL(text);
	int found = 0;
	for (size_t i = 0; i < diag_len(d); i++) {
		const diag_msg_t *m = diag_get(d, i);
		found |= m->level == DIAG_ERROR && strstr(m->text, "document('/etc/passwd') refused");
	}
	CU_ASSERT_TRUE(found);
	xmlFree(text);
	diag_free(d);
}

static void test_style_document_entities_not_expanded(void)
{
	diag_t *d = diag_new();
	char *text = run(DIR "xxe.xsl", NULL, d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "<out>[]</out>"));
	xmlFree(text);
	diag_free(d);
}

static void test_style_write_is_reported(void)
{
	diag_t *d = diag_new();
	free(run(DIR "write.xsl", NULL, d));
	int found = 0;
	for (size_t i = 0; i < diag_len(d); i++)
		if (strstr(diag_get(d, i)->text, "denied") != NULL)
			found = 1;
	CU_ASSERT_TRUE(found);
	diag_free(d);
}

static void test_style_include_outside_refused(void)
{
	diag_t *d = diag_new();
	char *text = run(DIR "outside.xsl", NULL, d);
	CU_ASSERT_PTR_NULL(text);
	CU_ASSERT_TRUE(diag_count(d, DIAG_ERROR) >= 1);
	diag_free(d);
}

static void test_style_missing_sheet(void)
{
	diag_t *d = diag_new();
	CU_ASSERT_PTR_NULL(style_load(DIR "nonexistent.xsl", NULL, d));
	CU_ASSERT_STRING_EQUAL(diag_get(d, 0)->text, "stylesheet not found");
	diag_free(d);
}

static int suite_init(void)
{
	style_init();
	return 0;
}

static CU_TestInfo tests[] = {
	{ "transforms with include and params", test_style_transforms_with_include_and_params },
	{ "cannot write files", test_style_cannot_write_files },
	{ "reads inside its folder", test_style_reads_its_folder },
	{ "reading outside its folder is an error", test_style_read_outside_refused },
	{ "entities in read documents are not expanded", test_style_document_entities_not_expanded },
	{ "a refused write says so", test_style_write_is_reported },
	{ "include outside its folder is refused", test_style_include_outside_refused },
	{ "missing stylesheet is reported", test_style_missing_sheet },
	CU_TEST_INFO_NULL
};

UNIT_MAIN_WITH("style", tests, suite_init, NULL)
