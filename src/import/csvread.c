/* csvread: CSV exports into UTF-8 rows, with libcsv and iconv (see csvread.h). */
#include <csv.h>
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "../util/xmlsafe.h"
#include "csvread.h"

/* Files larger than this are refused before they are read (GIAS's full
 * download is about 60 MB). */
#define CSVREAD_MAX_BYTES ((size_t)512 * 1024 * 1024)

typedef struct csvread_state {
	const char *name;
	csvread_opts_t *o;
	csvread_row_fn fn;
	void *ctx;
	diag_t *d;
	char **fields;
	size_t n, cap;
	int row_open, stopped, header_done;
	unsigned row_line;
	const char *row_text;
} csvread_state_t;

/* Line and character column of byte off in text. */
static void text_pos(const char *text, size_t off, unsigned *line, unsigned *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < off; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == '\n') {
			++*line;
			*col = 1;
		} else if ((c & 0xC0) != 0x80) {
			++*col;
		}
	}
}

static void error_at(diag_t *d, const char *name, const char *text, size_t off,
                     const char *msg)
{
	unsigned line, col;
	text_pos(text, off, &line, &col);
	diag_add(d, DIAG_ERROR, name, line, col, NULL, "%s", msg);
}

/* Offset of the first byte that does not start or continue a UTF-8
 * character, or len when all of it is UTF-8. */
static size_t utf8_invalid_at(const unsigned char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		unsigned char c = s[i];
		size_t k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
		if (k == 0 || i + k > len)
			return i;
		for (size_t j = 1; j < k; j++)
			if ((s[i + j] & 0xC0) != 0x80)
				return i;
		if ((k == 2 && c < 0xC2) || (k == 4 && c > 0xF4))
			return i;
		i += k;
	}
	return len;
}

/* data as Windows-1252 converted to UTF-8 (a new string), or NULL after
 * reporting the byte that is no character there. */
static char *cp1252_to_utf8(const char *data, size_t len, const char *name, diag_t *d)
{
	iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
	if (cd == (iconv_t)-1) {
		diag_add(d, DIAG_FATAL, name, 0, 0, NULL, "cannot convert from Windows-1252: %s",
		         strerror(errno));
		return NULL;
	}
	size_t cap = len * 3 + 1, left_in = len, left_out = cap - 1;
	char *out = xmalloc(cap), *in = (char *)data, *op = out;
	size_t rc = iconv(cd, &in, &left_in, &op, &left_out);
	iconv_close(cd);
	if (rc == (size_t)-1) {
		char msg[200];
		snprintf(msg, sizeof msg, "byte 0x%02X is a character neither in UTF-8 nor in "
		         "Windows-1252: unknown encoding; save the file as CSV (UTF-8)",
		         (unsigned char)*in);
		error_at(d, name, data, (size_t)(in - data), msg);
		free(out);
		return NULL;
	}
	*op = '\0';
	return out;
}

/* The file's text as UTF-8 (a new string), or NULL after reporting. */
static char *text_decode(const char *data, size_t len, const char *name, csvread_opts_t *o,
                         diag_t *d)
{
	const unsigned char *u = (const unsigned char *)data;
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		diag_add(d, DIAG_ERROR, name, 1, 1, NULL, "the file is UTF-16 (\"Unicode text\"), "
		         "not CSV as GIAS or a ledger exports it: save it as CSV (UTF-8)");
		return NULL;
	}
	const char *nul = memchr(data, '\0', len);
	if (nul) {
		error_at(d, name, data, (size_t)(nul - data), "a NUL byte: this is a binary file, "
		         "not CSV text (a spreadsheet? save it as CSV)");
		return NULL;
	}
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		data += 3;
		len -= 3;
	}
	if (utf8_invalid_at(u + (data - (const char *)u), len) == len) {
		o->encoding = "UTF-8";
		return xstrndup(data, len);
	}
	o->encoding = "Windows-1252";
	return cp1252_to_utf8(data, len, name, d);
}

static void field_end(void *s, size_t len, void *data)
{
	csvread_state_t *st = data;
	st->fields = xgrow(st->fields, &st->cap, st->n + 1, sizeof *st->fields);
	st->fields[st->n++] = xstrndup(s ? s : "", s ? len : 0);
}

static void fields_clear(csvread_state_t *st)
{
	for (size_t i = 0; i < st->n; i++)
		free(st->fields[i]);
	st->n = 0;
}

static void row_end(int term, void *data)
{
	(void)term;
	csvread_state_t *st = data;
	csvread_row_t row = { st->fields, st->n, st->row_line, st->row_text, st->name,
	                      st->o->delim };
	if (!st->stopped && st->fn(st->ctx, &row) != 0)
		st->stopped = 1;
	if (st->header_done)
		st->o->rows++;
	st->header_done = 1;
	fields_clear(st);
	st->row_open = 0;
}

static int line_is_blank(const char *s, size_t len)
{
	return len == 0 || (len == 1 && s[0] == '\n') || (len == 2 && s[0] == '\r' && s[1] == '\n');
}

/* Feeds text to libcsv line by line, so each row knows its line. */
static int text_parse(csvread_state_t *st, struct csv_parser *p, const char *text)
{
	unsigned line = 1;
	for (const char *s = text; *s && !st->stopped; line++) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) + 1 : strlen(s);
		if (!st->row_open && !line_is_blank(s, len)) {
			st->row_open = 1;
			st->row_line = line;
			st->row_text = s;
		}
		size_t done = csv_parse(p, s, len, field_end, row_end, st);
		if (done != len) {
			error_at(st->d, st->name, text, (size_t)(s - text) + done, "malformed CSV: a "
			         "quote inside a field that is not quoted, or text after a closing "
			         "quote (quote a field and double its quotes: \"St Mary \"\"A\"\"\")");
			return -1;
		}
		s += len;
	}
	if (!st->stopped && csv_fini(p, field_end, row_end, st) != 0) {
		diag_add(st->d, DIAG_ERROR, st->name, st->row_line, 1, NULL,
		         "malformed CSV: a quoted field that starts here is never closed");
		return -1;
	}
	return st->stopped ? -1 : 0;
}

int csvread_file(const char *path, const char *name, csvread_opts_t *o,
                 csvread_row_fn fn, void *ctx, diag_t *d)
{
	size_t len = 0;
	name = name ? name : path;
	o->rows = 0;
	if (o->delim == '\0')
		o->delim = ',';
	char *data = file_read_all(path, CSVREAD_MAX_BYTES, &len, d);
	if (data == NULL)
		return -1;
	char *text = text_decode(data, len, name, o, d);
	free(data);
	if (text == NULL)
		return -1;
	struct csv_parser p;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		xalloc_die(sizeof p);
	csv_set_delim(&p, (unsigned char)o->delim);
	csvread_state_t st = { name, o, fn, ctx, d, NULL, 0, 0, 0, 0, 0, 0, NULL };
	int rc = text_parse(&st, &p, text);
	csv_free(&p);
	fields_clear(&st);
	free(st.fields);
	free(text);
	return rc;
}

unsigned csvread_col(const csvread_row_t *row, size_t k)
{
	unsigned col = 1;
	size_t field = 0;
	int quoted = 0;
	for (const char *s = row->text; *s && field < k; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"')
			quoted = !quoted;
		else if (c == (unsigned char)row->delim && !quoted)
			field++;
		if (c == '\n')
			col = 1;
		else if ((c & 0xC0) != 0x80)
			col++;
	}
	return col;
}

typedef struct table_read {
	csvread_table_t *t;
	const csvread_table_fns_t *fns;
	void *ctx;
} table_read_t;

/* Every table reader (GIAS, ledger) takes the header first and refuses
 * the rows that do not fit it: done here once. */
static int table_row_take(void *ctx, const csvread_row_t *row)
{
	table_read_t *r = ctx;
	if (!r->t->have_header)
		return r->fns->header(r->ctx, row);
	if (!csvread_table_row_fits(r->t, row, r->fns->hint))
		return 0;
	return r->fns->row(r->ctx, row);
}

int csvread_table_read(csvread_table_t *t, const char *path, const char *name,
                       csvread_opts_t *o, const csvread_table_fns_t *fns, void *ctx)
{
	table_read_t r = { t, fns, ctx };
	if (csvread_file(path, name, o, table_row_take, &r, t->d) != 0)
		return -1;
	if (!t->have_header) {
		diag_add(t->d, DIAG_ERROR, name ? name : path, 1, 1, NULL, "the file is empty: no header");
		return -1;
	}
	return t->failed ? -1 : 0;
}

void csvread_table_header(csvread_table_t *t, const csvread_row_t *header,
                          const char *const *names, int n)
{
	t->have_header = 1;
	t->ncols = header->n;
	for (int c = 0; c < n; c++) {
		t->col[c] = -1;
		for (size_t k = 0; names[c] && k < header->n && t->col[c] < 0; k++)
			if (strcmp(header->fields[k], names[c]) == 0)
				t->col[c] = (int)k;
	}
}

const char *csvread_table_field(const csvread_table_t *t, const csvread_row_t *row, int c)
{
	return t->col[c] >= 0 ? row->fields[t->col[c]] : "";
}

void csvread_table_report(csvread_table_t *t, const csvread_row_t *row, int c,
                          diag_level_t level, const char *fmt, const char *arg)
{
	unsigned col = t->col[c] >= 0 ? csvread_col(row, (size_t)t->col[c]) : 1;
	diag_add(t->d, level, row->file, row->line, col, NULL, fmt, arg);
	if (level >= DIAG_ERROR)
		t->failed = 1;
}

int csvread_table_row_fits(csvread_table_t *t, const csvread_row_t *row, const char *hint)
{
	if (row->n == t->ncols)
		return 1;
	diag_add(t->d, DIAG_ERROR, row->file, row->line, 1, NULL, "%zu fields where the header has "
	         "%zu%s", row->n, t->ncols, hint);
	t->failed = 1;
	return 0;
}
