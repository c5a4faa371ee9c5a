/* Unit tests for doc_file_stem: batch file names that never leave
 * their folder, whatever the school is called. */
#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "unit.h"

static void expect_stem(const char *key, const char *name, const char *want)
{
	char *got = doc_file_stem(key, name);
	CU_ASSERT_STRING_EQUAL(got, want);
	CU_ASSERT_PTR_NULL(strchr(got, '/'));
	CU_ASSERT_PTR_NULL(strstr(got, ".."));
	free(got);
}

static void test_plain(void)
{
	expect_stem("100001", "Mill Lane Primary School", "100001-mill-lane-primary-school");
	expect_stem("100002", "St Mary’s C of E (VA) Primary", "100002-st-marys-c-of-e-va-primary");
	expect_stem("100003", "St Teresa's", "100003-st-teresas");
	expect_stem("100004", "Ysgol Bro Môr – École Française", "100004-ysgol-bro-mor-ecole-francaise");
	expect_stem("100005", "Æsop × Øresund ÷", "100005-aesop-oresund");
}

static void test_hostile(void)
{
	expect_stem("100001", "../../etc/passwd", "100001-etc-passwd");
	expect_stem("100002", "/", "100002");
	expect_stem("100003", "..", "100003");
	expect_stem("1/2", "a\\b", "1-2-a-b");
	expect_stem("", "", "x");
	expect_stem(NULL, NULL, "x");
	expect_stem("..", "..", "x");
}

/* A key alone (the build's meeting, term and year ids) is kept whole:
 * its last character was once dropped ("liverpool" -> "liverpoo"). */
static void test_key_only(void)
{
	expect_stem("liverpool", NULL, "liverpool");
	expect_stem("2025-26", NULL, "2025-26");
	expect_stem("eb-2025-09-30", NULL, "eb-2025-09-30");
	expect_stem("../x", NULL, "x");
	expect_stem("..", NULL, "x");
}

static void test_length(void)
{
	char name[300];
	memset(name, 'a', sizeof name - 1);
	name[sizeof name - 1] = '\0';
	char *got = doc_file_stem("123456", name);
	CU_ASSERT_EQUAL(strlen(got), 7 + 60);
	free(got);
	/* Cut at 60 bytes of name, then no trailing '-'. */
	got = doc_file_stem("1", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b");
	CU_ASSERT_STRING_EQUAL(got, "1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
	free(got);
}

static CU_TestInfo tests[] = {
	{ "plain names", test_plain },
	{ "hostile names", test_hostile },
	{ "a key alone", test_key_only },
	{ "length limit", test_length },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("doc_name", tests)
