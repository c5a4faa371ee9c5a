/*
 * diag: the one place diagnostics are collected and printed.
 *
 * Every stage (records loader, checker, FO engine) reports problems into a
 * diag_t instead of printing them.  A message carries the file, line and
 * column it is about, a level, an optional clause of the agreement it
 * cites, and its text.  Printed, it reads
 *
 *     file:line:col: level: [clause] message
 *
 * The worst level seen decides a command's exit status.  The diag_t owns
 * copies of every string given to it.
 *
 * Each stage keeps the messages it can print in one table of diag_row_t
 * (check/check_msg.h, model/model_msg.h, fo/fo_msg.h), written as an
 * X-macro list of X(ID, LEVEL, "family", "short-name", "argument names",
 * "format"); docs/diagnostics.md documents every row and a unit test holds
 * the two together.
 */
#ifndef LPDOC_UTIL_DIAG_H
#define LPDOC_UTIL_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

typedef enum diag_level {
	DIAG_NONE = -1,    /* only as the result of diag_worst() */
	DIAG_NOTE = 0,
	DIAG_WARNING,
	DIAG_ERROR,
	DIAG_FATAL         /* the system failed: out of disk, unreadable file */
} diag_level_t;

typedef struct diag_msg {
	char *file;        /* may be NULL when the message is about no file */
	unsigned line;     /* 0 when unknown */
	unsigned col;      /* 0 when unknown */
	diag_level_t level;
	char *clause;      /* e.g. "MoU 3.1"; NULL when none */
	char *text;
	size_t seq;        /* order of arrival, keeps sorting stable */
} diag_msg_t;

typedef struct diag diag_t;

diag_t *diag_new(void);
void diag_free(diag_t *d);

/* When out is not NULL, messages are also printed as they arrive. */
void diag_set_echo(diag_t *d, FILE *out);
/* Messages below this level are counted but not kept (default: all kept). */
void diag_set_min_level(diag_t *d, diag_level_t min);

void diag_add(diag_t *d, diag_level_t level, const char *file, unsigned line,
              unsigned col, const char *clause, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

/* One message of a table. */
typedef struct diag_row {
	diag_level_t level;
	const char *family;   /* the section of docs/diagnostics.md it is in */
	const char *name;     /* "seat-vacant": what --format=json and the manual call it */
	const char *args;     /* argument names, space-separated, in order */
	const char *format;   /* printf format, one conversion (%s %u %d) per argument */
	int duty;             /* the checker's duty rules: 1 when the level comes from the
	                       * wording of the clause cited (check/check_wording.h); 0 in
	                       * every other row, whose level is fixed */
} diag_row_t;

/* The row of an entry of an X-macro table, in the list's order. */
#define DIAG_ROW(id, lvl, fam, nm, ar, fm) \
	{ .level = DIAG_##lvl, .family = fam, .name = nm, .args = ar, .format = fm },

/* Adds row's message at its level, its format filled with ap (as diag_add). */
void diag_vreport(diag_t *d, const diag_row_t *row, const char *file, unsigned line,
                  unsigned col, const char *clause, va_list ap);
/* Adds message id of the table rows (nrows long) about file:line:col with
 * its arguments; model_report() and fo_report() are this on their tables. */
void diag_report(diag_t *d, const diag_row_t *rows, size_t nrows, const char *file,
                 unsigned line, unsigned col, unsigned id, ...);

/* Returns 1 the first time key is seen by d, 0 afterwards: for messages
 * that are to be reported once per document ("unknown property x"). */
int diag_once(diag_t *d, const char *key);

/* Sorts by file, line, column, then arrival. */
void diag_sort(diag_t *d);
void diag_print(const diag_t *d, FILE *out);
void diag_print_json(const diag_t *d, FILE *out);
void diag_format(const diag_msg_t *m, FILE *out);

size_t diag_len(const diag_t *d);
const diag_msg_t *diag_get(const diag_t *d, size_t i);
size_t diag_count(const diag_t *d, diag_level_t level);
/* "2 errors, 1 warning, 0 notes" into out (at least 96 bytes). */
void diag_counts_text(const diag_t *d, char *out, size_t size);
diag_level_t diag_worst(const diag_t *d);
/* Raises every warning to an error (the -W error option). */
void diag_warnings_are_errors(diag_t *d);

const char *diag_level_name(diag_level_t level);

#endif
