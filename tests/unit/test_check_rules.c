/* Unit tests for the checker's helpers (periods, meetings, names, the date
 * judged at, the reporting function) and a whole run over data/example.
 * Run from the top of the tree (make unit does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "check/check_internal.h"
#include "model/model.h"
#include "model/query.h"
#include "util/diag.h"

static model_t *load_example(void)
{
	setenv("LPDOC_DATADIR", ".", 0);
	diag_t *d = diag_new();
	model_t *m = model_load("data/example", d);
	if (m == NULL)
		diag_print(d, stderr);
	diag_free(d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	return m;
}

static date_t day(int y, int mo, int d)
{
	return (date_t){ y, mo, d };
}

static void test_windows_cover_the_year(void)
{
	model_t *m = load_example();
	const model_records_t *r = model_records(m);
	check_window_t *w;
	size_t n = check_windows(r, MODEL_PERIOD_HALF_TERM, &w);
	CU_ASSERT_EQUAL(n, 6);
	/* The first starts with the year; each runs to the day before the next. */
	CU_ASSERT_EQUAL(date_cmp(w[0].start, day(2025, 9, 1)), 0);
	CU_ASSERT_EQUAL(date_cmp(w[0].end, day(2025, 11, 2)), 0);
	CU_ASSERT_EQUAL(date_cmp(w[0].last_day, day(2025, 10, 24)), 0);
	CU_ASSERT_STRING_EQUAL(w[0].label, "the first half of Autumn term 2025");
	CU_ASSERT_STRING_EQUAL(w[1].label, "the second half of Autumn term 2025");
	for (size_t i = 1; i < n; i++)
		CU_ASSERT_EQUAL(date_diff_days(w[i].start, w[i - 1].end), 1);
	CU_ASSERT_EQUAL(date_cmp(w[n - 1].end, day(2026, 8, 31)), 0);
	free(w);

	n = check_windows(r, MODEL_PERIOD_TERM, &w);
	CU_ASSERT_EQUAL(n, 3);
	CU_ASSERT_EQUAL(w[2].season, MODEL_SEASON_SUMMER);
	CU_ASSERT_STRING_EQUAL(w[2].label, "Summer term 2026");
	CU_ASSERT_EQUAL(date_cmp(w[1].end, day(2026, 4, 12)), 0);
	free(w);

	n = check_windows(r, MODEL_PERIOD_YEAR, &w);
	CU_ASSERT_EQUAL(n, 1);
	CU_ASSERT_STRING_EQUAL(w[0].label, "the academic year 2025-26");
	free(w);
	model_free(m);
}

static void test_window_due(void)
{
	check_window_t w = { .start = day(2025, 9, 1), .end = day(2025, 11, 2),
	                     .last_day = day(2025, 10, 24) };
	/* Judged once its own last day has passed, not before. */
	CU_ASSERT_FALSE(check_window_due(&w, day(2025, 10, 24), DATE_NONE, DATE_NONE));
	CU_ASSERT_TRUE(check_window_due(&w, day(2025, 10, 25), DATE_NONE, DATE_NONE));
	/* Not for a body that did not exist then. */
	CU_ASSERT_FALSE(check_window_due(&w, day(2026, 1, 1), day(2025, 11, 3), DATE_NONE));
	CU_ASSERT_FALSE(check_window_due(&w, day(2026, 1, 1), DATE_NONE, day(2025, 8, 31)));
	CU_ASSERT_TRUE(check_window_due(&w, day(2026, 1, 1), day(2025, 10, 1), day(2025, 10, 2)));
}

static void test_meeting_helpers(void)
{
	model_t *m = load_example();
	const model_body_t *eb = model_body_find(m, "eb");
	const model_body_t *mm = model_body_find(m, "mm");
	CU_ASSERT_EQUAL(check_meetings_between(eb, day(2025, 10, 1), day(2025, 12, 31)), 3);
	CU_ASSERT_EQUAL(check_meetings_between(eb, day(2025, 10, 8), day(2025, 11, 14)), 1);
	CU_ASSERT_EQUAL(check_meetings_between(eb, day(2026, 1, 1), day(2026, 8, 31)), 0);
	/* "Next full meeting" skips the special meeting of 14 November. */
	const model_meeting_t *next = check_meeting_next_full(eb, day(2025, 10, 7));
	CU_ASSERT_PTR_NOT_NULL_FATAL(next);
	CU_ASSERT_STRING_EQUAL(next->id, "eb-2025-12-02");
	CU_ASSERT_PTR_NULL(check_meeting_next_full(eb, day(2025, 12, 2)));
	const model_meeting_t *prev = check_meeting_prev_full(eb, day(2025, 12, 2));
	CU_ASSERT_PTR_NOT_NULL_FATAL(prev);
	CU_ASSERT_STRING_EQUAL(prev->id, "eb-2025-10-07");
	CU_ASSERT_PTR_NULL(check_meeting_prev_full(eb, day(2025, 10, 7)));
	CU_ASSERT_TRUE(check_meeting_has_paper(next, "financial-report"));
	CU_ASSERT_FALSE(check_meeting_has_paper(prev, "financial-report"));

	check_t *c = check_new(m, day(2030, 1, 1), diag_new());
	CU_ASSERT_STRING_EQUAL(check_meeting_text(c, eb), "Executive Board meeting");
	CU_ASSERT_STRING_EQUAL(check_meeting_text(c, mm), "Members’ Meeting");
	CU_ASSERT_STRING_EQUAL(check_paper_text(c, "directors-report"), "directors’ report");
	CU_ASSERT_STRING_EQUAL(check_words_text(c, "requires-improvement"), "requires improvement");
	CU_ASSERT_STRING_EQUAL(check_meetings_text(c, 0), "no meetings");
	CU_ASSERT_STRING_EQUAL(check_meetings_text(c, 1), "1 meeting");
	CU_ASSERT_STRING_EQUAL(check_money_text(c, 1234567), "£12,345.67");
	CU_ASSERT_STRING_EQUAL(check_date_text(c, day(2025, 10, 7)), "7 October 2025");
	CU_ASSERT_STRING_EQUAL(check_office_text("ceo"), "CEO");
	diag_t *d = c->d;
	check_free(c);
	diag_free(d);
	model_free(m);
}

static void test_judged_at_the_earlier_of_today_and_as_of(void)
{
	model_t *m = load_example();
	diag_t *d = diag_new();
	check_t *c = check_new(m, day(2030, 1, 1), d);
	CU_ASSERT_EQUAL(date_cmp(check_date(c), day(2025, 12, 19)), 0);
	check_free(c);
	c = check_new(m, day(2025, 11, 1), d);
	CU_ASSERT_EQUAL(date_cmp(check_date(c), day(2025, 11, 1)), 0);
	check_free(c);
	diag_free(d);
	model_free(m);
}

static void test_report_formats_and_cites(void)
{
	model_t *m = load_example();
	diag_t *d = diag_new();
	diag_add(d, DIAG_NOTE, "x.xml", 1, 1, NULL, "not from the checker");
	check_t *c = check_new(m, day(2025, 12, 19), d);
	const model_body_t *eb = model_body_find(m, "eb");
	model_pos_t pos = { "p.xml", 7, 3 };
	check_report(c, CHECK_MSG_DECISION_INQUORATE, &pos, eb->quorum.clause, eb->clause,
	             eb->name, 5u, 16u, 6u);
	check_report(c, CHECK_MSG_ACTION_NO_OWNER, &pos, NULL, model_clause_find(m, "2.5"), "a-9");
	check_report(c, CHECK_MSG_ACTION_NO_DUE_DATE, NULL, NULL, NULL, "a-9");
	CU_ASSERT_EQUAL(diag_len(d), 4);
	const diag_msg_t *x = diag_get(d, 1);
	CU_ASSERT_STRING_EQUAL(x->text, "decision taken while the Executive Board was inquorate: "
	                                "5 of 16 present, quorum 6");
	CU_ASSERT_STRING_EQUAL(x->clause, "MoU 3.1");
	CU_ASSERT_EQUAL(x->level, DIAG_ERROR);
	CU_ASSERT_EQUAL(x->line, 7);
	CU_ASSERT_STRING_EQUAL(diag_get(d, 2)->clause, "MoU 2.5");   /* the fallback */
	CU_ASSERT_PTR_NULL(diag_get(d, 3)->clause);
	CU_ASSERT_PTR_NULL(diag_get(d, 3)->file);
	CU_ASSERT_EQUAL(check_msg_of(c, 0), CHECK_MSG_COUNT);
	CU_ASSERT_EQUAL(check_msg_of(c, 1), CHECK_MSG_DECISION_INQUORATE);
	CU_ASSERT_EQUAL(check_msg_of(c, 3), CHECK_MSG_ACTION_NO_DUE_DATE);
	CU_ASSERT_EQUAL(check_msg_of(c, 9), CHECK_MSG_COUNT);
	check_free(c);
	diag_free(d);
	model_free(m);
}

static void test_example_checks_clean(void)
{
	model_t *m = load_example();
	diag_t *d = diag_new();
	check_t *c = check_new(m, day(2025, 12, 19), d);
	check_run(c);
	CU_ASSERT_EQUAL(diag_count(d, DIAG_ERROR), 0);
	CU_ASSERT_EQUAL(diag_count(d, DIAG_WARNING), 0);
	/* The inquorate special meeting of 14 November was ratified on 2 December
	 * (a note), and Hilltop has not paid for 2025-26 yet: a note, so it is
	 * not a member. */
	CU_ASSERT_EQUAL(diag_len(d), 2);
	int ratified = 0, due = 0;
	for (size_t i = 0; i < diag_len(d); i++) {
		ratified += check_msg_of(c, i) == CHECK_MSG_DECISION_RATIFIED;
		due += check_msg_of(c, i) == CHECK_MSG_SUBSCRIPTION_DUE;
	}
	CU_ASSERT_EQUAL(ratified, 1);
	CU_ASSERT_EQUAL(due, 1);
	check_free(c);
	diag_free(d);
	model_free(m);
}

static CU_TestInfo tests[] = {
	{ "half-terms, terms and years as windows", test_windows_cover_the_year },
	{ "a period is judged once over", test_window_due },
	{ "meetings between dates, next and previous full meeting, names", test_meeting_helpers },
	{ "judged at the earlier of today and as-of", test_judged_at_the_earlier_of_today_and_as_of },
	{ "the reporting function formats and cites", test_report_formats_and_cites },
	{ "data/example checks clean", test_example_checks_clean },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("check rules", tests)
