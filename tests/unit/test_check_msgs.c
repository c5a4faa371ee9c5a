/* Unit tests for the message tables (the checker's, the records loader's
 * and the FO engine's): every message has a level, a name unique across
 * the tables, a family, a text with one conversion per named argument, and
 * a row in docs/diagnostics.md that shows the same text; every message row
 * of docs/diagnostics.md names a message of a table.
 * Run from the top of the tree (make unit does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "check/check_msg.h"
#include "fo/fo_msg.h"
#include "model/model_msg.h"

static const char *const check_families[] = {
	"seats", "quorum", "pattern", "reports", "money", "membership", "minutes", "confidentiality", "agreement", "text", "agenda", NULL
};
static const char *const model_families[] = { "files", "schema", "values", "ids", "records", NULL };
static const char *const fo_families[] = { "structure", "properties", "content", "output", NULL };

typedef struct table {
	const diag_row_t *rows;
	int count;
	const char *const *families;
	int fatal_ok;    /* the checker reports findings, never a system failure */
} table_t;

static table_t tables[3];

static void tables_init(void)
{
	tables[0] = (table_t){ check_msg_info(0), CHECK_MSG_COUNT, check_families, 0 };
	tables[1] = (table_t){ model_msgs, MODEL_MSG_COUNT, model_families, 1 };
	tables[2] = (table_t){ fo_msgs, FO_MSG_COUNT, fo_families, 1 };
}

#define EACH_ROW(t, m) \
	for (const table_t *t = tables; t < tables + 3; t++) \
		for (const diag_row_t *m = t->rows; m < t->rows + t->count; m++)

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
	tables_init();
	EACH_ROW(t, m) {
		CU_ASSERT(m->level == DIAG_NOTE || m->level == DIAG_WARNING || m->level == DIAG_ERROR ||
		          (t->fatal_ok && m->level == DIAG_FATAL));
		CU_ASSERT(m->name && *m->name && strchr(m->name, ' ') == NULL);
		CU_ASSERT(m->format && *m->format);
		int known = 0;
		for (int f = 0; t->families[f]; f++)
			known |= m->family && strcmp(m->family, t->families[f]) == 0;
		CU_ASSERT(known);
		int conv = count_conversions(m->format);
		if (conv != count_words(m->args))
			fprintf(stderr, "message %s: %d conversions, %d argument names\n", m->name, conv,
			        count_words(m->args));
		CU_ASSERT_EQUAL(conv, count_words(m->args));
		EACH_ROW(t2, other) {
			if (other == m)
				break;
			if (strcmp(other->name, m->name) == 0)
				fprintf(stderr, "message name %s is used twice\n", m->name);
			CU_ASSERT_STRING_NOT_EQUAL(other->name, m->name);
		}
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

/* The text as the manual shows it: each conversion replaced by *name*, and
 * '<' written \< so that markdown shows it. */
static void render(const diag_row_t *m, char *out, size_t size)
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
			if (*p == '<' && o + 2 < size)
				out[o++] = '\\';
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
	tables_init();
	EACH_ROW(t, m) {
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

/* A message row of the manual ("| `name` | level | ..."): the name, or
 * NULL for another line. */
static const char *doc_row_name(const char *line, char *name, size_t size)
{
	static const char *const levels[] = { "note", "warning", "error", "fatal" };
	if (strncmp(line, "| `", 3) != 0)
		return NULL;
	const char *end = strstr(line + 3, "` | "), *eol = strchr(line, '\n');
	if (end == NULL || (eol && end > eol) || (size_t)(end - line - 3) >= size)
		return NULL;
	const char *level = end + 4;
	if (strncmp(level, "by wording, else ", 17) == 0)   /* a duty rule's level */
		level += 17;
	for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++) {
		size_t n = strlen(levels[i]);
		if (strncmp(level, levels[i], n) == 0 && strncmp(level + n, " |", 2) == 0) {
			memcpy(name, line + 3, (size_t)(end - line - 3));
			name[end - line - 3] = '\0';
			return name;
		}
	}
	return NULL;
}

static int doc_names_known(const char *doc)
{
	int rows = 0;
	for (const char *line = doc; line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		char name[128];
		if (doc_row_name(line, name, sizeof name) == NULL)
			continue;
		rows++;
		int known = 0;
		EACH_ROW(t, m)
			known |= strcmp(m->name, name) == 0;
		if (!known)
			fprintf(stderr, "docs/diagnostics.md documents '%s', which no table has\n", name);
		CU_ASSERT(known);
	}
	return rows;
}

static void test_every_documented_message_exists(void)
{
	char *doc = read_doc();
	tables_init();
	CU_ASSERT_EQUAL(doc_names_known(doc), CHECK_MSG_COUNT + MODEL_MSG_COUNT + FO_MSG_COUNT);
	free(doc);
}

static CU_TestInfo tests[] = {
	{ "every message has level, name, family and text", test_every_message_complete },
	{ "levels are ordered note < warning < error", test_levels_are_ordered },
	{ "every message is documented", test_every_message_documented },
	{ "every documented message is in a table", test_every_documented_message_exists },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("check messages", tests)
