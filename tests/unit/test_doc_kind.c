/* Unit tests for the table of document kinds (doc/doc_kind.h) and the
 * shared options of the document commands (cli_doc_parse()): every row
 * names its own id, a stylesheet that exists, a view builder and a file
 * no other row has; the parser takes a row's options and no others, and
 * refuses a bad --today, --fo with --view and what the command needs. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "doc/doc_kind.h"
#include "util/paths.h"
#include "unit.h"

static void test_rows(void)
{
	setenv("LPDOC_DATADIR", ".", 0);
	for (size_t i = 0; i < DOC_NKINDS; i++) {
		const doc_kind_t *k = doc_kind((doc_kind_id_t)i);
		CU_ASSERT_EQUAL(k->id, (doc_kind_id_t)i);
		CU_ASSERT_PTR_NOT_NULL(k->build);
		CU_ASSERT_PTR_NOT_NULL(k->command);
		char *rel = malloc(strlen(k->stylesheet) + 16);
		strcpy(rel, "stylesheets/");
		strcat(rel, k->stylesheet);
		char *path = paths_data_file(rel);
		CU_ASSERT_EQUAL(access(path, R_OK), 0);
		free(path);
		free(rel);
		const char *dot = strrchr(k->file, '.');
		CU_ASSERT(k->per_item ? dot == NULL : dot != NULL && strcmp(dot, ".pdf") == 0);
		CU_ASSERT(!k->public_edition || k->per_item);
		for (size_t j = 0; j < i; j++)
			CU_ASSERT(strcmp(doc_kind((doc_kind_id_t)j)->file, k->file) != 0);
	}
}

/* Parses the NULL-terminated words for a command of kind id. */
static int parse(cli_doc_opts_t *o, doc_kind_id_t id, const char *key_option, char **words)
{
	int argc = 0;
	while (words[argc])
		argc++;
	*o = (cli_doc_opts_t){ .kind = doc_kind(id), .cmd = "test", .usage = "usage: test\n",
	                       .key_option = key_option };
	return cli_doc_parse(o, argc, words);
}

static void test_parse_ok(void)
{
	cli_doc_opts_t o;
	char *argv[] = { "minutes", "dir", "--meeting", "eb-1", "--public", "--today",
	                 "2025-12-10", "--fo", "-o", "x.fo", NULL };
	CU_ASSERT_EQUAL(parse(&o, DOC_MINUTES, "meeting", argv), -1);
	CU_ASSERT_STRING_EQUAL(o.dir, "dir");
	CU_ASSERT_STRING_EQUAL(o.key, "eb-1");
	CU_ASSERT_STRING_EQUAL(o.out, "x.fo");
	CU_ASSERT(o.public_edition && o.fo_only && !o.view_only);
	CU_ASSERT(o.today.y == 2025 && o.today.m == 12 && o.today.d == 10);
	char *none[] = { "compliance", "dir", "-o", "x.pdf", NULL };
	CU_ASSERT_EQUAL(parse(&o, DOC_COMPLIANCE_REPORT, NULL, none), -1);
	CU_ASSERT(!date_is_set(o.today));
}

static void test_parse_refused(void)
{
	cli_doc_opts_t o;
	char *today[] = { "compliance", "dir", "--today", "2025-02-30", "-o", "x.pdf", NULL };
	CU_ASSERT_EQUAL(parse(&o, DOC_COMPLIANCE_REPORT, NULL, today), EXIT_INVALID);
	char *both[] = { "compliance", "dir", "--fo", "--view", "-o", "x.pdf", NULL };
	CU_ASSERT_EQUAL(parse(&o, DOC_COMPLIANCE_REPORT, NULL, both), EXIT_INVALID);
	char *no_out[] = { "compliance", "dir", NULL };
	CU_ASSERT_EQUAL(parse(&o, DOC_COMPLIANCE_REPORT, NULL, no_out), EXIT_INVALID);
	char *no_key[] = { "minutes", "dir", "-o", "x.pdf", NULL };
	CU_ASSERT_EQUAL(parse(&o, DOC_MINUTES, "meeting", no_key), EXIT_INVALID);
	/* --public is not one of the compliance report's options */
	char *public[] = { "compliance", "dir", "--public", "-o", "x.pdf", NULL };
	CU_ASSERT_EQUAL(parse(&o, DOC_COMPLIANCE_REPORT, NULL, public), EXIT_INVALID);
	/* nor --view one of the agreement's */
	char *view[] = { "agreement", "dir", "--view", "-o", "x.pdf", NULL };
	CU_ASSERT_EQUAL(parse(&o, DOC_AGREEMENT, NULL, view), EXIT_INVALID);
}

static CU_TestInfo tests[] = {
	{ "one row per kind", test_rows },
	{ "shared options", test_parse_ok },
	{ "refused options", test_parse_refused },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("doc_kind", tests)
