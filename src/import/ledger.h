/*
 * ledger: reads a finance system's ledger export (CSV) through a small
 * mapping file and gives its lines as lpdoc income and spending
 * (`lpdoc import ledger`; the map's form is in docs/records.md,
 * "Importing a ledger").
 *
 * The map names the export's columns (date, amount or debit and credit,
 * reference, cost centre, description, payee) by header name, its date
 * and number formats and delimiter, and which cost centre is which budget
 * line (spending) or income source.  A positive amount (or a credit) is
 * income, a negative one (or a debit) spending; a zero line is skipped
 * with a note.  Every problem is reported as file:line:col, in the map or
 * in the export.
 *
 * Ownership: ledger_read() fills a ledger_list_t the caller frees with
 * ledger_list_free().
 */
#ifndef LPDOC_IMPORT_LEDGER_H
#define LPDOC_IMPORT_LEDGER_H

#include <stddef.h>

#include "../util/diag.h"

typedef struct ledger_entry {
	int income;            /* 1 income, 0 spending */
	char date[11];         /* YYYY-MM-DD */
	char amount[32];       /* pounds, "1234.50", never negative */
	char *ref;             /* the export's reference ("" when none) */
	char *description;     /* NULL when none */
	char *payee;           /* NULL when none */
	char *target;          /* spending: budget line id; income: source */
	unsigned line;         /* in the export */
} ledger_entry_t;

typedef struct ledger_list {
	ledger_entry_t *entries;
	size_t n, cap;
	const char *encoding;
	size_t rows, skipped;
} ledger_list_t;

/* Reads the map at map_path, then the export at path.  Returns 0, or -1
 * after reporting every problem (l then holds nothing). */
int ledger_read(const char *path, const char *map_path, ledger_list_t *l, diag_t *d);
void ledger_list_free(ledger_list_t *l);

#endif
