/*
 * report_calc: the arithmetic behind the CEO's documents (annual report,
 * annual performance plan, delivery plan), kept apart from the XML so
 * that tests can check it: percentages to one decimal place, brokerage by
 * Ofsted category and direction of travel, "nice" chart scales and the
 * positions of figures on them, neighbouring year labels.
 *
 * Pure functions: no allocation, no model, results in caller buffers.
 */
#ifndef LPDOC_VIEW_REPORT_CALC_H
#define LPDOC_VIEW_REPORT_CALC_H

#include <stddef.h>

/* part / whole as a percentage to one decimal place, rounded half away
 * from zero: (1, 3) gives "33.3", (-1, 8) gives "-12.5".  "" when whole
 * is 0 (no share can be given). */
void calc_percent(long long part, long long whole, char *out, size_t size);

/* What the Suffolk brokerage rule (School Forum paper, paragraphs 2-3)
 * does with a school, from its latest Ofsted outcome and direction of
 * travel: good/outstanding and declining receive brokered support,
 * good/outstanding and improving give it, requires improvement, serious
 * weaknesses and special measures go to the council's improvement
 * service; good/outstanding and stable are monitored; not inspected: none. */
typedef enum calc_brokerage {
	CALC_BROKER_NONE,
	CALC_BROKER_RECEIVE,
	CALC_BROKER_GIVE,
	CALC_BROKER_COUNCIL,
	CALC_BROKER_MONITOR
} calc_brokerage_t;
extern const char *const calc_brokerage_names[];   /* none, receive, give, council-service, monitor */

/* outcome and travel as in performance.xml; either may be NULL. */
calc_brokerage_t calc_brokerage(const char *outcome, const char *travel);
/* 1 for "good" and "outstanding". */
int calc_good_or_better(const char *outcome);

/* A chart axis from 0 to max in nticks equal steps of step, where step
 * is 1, 2 or 5 times a power of ten and max >= the largest value. */
typedef struct calc_scale {
	long long max, step;
	unsigned nticks;
} calc_scale_t;

/* The smallest such axis holding value in at most max_ticks steps
 * (max_ticks >= 1; a value <= 0 gives the axis 0..1). */
void calc_scale_nice(long long value, unsigned max_ticks, calc_scale_t *out);
/* Where v falls on an axis drawn length units long: v * length / max,
 * clamped to 0..length. */
double calc_scale_pos(const calc_scale_t *s, long long v, double length);

/* The academic or financial year `delta` years from "2025-26" ("2026-27"
 * for +1) into out (>= 8 bytes).  Returns -1 when year is not YYYY-YY
 * with consecutive years. */
int calc_year_shift(const char *year, int delta, char *out);

#endif
