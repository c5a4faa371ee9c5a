/*
 * csvread: reads a CSV file someone else's system exported (a GIAS
 * download, a ledger export) into rows of UTF-8 fields, with libcsv.
 *
 * The file is refused, with file:line:col, when it is not text (a NUL
 * byte), is UTF-16, or is neither UTF-8 nor Windows-1252; a UTF-8 byte
 * order mark is dropped; any other byte sequence that is not UTF-8 is
 * read as Windows-1252 (GIAS's historical encoding) and converted with
 * iconv.  Quotes must be balanced (libcsv's strict mode).  Rows are given
 * one at a time to a callback, the header first, with the line each row
 * starts on; csvread_col() finds a field's column only when a message
 * needs it.
 *
 * Ownership: a row and its fields belong to csvread and live only during
 * the callback.  csvread owns nothing after csvread_file() returns.
 */
#ifndef LPDOC_IMPORT_CSVREAD_H
#define LPDOC_IMPORT_CSVREAD_H

#include <stddef.h>

#include "../util/diag.h"

typedef struct csvread_row {
	char **fields;       /* UTF-8, NUL-terminated */
	size_t n;
	unsigned line;       /* 1-based line the row starts on */
	const char *text;    /* the row's text in the converted file */
	const char *file;    /* the file's name in messages */
	char delim;
} csvread_row_t;

/* Returns 0 to go on, -1 to stop reading (having reported why). */
typedef int (*csvread_row_fn)(void *ctx, const csvread_row_t *row);

typedef struct csvread_opts {
	char delim;          /* ',' unless a ledger's map says otherwise */
	const char *encoding; /* out: "UTF-8" or "Windows-1252" */
	size_t rows;         /* out: data rows read (not the header) */
} csvread_opts_t;

/* Reads path, naming it name in messages.  Returns 0, or -1 after
 * reporting (an unreadable or refused file, or the callback's stop). */
int csvread_file(const char *path, const char *name, csvread_opts_t *o,
                 csvread_row_fn fn, void *ctx, diag_t *d);

/* The 1-based column (in characters) where field k of row starts. */
unsigned csvread_col(const csvread_row_t *row, size_t k);

/* A reader of one kind of CSV file (a GIAS download, a ledger export):
 * where each column it wants is in the file, found by name in the header,
 * and whether a row was refused. */
#define CSVREAD_COLS_MAX 32
typedef struct csvread_table {
	diag_t *d;
	int col[CSVREAD_COLS_MAX];   /* field index of column c, -1 when absent */
	size_t ncols;                /* fields in the header */
	int have_header, failed;
} csvread_table_t;

/* What a table reader does with its rows: header takes the first (with
 * csvread_table_header()); row takes each later one that has as many
 * fields as the header (one that has not is reported, with hint after the
 * counts, and skipped).  Both return as csvread_row_fn does. */
typedef struct csvread_table_fns {
	csvread_row_fn header, row;
	const char *hint;
} csvread_table_fns_t;

/* csvread_file() with t->d, the rows going to fns with ctx, then refuses
 * a file with no header row.  Returns 0, or -1 when the file was refused
 * or a row was (t->failed). */
int csvread_table_read(csvread_table_t *t, const char *path, const char *name,
                       csvread_opts_t *o, const csvread_table_fns_t *fns, void *ctx);
/* Takes header as t's header: column c is the field named names[c] (no
 * column when names[c] is NULL or no field has that name). */
void csvread_table_header(csvread_table_t *t, const csvread_row_t *header,
                          const char *const *names, int n);
/* Column c of row, "" when the file has no such column. */
const char *csvread_table_field(const csvread_table_t *t, const csvread_row_t *row, int c);
/* Reports fmt (with one string, arg) at column c of row (column 1 when the
 * file has none); an error marks t failed. */
void csvread_table_report(csvread_table_t *t, const csvread_row_t *row, int c,
                          diag_level_t level, const char *fmt, const char *arg);
/* 1 when row has as many fields as the header; else reports it, with
 * hint after the counts, marks t failed and returns 0. */
int csvread_table_row_fits(csvread_table_t *t, const csvread_row_t *row, const char *hint);

#endif
