/* diag: see diag.h. */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "plural.h"
#include "xalloc.h"

struct diag {
	diag_msg_t *msgs;
	size_t len, cap;
	size_t counts[DIAG_FATAL + 1];
	diag_level_t min_level;
	FILE *echo;
	char **once;        /* keys already seen by diag_once() */
	size_t once_len, once_cap;
	int warn_is_error;
};

diag_t *diag_new(void)
{
	diag_t *d = xcalloc(1, sizeof *d);
	d->min_level = DIAG_NOTE;
	return d;
}

void diag_free(diag_t *d)
{
	if (d == NULL)
		return;
	for (size_t i = 0; i < d->len; i++) {
		free(d->msgs[i].file);
		free(d->msgs[i].clause);
		free(d->msgs[i].text);
	}
	xfree_strings(d->once, d->once_len);
	free(d->msgs);
	free(d);
}

void diag_set_echo(diag_t *d, FILE *out)
{
	d->echo = out;
}

void diag_set_min_level(diag_t *d, diag_level_t min)
{
	d->min_level = min;
}

const char *diag_level_name(diag_level_t level)
{
	switch (level) {
	case DIAG_NOTE: return "note";
	case DIAG_WARNING: return "warning";
	case DIAG_ERROR: return "error";
	case DIAG_FATAL: return "fatal";
	default: return "none";
	}
}

static void diag_vadd(diag_t *d, diag_level_t level, const char *file, unsigned line,
                      unsigned col, const char *clause, const char *fmt, va_list ap)
{
	if (d->warn_is_error && level == DIAG_WARNING)
		level = DIAG_ERROR;
	d->counts[level]++;
	if (level < d->min_level)
		return;
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	char *text = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	vsnprintf(text, n > 0 ? (size_t)n + 1 : 1, fmt, again);
	va_end(again);

	d->msgs = xgrow(d->msgs, &d->cap, d->len + 1, sizeof *d->msgs);
	diag_msg_t *m = &d->msgs[d->len];
	m->file = file ? xstrdup(file) : NULL;
	m->line = line;
	m->col = col;
	m->level = level;
	m->clause = clause ? xstrdup(clause) : NULL;
	m->text = text;
	m->seq = d->len++;
	if (d->echo)
		diag_format(m, d->echo);
}

void diag_add(diag_t *d, diag_level_t level, const char *file, unsigned line,
              unsigned col, const char *clause, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vadd(d, level, file, line, col, clause, fmt, ap);
	va_end(ap);
}

void diag_vreport(diag_t *d, const diag_row_t *row, const char *file, unsigned line,
                  unsigned col, const char *clause, va_list ap)
{
	diag_vadd(d, row->level, file, line, col, clause, row->format, ap);
}

void diag_report(diag_t *d, const diag_row_t *rows, size_t nrows, const char *file,
                 unsigned line, unsigned col, unsigned id, ...)
{
	if (id >= nrows)
		return;
	va_list ap;
	va_start(ap, id);
	diag_vreport(d, &rows[id], file, line, col, NULL, ap);
	va_end(ap);
}

int diag_once(diag_t *d, const char *key)
{
	for (size_t i = 0; i < d->once_len; i++)
		if (strcmp(d->once[i], key) == 0)
			return 0;
	d->once = xgrow(d->once, &d->once_cap, d->once_len + 1, sizeof *d->once);
	d->once[d->once_len++] = xstrdup(key);
	return 1;
}

static int diag_msg_compare(const void *pa, const void *pb)
{
	const diag_msg_t *a = pa, *b = pb;
	int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
	if (c != 0)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void diag_sort(diag_t *d)
{
	if (d->len > 1)
		qsort(d->msgs, d->len, sizeof *d->msgs, diag_msg_compare);
}

void diag_format(const diag_msg_t *m, FILE *out)
{
	if (m->file) {
		fputs(m->file, out);
		if (m->line) {
			fprintf(out, ":%u", m->line);
			if (m->col)
				fprintf(out, ":%u", m->col);
		}
		fputs(": ", out);
	} else {
		fputs("lpdoc: ", out);
	}
	fprintf(out, "%s: ", diag_level_name(m->level));
	if (m->clause)
		fprintf(out, "[%s] ", m->clause);
	fprintf(out, "%s\n", m->text);
}

void diag_print(const diag_t *d, FILE *out)
{
	for (size_t i = 0; i < d->len; i++)
		diag_format(&d->msgs[i], out);
}

static void json_string(FILE *out, const char *s)
{
	buf_t b = BUF_INIT;
	buf_putc(&b, '"');
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			buf_printf(&b, "\\%c", c);
		else if (c < 0x20)
			buf_printf(&b, "\\u%04x", c);
		else
			buf_putc(&b, (char)c);
	}
	buf_putc(&b, '"');
	fputs(buf_str(&b), out);
	buf_free(&b);
}

void diag_print_json(const diag_t *d, FILE *out)
{
	fputs("[", out);
	for (size_t i = 0; i < d->len; i++) {
		const diag_msg_t *m = &d->msgs[i];
		fputs(i ? ",\n {" : "\n {", out);
		fputs("\"file\": ", out);
		json_string(out, m->file);
		fprintf(out, ", \"line\": %u, \"column\": %u, \"level\": \"%s\", \"clause\": ",
		        m->line, m->col, diag_level_name(m->level));
		json_string(out, m->clause);
		fputs(", \"message\": ", out);
		json_string(out, m->text);
		fputs("}", out);
	}
	fputs(d->len ? "\n]\n" : "]\n", out);
}

size_t diag_len(const diag_t *d)
{
	return d->len;
}

const diag_msg_t *diag_get(const diag_t *d, size_t i)
{
	return i < d->len ? &d->msgs[i] : NULL;
}

size_t diag_count(const diag_t *d, diag_level_t level)
{
	return level >= DIAG_NOTE && level <= DIAG_FATAL ? d->counts[level] : 0;
}

void diag_counts_text(const diag_t *d, char *out, size_t size)
{
	char e[40], w[40], n[40];
	plural_count(diag_count(d, DIAG_ERROR), "error", "errors", e, sizeof e);
	plural_count(diag_count(d, DIAG_WARNING), "warning", "warnings", w, sizeof w);
	plural_count(diag_count(d, DIAG_NOTE), "note", "notes", n, sizeof n);
	snprintf(out, size, "%s, %s, %s", e, w, n);
}

diag_level_t diag_worst(const diag_t *d)
{
	for (int l = DIAG_FATAL; l >= DIAG_NOTE; l--)
		if (d->counts[l])
			return (diag_level_t)l;
	return DIAG_NONE;
}

void diag_warnings_are_errors(diag_t *d)
{
	d->warn_is_error = 1;
	for (size_t i = 0; i < d->len; i++)
		if (d->msgs[i].level == DIAG_WARNING)
			d->msgs[i].level = DIAG_ERROR;
	d->counts[DIAG_ERROR] += d->counts[DIAG_WARNING];
	d->counts[DIAG_WARNING] = 0;
}
