/*
 * money: sums of money as integer pence, so totals add up exactly.
 *
 * Records write pounds with optional pence ("1200", "950.50"); documents
 * print "£1,234,567" (pence shown only when there are any, or always
 * with MONEY_PENCE).
 */
#ifndef LPDOC_UTIL_MONEY_H
#define LPDOC_UTIL_MONEY_H

typedef long long money_t;   /* pence */

/* The largest amount records may hold, either side of zero: a billion
 * pounds, far beyond any partnership's, and small enough that no sum of
 * a year's records overflows and that every table's money column holds
 * "£1,000,000,000.00". */
#define MONEY_MAX_POUNDS 1000000000LL
#define MONEY_TOO_LARGE (-2)

/* Parses "1234", "1234.5" or "1234.56" (optionally signed with '-').
 * Returns 0; -1 when s is not such an amount; MONEY_TOO_LARGE when it
 * is one beyond MONEY_MAX_POUNDS either side of zero. */
int money_parse(const char *s, money_t *out);

enum {
	MONEY_PENCE = 1,      /* always print two decimals */
	MONEY_NO_SYMBOL = 2   /* no "£" (for tables with a £ heading) */
};
/* Formats into out (at least 32 bytes): "£1,234,567", "-£950.50". */
void money_format(money_t v, int flags, char *out, unsigned size);
/* Plain "1234.56" (no symbol, no separators), for machine-readable views. */
void money_format_plain(money_t v, char *out, unsigned size);

#endif
