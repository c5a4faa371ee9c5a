/* Unit tests for check_wording: a duty rule's level from its clause's words
 * ("shall" binds: error; "should" asks: warning), a fixed rule's level
 * untouched, whole words only, a sub-clause read with the clause above it. */
#include <string.h>

#include "unit.h"
#include "check/check_wording.h"

/* A clause holding one paragraph of text, under parent (may be NULL). */
static model_clause_t clause_of(char *text, model_block_t *block, model_clause_t *parent)
{
	memset(block, 0, sizeof *block);
	block->kind = MODEL_BLOCK_P;
	block->text = text;
	model_clause_t cl = { .parent = parent, .content = { .blocks = block, .nblocks = 1 } };
	return cl;
}

static void test_shall_is_an_error(void)
{
	model_block_t b;
	char text[] = "The Board shall have two Headteachers.";
	model_clause_t cl = clause_of(text, &b, NULL);
	char word[32];
	CU_ASSERT_EQUAL(check_clause_wording(&cl, word, sizeof word), CHECK_WORDING_BINDS);
	CU_ASSERT_STRING_EQUAL(word, "shall");
	/* seat-vacant is a warning by its own level; "shall" makes it an error */
	CU_ASSERT_EQUAL(check_msg_level(CHECK_MSG_SEAT_VACANT, &cl), DIAG_ERROR);
	/* a fixed rule keeps its level whatever the clause says */
	CU_ASSERT_EQUAL(check_msg_level(CHECK_MSG_MEETING_INQUORATE, &cl), DIAG_WARNING);
}

static void test_should_is_a_warning(void)
{
	model_block_t b;
	char text[] = "Information shared at meetings should be regarded as confidential.";
	model_clause_t cl = clause_of(text, &b, NULL);
	char word[32];
	CU_ASSERT_EQUAL(check_clause_wording(&cl, word, sizeof word), CHECK_WORDING_ASKS);
	CU_ASSERT_STRING_EQUAL(word, "should");
	/* confidential-minute-cited is an error by its own level */
	CU_ASSERT_EQUAL(check_msg_level(CHECK_MSG_CONFIDENTIAL_MINUTE_CITED, &cl), DIAG_WARNING);
}

static void test_binding_wins_and_whole_words(void)
{
	model_block_t b;
	char both[] = "The expected outcome is that the stock will not reduce.";
	model_clause_t cl = clause_of(both, &b, NULL);
	char word[32];
	CU_ASSERT_EQUAL(check_clause_wording(&cl, word, sizeof word), CHECK_WORDING_BINDS);
	CU_ASSERT_STRING_EQUAL(word, "will");
	char parts[] = "A willing, shallow Board; musty papers; meetings aimed at Headteachers.";
	cl = clause_of(parts, &b, NULL);
	CU_ASSERT_EQUAL(check_clause_wording(&cl, word, sizeof word), CHECK_WORDING_NONE);
	CU_ASSERT_STRING_EQUAL(word, "");
	/* neither: the rule's own level */
	CU_ASSERT_EQUAL(check_msg_level(CHECK_MSG_SEAT_VACANT, &cl), DIAG_WARNING);
	CU_ASSERT_EQUAL(check_msg_level(CHECK_MSG_DECISION_INQUORATE, &cl), DIAG_ERROR);
	CU_ASSERT_EQUAL(check_msg_level(CHECK_MSG_DECISION_INQUORATE, NULL), DIAG_ERROR);
}

static void test_sub_clause_reads_its_parent(void)
{
	model_block_t pb, cb;
	char lead[] = "The Executive Committee shall:";
	char item[] = "provide a termly report to the Parties;";
	model_clause_t parent = clause_of(lead, &pb, NULL);
	model_clause_t child = clause_of(item, &cb, &parent);
	char word[32];
	CU_ASSERT_EQUAL(check_clause_wording(&child, word, sizeof word), CHECK_WORDING_BINDS);
	CU_ASSERT_STRING_EQUAL(word, "shall");
	CU_ASSERT_EQUAL(check_msg_level(CHECK_MSG_ACTIVITY_NO_OUTPUTS, &child), DIAG_ERROR);
}

static CU_TestInfo tests[] = {
	{ "\"shall\" makes a duty rule an error", test_shall_is_an_error },
	{ "\"should\" makes a duty rule a warning", test_should_is_a_warning },
	{ "binding words win; whole words only", test_binding_wins_and_whole_words },
	{ "a sub-clause reads the clause above it", test_sub_clause_reads_its_parent },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("check wording", tests)
