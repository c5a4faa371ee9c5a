/* Unit tests for the checker's message table: every message has a level,
 * a unique name, a family, a text with one conversion per named argument,
 * and a row in docs/diagnostics.md that shows the same text.
 * Run from the top of the tree (make unit does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "check/check_msg.h"

static const char *const families[] = {
	"seats", "quorum", "pattern", "reports", "money", "membership", "minutes", "confidentiality", "agreement", "text", NULL
};

/* Conversions in a printf format, or -1 for one the table must not use. */
static int count_conversions(const char *fmt)
{
	int n = 0;
	for (const char *p = strchr(fmt, '%'); p; p = strchr(p + 1, '%')) {
		if (strchr("sud", p[1]) == NULL)
			return -1;
		n++;
	}
	return n;
}

static int count_words(const char *s)
{
	int n = 0, in = 0;
	for (; *s; s++) {
		if (*s != ' ' && !in)
			n++;
		in = *s != ' ';
	}
	return n;
}

static void test_every_message_complete(void)
{
	for (int id = 0; id < CHECK_MSG_COUNT; id++) {
		const check_msg_info_t *m = check_msg_info((check_msg_t)id);
		CU_ASSERT_PTR_NOT_NULL_FATAL(m);
		CU_ASSERT(m->level == DIAG_NOTE || m->level == DIAG_WARNING || m->level == DIAG_ERROR);
		CU_ASSERT(m->name && *m->name && strchr(m->name, ' ') == NULL);
		CU_ASSERT(m->format && *m->format);
		int known = 0;
		for (int f = 0; families[f]; f++)
			known |= m->family && strcmp(m->family, families[f]) == 0;
		CU_ASSERT(known);
		int conv = count_conversions(m->format);
		if (conv != count_words(m->args))
			fprintf(stderr, "message %s: %d conversions, %d argument names\n", m->name, conv,
			        count_words(m->args));
		CU_ASSERT_EQUAL(conv, count_words(m->args));
		for (int other = 0; other < id; other++)
			CU_ASSERT_STRING_NOT_EQUAL(check_msg_info((check_msg_t)other)->name, m->name);
	}
	CU_ASSERT_PTR_NULL(check_msg_info(CHECK_MSG_COUNT));
}

static void test_levels_are_ordered(void)
{
	/* The checker's exit status depends on this order. */
	CU_ASSERT(DIAG_NOTE < DIAG_WARNING);
	CU_ASSERT(DIAG_WARNING < DIAG_ERROR);
	CU_ASSERT(DIAG_ERROR < DIAG_FATAL);
}

/* The text as the manual shows it: each conversion replaced by *name*. */
static void render(const check_msg_info_t *m, char *out, size_t size)
{
	char names[256];
	snprintf(names, sizeof names, "%s", m->args);
	char *save = NULL, *name = strtok_r(names, " ", &save);
	size_t o = 0;
	for (const char *p = m->format; *p && o + 1 < size; p++) {
		if (*p == '%' && p[1]) {
			o += (size_t)snprintf(out + o, size - o, "*%s*", name ? name : "?");
			name = strtok_r(NULL, " ", &save);
			p++;
		} else {
			out[o++] = *p;
		}
	}
	out[o < size ? o : size - 1] = '\0';
}

static char *read_doc(void)
{
	FILE *f = fopen("docs/diagnostics.md", "rb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	char *text = calloc(1, 1 << 20);
	size_t n = fread(text, 1, (1 << 20) - 1, f);
	fclose(f);
	text[n] = '\0';
	return text;
}

static void test_every_message_documented(void)
{
	char *doc = read_doc();
	for (int id = 0; id < CHECK_MSG_COUNT; id++) {
		const check_msg_info_t *m = check_msg_info((check_msg_t)id);
		char row[2048], text[1024];
		render(m, text, sizeof text);
		snprintf(row, sizeof row, "| `%s` | %s%s | %s |", m->name, m->duty ? "by wording, else " : "",
		         diag_level_name(m->level), text);
		if (strstr(doc, row) == NULL)
			fprintf(stderr, "docs/diagnostics.md lacks the row starting\n  %s\n", row);
		CU_ASSERT_PTR_NOT_NULL(strstr(doc, row));
	}
	free(doc);
}

static CU_TestInfo tests[] = {
	{ "every message has level, name, family and text", test_every_message_complete },
	{ "levels are ordered note < warning < error", test_levels_are_ordered },
	{ "every message is documented", test_every_message_documented },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("check messages", tests)
