/* ledger: a ledger export's lines as lpdoc income and spending (see ledger.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/date.h"
#include "../util/money.h"
#include "../util/xalloc.h"
#include "../util/xmlsafe.h"
#include "csvread.h"
#include "ledger.h"

enum { LC_DATE, LC_AMOUNT, LC_DEBIT, LC_CREDIT, LC_REF, LC_CC, LC_DESC, LC_PAYEE, LC_COUNT };
_Static_assert(LC_COUNT <= CSVREAD_COLS_MAX, "csvread_table_t holds every column");
static const char *const lc_keys[LC_COUNT] = {
	"date", "amount", "debit", "credit", "reference", "cost-centre", "description", "payee",
};

static const char *const income_sources[] = {
	"subscriptions", "council", "grant", "party-contribution", "traded-services", "interest",
	"other", NULL,
};

typedef struct map_pair {
	char *cc, *value;
} map_pair_t;

typedef struct ledger_map {
	const char *path;
	char *col[LC_COUNT];           /* header names, NULL when not mapped */
	char *date_format;
	char decimal, thousands, delim;
	map_pair_t *lines, *incomes;   /* cost centre -> budget line / income source */
	size_t nlines, nincomes, cap_lines, cap_incomes;
	char *income_default;
} ledger_map_t;

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	return s;
}

static void pair_add(map_pair_t **pairs, size_t *n, size_t *cap, const char *cc, const char *v)
{
	*pairs = xgrow(*pairs, cap, *n + 1, sizeof **pairs);
	(*pairs)[(*n)++] = (map_pair_t){ xstrdup(cc), xstrdup(v) };
}

static const char *pair_find(const map_pair_t *pairs, size_t n, const char *cc)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(pairs[i].cc, cc) == 0)
			return pairs[i].value;
	return NULL;
}

static void pairs_free(map_pair_t *pairs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(pairs[i].cc);
		free(pairs[i].value);
	}
	free(pairs);
}

static int source_known(const char *s)
{
	for (size_t i = 0; income_sources[i]; i++)
		if (strcmp(income_sources[i], s) == 0)
			return 1;
	return 0;
}

/* A separator setting: one character, "tab" or "none" (0). */
static int sep_value(const char *v, char *out)
{
	if (strcmp(v, "tab") == 0)
		*out = '\t';
	else if (strcmp(v, "none") == 0)
		*out = '\0';
	else if (strlen(v) == 1 && !isalnum((unsigned char)*v))
		*out = *v;
	else
		return -1;
	return 0;
}

/* One "key = value" line of the map; -1 after reporting. */
static int map_entry(ledger_map_t *m, char *key, char *v, unsigned line, diag_t *d)
{
	for (int c = 0; c < LC_COUNT; c++)
		if (strcmp(key, lc_keys[c]) == 0) {
			free(m->col[c]);
			m->col[c] = xstrdup(v);
			return 0;
		}
	const char *bad = NULL;
	if (strcmp(key, "date-format") == 0) {
		free(m->date_format);
		m->date_format = xstrdup(v);
	} else if (strcmp(key, "decimal") == 0 || strcmp(key, "thousands") == 0
	           || strcmp(key, "delimiter") == 0) {
		char *slot = strcmp(key, "decimal") == 0 ? &m->decimal
		             : strcmp(key, "thousands") == 0 ? &m->thousands : &m->delim;
		if (sep_value(v, slot) != 0)
			bad = "is not one character, 'tab' or 'none'";
	} else if (strncmp(key, "line ", 5) == 0) {
		pair_add(&m->lines, &m->nlines, &m->cap_lines, trim(key + 5), v);
	} else if (strncmp(key, "income ", 7) == 0 || strcmp(key, "income-default") == 0) {
		if (!source_known(v))
			bad = "is not an income source (subscriptions, council, grant, party-contribution, "
			      "traded-services, interest, other)";
		else if (key[6] == '-') {
			free(m->income_default);
			m->income_default = xstrdup(v);
		} else
			pair_add(&m->incomes, &m->nincomes, &m->cap_incomes, trim(key + 7), v);
	} else {
		diag_add(d, DIAG_ERROR, m->path, line, 1, NULL, "unknown setting '%s' (see "
		         "docs/records.md, \"Importing a ledger\")", key);
		return -1;
	}
	if (bad)
		diag_add(d, DIAG_ERROR, m->path, line, 1, NULL, "%s: '%s' %s", key, v, bad);
	return bad ? -1 : 0;
}

static int map_complete(ledger_map_t *m, diag_t *d)
{
	const char *missing = m->col[LC_DATE] == NULL ? "date"
	                      : m->col[LC_REF] == NULL ? "reference"
	                      : m->col[LC_CC] == NULL ? "cost-centre"
	                      : m->col[LC_AMOUNT] == NULL && (m->col[LC_DEBIT] == NULL
	                                                      || m->col[LC_CREDIT] == NULL)
	                        ? "amount (or debit and credit)" : NULL;
	if (missing)
		diag_add(d, DIAG_ERROR, m->path, 0, 0, NULL, "no '%s = COLUMN' line: the map must "
		         "name the export's column for it", missing);
	if (m->date_format == NULL)
		m->date_format = xstrdup("dd/mm/yyyy");
	if (m->thousands == 1)
		m->thousands = m->decimal == ',' ? '.' : ',';
	return missing ? -1 : 0;
}

static int map_read(ledger_map_t *m, const char *path, diag_t *d)
{
	size_t len;
	char *text = file_read_all(path, 1024 * 1024, &len, d);
	if (text == NULL)
		return -1;
	int rc = 0;
	unsigned line = 0;
	for (char *save = NULL, *s = strtok_r(text, "\n", &save); s; s = strtok_r(NULL, "\n", &save)) {
		line++;   /* (strtok_r skips empty lines: numbers count the non-empty ones) */
		char *t = trim(s), *eq = strchr(t, '=');
		if (*t == '\0' || *t == '#')
			continue;
		if (eq == NULL) {
			diag_add(d, DIAG_ERROR, path, line, 1, NULL, "not 'setting = value'");
			rc = -1;
			continue;
		}
		*eq = '\0';
		if (map_entry(m, trim(t), trim(eq + 1), line, d) != 0)
			rc = -1;
	}
	free(text);
	return map_complete(m, d) == 0 ? rc : -1;
}

static void map_free(ledger_map_t *m)
{
	for (int c = 0; c < LC_COUNT; c++)
		free(m->col[c]);
	pairs_free(m->lines, m->nlines);
	pairs_free(m->incomes, m->nincomes);
	free(m->date_format);
	free(m->income_default);
}

/* s in the map's date format as YYYY-MM-DD in out; -1 when it is not. */
static int date_read(const char *fmt, const char *s, char out[11])
{
	int y = 0, mo = 0, dy = 0;
	while (*fmt) {
		char f = *fmt;
		size_t want = (f == 'y') ? 4 : (f == 'd' || f == 'm') ? 2 : 0;
		if (want == 0) {
			if (*s++ != *fmt++)
				return -1;
			continue;
		}
		size_t run = strspn(fmt, f == 'y' ? "y" : f == 'd' ? "d" : "m"), k = 0;
		int v = 0;
		while (k < want && isdigit((unsigned char)s[k]))
			v = v * 10 + (s[k++] - '0');
		if (k == 0 || (f == 'y' && k != 4))
			return -1;
		*(f == 'y' ? &y : f == 'm' ? &mo : &dy) = v;
		s += k;
		fmt += run;
	}
	date_t dt;
	char iso[32];
	snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, mo, dy);
	if (*s != '\0' || strlen(iso) != 10 || date_parse(iso, &dt) != 0)
		return -1;
	memcpy(out, iso, 11);
	return 0;
}

/* s as pence; sign from '-' before or after, or parentheses.  -1 when
 * not an amount. */
static int amount_read(const ledger_map_t *m, const char *s, money_t *out)
{
	char buf[64];
	size_t k = 0;
	int negative = 0;
	for (; *s; s++) {
		if (*s == '-' || *s == '(' || *s == ')')
			negative = 1;
		else if (isdigit((unsigned char)*s) && k < sizeof buf - 1)
			buf[k++] = *s;
		else if (*s == m->decimal && k < sizeof buf - 1)
			buf[k++] = '.';
		else if (strncmp(s, "\xC2\xA3", 2) == 0)   /* £ */
			s++;
		else if (*s != m->thousands && *s != ' ')
			return -1;
	}
	buf[k] = '\0';
	if (money_parse(buf, out) != 0)
		return -1;
	if (negative)
		*out = -*out;
	return 0;
}

typedef struct ledger_state {
	ledger_map_t *m;
	ledger_list_t *l;
	csvread_table_t t;     /* the columns, the diagnostics */
} ledger_state_t;

static int header_take(void *ctx, const csvread_row_t *row)
{
	ledger_state_t *st = ctx;
	csvread_table_header(&st->t, row, (const char *const *)st->m->col, LC_COUNT);
	int rc = 0;
	for (int c = 0; c < LC_COUNT; c++) {
		if (st->m->col[c] && st->t.col[c] < 0) {
			diag_add(st->t.d, DIAG_ERROR, row->file, row->line, 1, NULL, "the header has no "
			         "column '%s' (the map's %s): is the delimiter right? (the map's "
			         "'delimiter =')", st->m->col[c], lc_keys[c]);
			rc = -1;
		}
	}
	return rc;
}

static const char *lfield(const ledger_state_t *st, const csvread_row_t *row, int c)
{
	return csvread_table_field(&st->t, row, c);
}

/* Reports fmt (with one string, arg) at field c of row. */
static void lerror(ledger_state_t *st, const csvread_row_t *row, int c, diag_level_t level,
                   const char *fmt, const char *arg)
{
	csvread_table_report(&st->t, row, c, level, fmt, arg);
}

/* The line's signed amount in pence; -1 after reporting. */
static int row_amount(ledger_state_t *st, const csvread_row_t *row, money_t *v)
{
	if (st->t.col[LC_AMOUNT] >= 0) {
		if (amount_read(st->m, lfield(st, row, LC_AMOUNT), v) == 0)
			return 0;
		lerror(st, row, LC_AMOUNT, DIAG_ERROR, "'%s' is not an amount in the map's number "
		       "format", lfield(st, row, LC_AMOUNT));
		return -1;
	}
	money_t debit = 0, credit = 0;
	const char *ds = lfield(st, row, LC_DEBIT), *cs = lfield(st, row, LC_CREDIT);
	if (*ds && amount_read(st->m, ds, &debit) != 0) {
		lerror(st, row, LC_DEBIT, DIAG_ERROR, "'%s' is not an amount in the map's number "
		       "format", ds);
		return -1;
	}
	if (*cs && amount_read(st->m, cs, &credit) != 0) {
		lerror(st, row, LC_CREDIT, DIAG_ERROR, "'%s' is not an amount in the map's number "
		       "format", cs);
		return -1;
	}
	*v = credit - debit;
	return 0;
}

static char *opt_dup(const char *s)
{
	return *s ? xstrdup(s) : NULL;
}

/* Where the line goes: its budget line or income source; NULL after
 * reporting. */
static const char *row_target(ledger_state_t *st, const csvread_row_t *row, int income)
{
	const char *cc = lfield(st, row, LC_CC);
	if (income) {
		const char *src = pair_find(st->m->incomes, st->m->nincomes, cc);
		return src ? src : st->m->income_default ? st->m->income_default : "other";
	}
	const char *line = pair_find(st->m->lines, st->m->nlines, cc);
	if (line == NULL) {
		char *msg = xasprintf("cost centre '%s' is no budget line in the map: add 'line %s = "
		                      "LINE-ID'", cc, cc);
		lerror(st, row, LC_CC, DIAG_ERROR, "%s", msg);
		free(msg);
	}
	return line;
}

static int row_take(void *ctx, const csvread_row_t *row)
{
	ledger_state_t *st = ctx;
	ledger_entry_t e = { 0, "", "", NULL, NULL, NULL, NULL, row->line };
	money_t v;
	if (date_read(st->m->date_format, lfield(st, row, LC_DATE), e.date) != 0) {
		lerror(st, row, LC_DATE, DIAG_ERROR, "'%s' is not a date in the map's date-format",
		       lfield(st, row, LC_DATE));
		return 0;
	}
	if (row_amount(st, row, &v) != 0)
		return 0;
	if (v == 0) {
		lerror(st, row, st->t.col[LC_AMOUNT] >= 0 ? LC_AMOUNT : LC_DEBIT, DIAG_NOTE, "%s: no amount: "
		       "skipped", lfield(st, row, LC_REF));
		st->l->skipped++;
		return 0;
	}
	e.income = v > 0;
	money_format_plain(v > 0 ? v : -v, e.amount, sizeof e.amount);
	const char *target = row_target(st, row, e.income);
	if (target == NULL)
		return 0;
	e.target = xstrdup(target);
	e.ref = xstrdup(lfield(st, row, LC_REF));
	e.description = opt_dup(lfield(st, row, LC_DESC));
	e.payee = opt_dup(lfield(st, row, LC_PAYEE));
	st->l->entries = xgrow(st->l->entries, &st->l->cap, st->l->n + 1, sizeof e);
	st->l->entries[st->l->n++] = e;
	return 0;
}

static const csvread_table_fns_t ledger_fns = { header_take, row_take, "" };

int ledger_read(const char *path, const char *map_path, ledger_list_t *l, diag_t *d)
{
	memset(l, 0, sizeof *l);
	ledger_map_t m = { map_path, { NULL }, NULL, '.', 1, ',', NULL, NULL, 0, 0, 0, 0, NULL };
	int rc = map_read(&m, map_path, d);
	ledger_state_t st = { &m, l, { d, { 0 }, 0, 0, 0 } };
	csvread_opts_t o = { m.delim, NULL, 0 };
	if (rc == 0)
		rc = csvread_table_read(&st.t, path, NULL, &o, &ledger_fns, &st);
	l->encoding = o.encoding;
	l->rows = o.rows;
	map_free(&m);
	if (rc != 0) {
		ledger_list_free(l);
		return -1;
	}
	return 0;
}

void ledger_list_free(ledger_list_t *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->entries[i].ref);
		free(l->entries[i].description);
		free(l->entries[i].payee);
		free(l->entries[i].target);
	}
	free(l->entries);
	l->entries = NULL;
	l->n = l->cap = 0;
}
