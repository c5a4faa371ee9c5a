/* date: see date.h. */
#include "date.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static const char *const month_names[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

static int digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

int date_parse(const char *s, date_t *out)
{
	date_t a = DATE_NONE;
	if (s == NULL || digits(s, 4, &a.y) || s[4] != '-' || digits(s + 5, 2, &a.m)
	    || s[7] != '-' || digits(s + 8, 2, &a.d) || s[10] != '\0'
	    || a.y < 1900 || a.y > 2999)
		return -1;
	if (a.m < 1 || a.m > 12)
		return -2;
	if (a.d < 1 || a.d > date_days_in_month(a.y, a.m))
		return -3;
	*out = a;
	return 0;
}

const char *date_parse_error(int code)
{
	switch (code) {
	case -2: return "there is no such month";
	case -3: return "there is no such day in that month";
	default: return "expected YYYY-MM-DD";
	}
}

int date_is_set(date_t a)
{
	return a.y != 0;
}

int date_cmp(date_t a, date_t b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

/* Howard Hinnant's days_from_civil. */
long date_to_days(date_t a)
{
	long y = a.y - (a.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long mp = (a.m + 9) % 12;
	long doy = (153 * mp + 2) / 5 + a.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

date_t date_from_days(long z)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	date_t a;
	a.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	a.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	a.y = (int)(yoe + era * 400 + (a.m <= 2));
	return a;
}

long date_diff_days(date_t a, date_t b)
{
	return date_to_days(a) - date_to_days(b);
}

date_t date_add_months(date_t a, int n)
{
	int months = a.y * 12 + (a.m - 1) + n;
	date_t r = { months / 12, months % 12 + 1, a.d };
	int last = date_days_in_month(r.y, r.m);
	if (r.d > last)
		r.d = last;
	return r;
}

int date_within(date_t a, date_t lo, date_t hi)
{
	return date_cmp(a, lo) >= 0 && date_cmp(a, hi) <= 0;
}

void date_format_iso(date_t a, char out[11])
{
	if (!date_is_set(a)) {
		out[0] = '\0';
		return;
	}
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)a.y % 10000u, (unsigned)a.m % 100u, (unsigned)a.d % 100u);
}

const char *date_month_name(int m)
{
	return m >= 1 && m <= 12 ? month_names[m - 1] : "";
}

void date_format_long(date_t a, char *out, unsigned size)
{
	if (!date_is_set(a)) {
		if (size)
			out[0] = '\0';
		return;
	}
	snprintf(out, size, "%d %s %d", a.d, date_month_name(a.m), a.y);
}

int date_today(date_t *out)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	time_t t = time(NULL);
	if (sde && *sde) {
		char *end;
		errno = 0;
		long long v = strtoll(sde, &end, 10);
		if (errno || *end || v < 0)
			return -1;
		t = (time_t)v;
	}
	struct tm tm;
	if (gmtime_r(&t, &tm) == NULL)
		return -1;
	*out = (date_t){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
	return 0;
}
