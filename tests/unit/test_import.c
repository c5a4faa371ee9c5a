/*
 * test_import: src/import/.  The GIAS mapping tables of docs/records.md
 * ("Importing from GIAS") are what gias_type_map() and gias_phase_map()
 * do, row by row; csvread decodes Windows-1252 and UTF-8 with a byte
 * order mark to the same UTF-8 and finds a field's column past quotes.
 * Run from the source tree (make unit).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import/csvread.h"
#include "import/gias.h"
#include "util/xalloc.h"
#include "unit.h"

/* The cells of a Markdown table row "| a | b | c |", backticks dropped. */
static size_t row_cells(char *line, char **cells, size_t max)
{
	size_t n = 0;
	for (char *save = NULL, *c = strtok_r(line, "|", &save); c && n < max;
	     c = strtok_r(NULL, "|", &save)) {
		while (*c == ' ' || *c == '`')
			c++;
		size_t len = strlen(c);
		while (len && (c[len - 1] == ' ' || c[len - 1] == '`' || c[len - 1] == '\n'))
			c[--len] = '\0';
		if (len)
			cells[n++] = c;
	}
	return n;
}

/* Each GIAS name of a type row (names separated by ", "). */
static void type_row_check(char *names, const char *type, const char *phase, unsigned *rows)
{
	for (char *save = NULL, *nm = strtok_r(names, ",", &save); nm; nm = strtok_r(NULL, ",", &save)) {
		while (*nm == ' ')
			nm++;
		const char *t = gias_type_map(nm);
		const char *p = gias_phase_map("Primary", nm);
		const char *want = strcmp(phase, "from the phase") == 0 ? "primary" : phase;
		if (t == NULL || strcmp(t, type) != 0 || p == NULL || strcmp(p, want) != 0)
			fprintf(stderr, "docs/records.md: '%s' is %s/%s there, %s/%s in gias.c\n", nm,
			        type, want, t ? t : "none", p ? p : "none");
		CU_ASSERT_PTR_NOT_NULL(t);
		CU_ASSERT(t && strcmp(t, type) == 0);
		CU_ASSERT(p && strcmp(p, want) == 0);
		++*rows;
	}
}

static void phase_row_check(char *names, const char *phase, unsigned *rows)
{
	for (char *save = NULL, *nm = strtok_r(names, ",", &save); nm; nm = strtok_r(NULL, ",", &save)) {
		while (*nm == ' ')
			nm++;
		const char *p = gias_phase_map(nm, "Community school");
		CU_ASSERT(p && strcmp(p, phase) == 0);
		++*rows;
	}
}

static void test_docs_mapping(void)
{
	FILE *f = fopen("docs/records.md", "rb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	char line[2048];
	int in = 0;
	unsigned types = 0, phases = 0;
	while (fgets(line, sizeof line, f)) {
		if (strncmp(line, "### Importing from GIAS", 23) == 0)
			in = 1;
		else if (in && strncmp(line, "##", 2) == 0)
			break;
		char *cells[4];
		if (!in || line[0] != '|' || strstr(line, "---") || strstr(line, "(name)"))
			continue;
		size_t n = row_cells(line, cells, 4);
		if (n == 3)
			type_row_check(cells[0], cells[1], cells[2], &types);
		else if (n == 2)
			phase_row_check(cells[0], cells[1], &phases);
	}
	fclose(f);
	CU_ASSERT_EQUAL(types, 30);   /* every row of gias.c's type table */
	CU_ASSERT_EQUAL(phases, 7);
	CU_ASSERT_PTR_NULL(gias_type_map("Secure units"));
	CU_ASSERT_PTR_NULL(gias_phase_map("Not applicable", "Community school"));
	CU_ASSERT_STRING_EQUAL(gias_type_map("Children\xE2\x80\x99s centre"), "childrens-centre");
}

typedef struct rows {
	char first[4][128];
	unsigned cols[4];
	size_t n;
} rows_t;

static int row_keep(void *ctx, const csvread_row_t *row)
{
	rows_t *r = ctx;
	if (r->n < 4 && row->n >= 3) {
		snprintf(r->first[r->n], sizeof r->first[0], "%s", row->fields[1]);
		r->cols[r->n] = csvread_col(row, 2);
		r->n++;
	}
	return 0;
}

static void read_bytes(const char *bytes, size_t len, rows_t *r, const char **enc)
{
	char path[] = "/tmp/lpdoc-test-import.XXXXXX";
	int fd = mkstemp(path);
	CU_ASSERT_FATAL(fd >= 0);
	FILE *f = fdopen(fd, "wb");
	fwrite(bytes, 1, len, f);
	fclose(f);
	diag_t *d = diag_new();
	csvread_opts_t o = { ',', NULL, 0 };
	memset(r, 0, sizeof *r);
	CU_ASSERT_EQUAL(csvread_file(path, "t.csv", &o, row_keep, r, d), 0);
	CU_ASSERT_EQUAL(diag_len(d), 0);
	*enc = o.encoding;
	diag_free(d);
	remove(path);
}

static void test_csv_encodings(void)
{
	static const char cp1252[] = "URN,Name,Town\r\n100001,\"St Mary\x92s, Caf\xE9\",Ryde\r\n";
	static const char utf8bom[] = "\xEF\xBB\xBFURN,Name,Town\n100001,\"St Mary\xE2\x80\x99s, Caf\xC3\xA9\",Ryde\n";
	rows_t a, b;
	const char *ea, *eb;
	read_bytes(cp1252, sizeof cp1252 - 1, &a, &ea);
	read_bytes(utf8bom, sizeof utf8bom - 1, &b, &eb);
	CU_ASSERT_STRING_EQUAL(ea, "Windows-1252");
	CU_ASSERT_STRING_EQUAL(eb, "UTF-8");
	CU_ASSERT_EQUAL(a.n, 2);
	CU_ASSERT_STRING_EQUAL(a.first[0], "Name");   /* the BOM is not part of URN */
	CU_ASSERT_STRING_EQUAL(a.first[1], "St Mary\xE2\x80\x99s, Caf\xC3\xA9");
	CU_ASSERT_STRING_EQUAL(b.first[1], a.first[1]);
	/* "Ryde" starts after the quoted name with its comma: 7 + 17 + 1 characters in */
	CU_ASSERT_EQUAL(a.cols[1], 26);
	CU_ASSERT_EQUAL(b.cols[1], 26);
}

static CU_TestInfo tests[] = {
	{ "docs/records.md's GIAS tables are the mapping", test_docs_mapping },
	{ "Windows-1252 and UTF-8 with BOM read alike", test_csv_encodings },
	CU_TEST_INFO_NULL,
};

UNIT_MAIN("import", tests)
