/*
 * date: calendar dates (no time of day, no time zone) as a small value
 * type, parsed from and printed as ISO 8601 "YYYY-MM-DD".
 *
 * A date_t is a plain value; the zero value (year 0) means "no date".
 * Parsing refuses impossible days (2025-02-30) and says why.
 */
#ifndef LPDOC_UTIL_DATE_H
#define LPDOC_UTIL_DATE_H

typedef struct date {
	int y, m, d;   /* y == 0: unset */
} date_t;

#define DATE_NONE ((date_t){ 0, 0, 0 })

/* Parses "YYYY-MM-DD" (years 1900-2999).  Returns 0, or -1 when s is not
 * of that form, -2 when the month does not exist, -3 when the day does
 * not exist in that month. */
int date_parse(const char *s, date_t *out);
/* A short English reason for a date_parse() failure code. */
const char *date_parse_error(int code);

int date_is_set(date_t a);
int date_days_in_month(int y, int m);
/* Negative, zero or positive, like strcmp; unset dates sort first. */
int date_cmp(date_t a, date_t b);
/* Days since 1970-01-01 (proleptic Gregorian). */
long date_to_days(date_t a);
date_t date_from_days(long days);
/* a minus b in days. */
long date_diff_days(date_t a, date_t b);
/* Adds n months, clamping the day to the end of the month. */
date_t date_add_months(date_t a, int n);
/* 1 when lo <= a <= hi. */
int date_within(date_t a, date_t lo, date_t hi);

/* Today in UTC: the date of $SOURCE_DATE_EPOCH when it is set (so runs
 * are reproducible), else the clock's.  Returns 0, or -1 when
 * SOURCE_DATE_EPOCH is not a non-negative number of seconds. */
int date_today(date_t *out);

/* "2025-10-14" into out (at least 11 bytes); "" when unset. */
void date_format_iso(date_t a, char out[11]);
/* "14 October 2025" into out (at least 20 bytes); "" when unset. */
void date_format_long(date_t a, char *out, unsigned size);
const char *date_month_name(int m);

#endif
