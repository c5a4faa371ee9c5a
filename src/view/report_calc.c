/* report_calc: see report_calc.h. */
#include "report_calc.h"

#include <stdio.h>
#include <string.h>

#include "../model/query.h"

const char *const calc_brokerage_names[] = { "none", "receive", "give", "council-service", "monitor" };

void calc_percent(long long part, long long whole, char *out, size_t size)
{
	if (whole == 0) {
		snprintf(out, size, "%s", "");
		return;
	}
	int neg = (part < 0) != (whole < 0);
	unsigned long long p = (unsigned long long)(part < 0 ? -part : part);
	unsigned long long w = (unsigned long long)(whole < 0 ? -whole : whole);
	/* tenths of a per cent, rounded half up on the magnitude */
	unsigned long long tenths = (p * 2000 / w + 1) / 2;
	snprintf(out, size, "%s%llu.%llu", neg && tenths ? "-" : "", tenths / 10, tenths % 10);
}

int calc_good_or_better(const char *outcome)
{
	return model_outcome_good(outcome);
}

calc_brokerage_t calc_brokerage(const char *outcome, const char *travel)
{
	if (outcome == NULL)
		return CALC_BROKER_NONE;
	if (!calc_good_or_better(outcome))
		return CALC_BROKER_COUNCIL;
	if (travel && strcmp(travel, "declining") == 0)
		return CALC_BROKER_RECEIVE;
	if (travel && strcmp(travel, "improving") == 0)
		return CALC_BROKER_GIVE;
	return CALC_BROKER_MONITOR;
}

void calc_scale_nice(long long value, unsigned max_ticks, calc_scale_t *out)
{
	static const long long mult[] = { 1, 2, 5 };
	if (max_ticks == 0)
		max_ticks = 1;
	if (value <= 0) {
		*out = (calc_scale_t){ 1, 1, 1 };
		return;
	}
	for (long long mag = 1;; mag *= 10) {
		for (size_t i = 0; i < sizeof mult / sizeof mult[0]; i++) {
			long long step = mult[i] * mag;
			long long n = (value + step - 1) / step;
			if (n <= (long long)max_ticks) {
				*out = (calc_scale_t){ n * step, step, (unsigned)n };
				return;
			}
		}
	}
}

double calc_scale_pos(const calc_scale_t *s, long long v, double length)
{
	if (s->max <= 0 || v <= 0)
		return 0;
	if (v >= s->max)
		return length;
	return (double)v * length / (double)s->max;
}

int calc_year_shift(const char *year, int delta, char *out)
{
	int a, b;
	char tail;
	if (year == NULL || strlen(year) != 7 || sscanf(year, "%4d-%2d%c", &a, &b, &tail) != 2)
		return -1;
	if ((a + 1) % 100 != b || a < 1900)
		return -1;
	a += delta;
	if (a < 1000 || a > 9998)
		return -1;
	unsigned y = (unsigned)a, next = (y + 1) % 100;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + next / 10);
	out[6] = (char)('0' + next % 10);
	out[7] = '\0';
	return 0;
}
