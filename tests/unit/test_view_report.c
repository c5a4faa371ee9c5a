/* Unit tests for the arithmetic of the yearly documents (report_calc,
 * chart, report, plan): percentages and variances, attendance rates,
 * brokerage by Ofsted outcome and direction of travel, chart scales and
 * label wrapping, milestone and activity status, and the views' totals
 * for data/example. */
#include <stdlib.h>
#include <string.h>
#include <libxml/xpath.h>

#include "model/model.h"
#include "unit.h"
#include "unit_xml.h"
#include "view/chart.h"
#include "view/plan.h"
#include "view/report.h"
#include "view/report_calc.h"

static void expect_pct(long long part, long long whole, const char *want)
{
	char out[32];
	calc_percent(part, whole, out, sizeof out);
	CU_ASSERT_STRING_EQUAL(out, want);
}

static void test_percent(void)
{
	expect_pct(1, 3, "33.3");
	expect_pct(2, 3, "66.7");
	expect_pct(1, 8, "12.5");          /* exact half rounds up */
	expect_pct(1, 16, "6.3");          /* 6.25 */
	expect_pct(-1, 8, "-12.5");        /* overspend variance */
	expect_pct(0, 5, "0.0");
	expect_pct(5, 5, "100.0");
	expect_pct(1, 0, "");              /* no share of nothing */
	expect_pct(4100001, 6700000, "61.2");   /* variance of the example's budget, pence */
	expect_pct(1, 2000000, "0.0");
	expect_pct(-1, 2000000, "0.0");    /* never "-0.0" */
}

static void test_attendance_rate(void)
{
	expect_pct(3, 3, "100.0");
	expect_pct(1, 3, "33.3");
	expect_pct(5, 6, "83.3");
	expect_pct(0, 0, "");
}

static void test_brokerage(void)
{
	CU_ASSERT_EQUAL(calc_brokerage("good", "declining"), CALC_BROKER_RECEIVE);
	CU_ASSERT_EQUAL(calc_brokerage("outstanding", "declining"), CALC_BROKER_RECEIVE);
	CU_ASSERT_EQUAL(calc_brokerage("good", "improving"), CALC_BROKER_GIVE);
	CU_ASSERT_EQUAL(calc_brokerage("outstanding", "improving"), CALC_BROKER_GIVE);
	CU_ASSERT_EQUAL(calc_brokerage("good", "stable"), CALC_BROKER_MONITOR);
	CU_ASSERT_EQUAL(calc_brokerage("good", NULL), CALC_BROKER_MONITOR);
	CU_ASSERT_EQUAL(calc_brokerage("requires-improvement", "improving"), CALC_BROKER_COUNCIL);
	CU_ASSERT_EQUAL(calc_brokerage("serious-weaknesses", "declining"), CALC_BROKER_COUNCIL);
	CU_ASSERT_EQUAL(calc_brokerage("special-measures", NULL), CALC_BROKER_COUNCIL);
	CU_ASSERT_EQUAL(calc_brokerage(NULL, "declining"), CALC_BROKER_NONE);
	CU_ASSERT_STRING_EQUAL(calc_brokerage_names[CALC_BROKER_COUNCIL], "council-service");
	CU_ASSERT_TRUE(calc_good_or_better("outstanding"));
	CU_ASSERT_FALSE(calc_good_or_better("requires-improvement"));
}

static void test_scale(void)
{
	calc_scale_t s;
	calc_scale_nice(45000, 5, &s);
	CU_ASSERT_EQUAL(s.step, 10000);
	CU_ASSERT_EQUAL(s.max, 50000);
	CU_ASSERT_EQUAL(s.nticks, 5);
	calc_scale_nice(305000, 5, &s);
	CU_ASSERT_EQUAL(s.step, 100000);
	CU_ASSERT_EQUAL(s.max, 400000);
	calc_scale_nice(7, 5, &s);
	CU_ASSERT_EQUAL(s.step, 2);
	CU_ASSERT_EQUAL(s.max, 8);
	calc_scale_nice(10, 5, &s);
	CU_ASSERT_EQUAL(s.max, 10);
	CU_ASSERT_EQUAL(s.nticks, 5);
	calc_scale_nice(0, 5, &s);
	CU_ASSERT_EQUAL(s.max, 1);
	calc_scale_nice(45000, 5, &s);
	CU_ASSERT_DOUBLE_EQUAL(calc_scale_pos(&s, 22500, 200), 90.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(calc_scale_pos(&s, 0, 200), 0.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(calc_scale_pos(&s, 90000, 200), 200.0, 1e-9);  /* clamped */
	CU_ASSERT_DOUBLE_EQUAL(calc_scale_pos(&s, -5, 200), 0.0, 1e-9);
}

static void test_year_shift(void)
{
	char out[8];
	CU_ASSERT_EQUAL(calc_year_shift("2025-26", 1, out), 0);
	CU_ASSERT_STRING_EQUAL(out, "2026-27");
	CU_ASSERT_EQUAL(calc_year_shift("2025-26", -1, out), 0);
	CU_ASSERT_STRING_EQUAL(out, "2024-25");
	CU_ASSERT_EQUAL(calc_year_shift("1999-00", 1, out), 0);
	CU_ASSERT_STRING_EQUAL(out, "2000-01");
	CU_ASSERT_EQUAL(calc_year_shift("2025-27", 1, out), -1);
	CU_ASSERT_EQUAL(calc_year_shift("2025", 1, out), -1);
	CU_ASSERT_EQUAL(calc_year_shift(NULL, 1, out), -1);
}

static void test_wrap(void)
{
	char a[64], b[64];
	CU_ASSERT_EQUAL(chart_wrap("Staffing", 34, a, b, sizeof a), 1);
	CU_ASSERT_STRING_EQUAL(a, "Staffing");
	CU_ASSERT_EQUAL(chart_wrap("Staffing: CEO, administrator and finance support", 34, a, b, sizeof a), 2);
	CU_ASSERT_STRING_EQUAL(a, "Staffing: CEO, administrator and");
	CU_ASSERT_STRING_EQUAL(b, "finance support");
	CU_ASSERT_EQUAL(chart_wrap("aaaa bbbb cccc dddd eeee ffff gggg", 10, a, b, sizeof a), 2);
	CU_ASSERT_STRING_EQUAL(a, "aaaa bbbb");
	CU_ASSERT_STRING_EQUAL(b, "cccc dddd…");
}

static void test_status(void)
{
	date_t due = { 2026, 3, 31 }, before = { 2026, 3, 1 }, after = { 2026, 4, 1 };
	CU_ASSERT_STRING_EQUAL(view_milestone_status(due, DATE_NONE, before), "open");
	CU_ASSERT_STRING_EQUAL(view_milestone_status(due, DATE_NONE, due), "open");
	CU_ASSERT_STRING_EQUAL(view_milestone_status(due, DATE_NONE, after), "overdue");
	CU_ASSERT_STRING_EQUAL(view_milestone_status(due, before, after), "done");
	CU_ASSERT_STRING_EQUAL(view_milestone_status(due, after, after), "done-late");
	/* done after "today": not done yet on that day */
	CU_ASSERT_STRING_EQUAL(view_milestone_status(due, after, before), "open");
	CU_ASSERT_STRING_EQUAL(view_milestone_status(before, due, (date_t){ 2026, 3, 15 }), "overdue");
	model_activity_t a;
	memset(&a, 0, sizeof a);
	a.start = (date_t){ 2025, 9, 1 };
	a.due = due;
	a.rag = (char *)"amber";
	CU_ASSERT_STRING_EQUAL(view_activity_status(&a, (date_t){ 2025, 8, 1 }), "not-started");
	CU_ASSERT_STRING_EQUAL(view_activity_status(&a, before), "in-progress");
	CU_ASSERT_STRING_EQUAL(view_activity_status(&a, after), "overdue");
	a.rag = (char *)"complete";
	CU_ASSERT_STRING_EQUAL(view_activity_status(&a, after), "complete");
	a.done = (date_t){ 2026, 3, 20 };
	CU_ASSERT_STRING_EQUAL(view_activity_status(&a, (date_t){ 2026, 3, 10 }), "in-progress");
	CU_ASSERT_STRING_EQUAL(view_activity_status(&a, (date_t){ 2026, 3, 20 }), "complete");
}

/* ---- the views of data/example ---- */

static model_t *load(void)
{
	setenv("LPDOC_DATADIR", ".", 0);
	diag_t *d = diag_new();
	model_t *m = model_load("data/example", d);
	diag_print(d, stderr);
	diag_free(d);
	return m;
}

static void test_report_view(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	diag_t *d = diag_new();
	xmlDocPtr doc = view_report_build(m, "2025-26", (date_t){ 2025, 12, 19 }, d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	/* budget 45000 + 12000 + 10000; spent 22500 + 3499.99 + 2000 (the ratified
	 * decision of 14 November, paid 8 December) */
	unit_expect_xpath(doc, "string(/*/finance/budget/@budget)", "67000.00");
	unit_expect_xpath(doc, "string(/*/finance/budget/@spent)", "27999.99");
	unit_expect_xpath(doc, "string(/*/finance/budget/@variance)", "39000.01");
	unit_expect_xpath(doc, "string(/*/finance/budget/@variance-pct)", "58.2");
	unit_expect_xpath(doc, "string(//line[@id='b-reading']/@variance-text)", "£6,500.01");
	/* income 50000 + 2150.50 + 10000; reserves 8250.75 + income - spent */
	unit_expect_xpath(doc, "string(/*/finance/income/@total)", "62150.50");
	unit_expect_xpath(doc, "string(//source[@name='council']/@share)", "80.4");
	unit_expect_xpath(doc, "string(/*/finance/reserves/@closing)", "42401.26");
	/* the fund: 4000 of 20000 */
	unit_expect_xpath(doc, "string(//fund[@id='f-challenge']/@remaining)", "16000.00");
	unit_expect_xpath(doc, "string(//fund[@id='f-challenge']/@used-pct)", "20.0");
	/* schools: mill good declining, brook outstanding improving; hill (RI)
	 * has not paid its 2025-26 subscription, so it is not a member and is
	 * neither counted nor listed */
	unit_expect_xpath(doc, "string(/*/schools/@good-share)", "100.0");
	unit_expect_xpath(doc, "count(/*/schools//*[@member='s-hill'] | /*/membership//*[@member='s-hill'])", "0");
	/* the example's agreement declares no brokerage: no direction of
	 * travel, no brokerage groups (and no report names a school in one) */
	unit_expect_xpath(doc, "string(/*/schools/@brokerage)", "no");
	unit_expect_xpath(doc, "string(count(/*/schools/brokerage | /*/schools/travel | //cell))", "0");
	unit_expect_xpath(doc, "string(count(//brokerage/school))", "0");
	/* attendance: Dee present at 1 of 3 Board meetings */
	unit_expect_xpath(doc, "string(//body[@id='eb']/member[@person='p-dee']/@rate)", "33.3");
	/* chart: £45,000 budget on a £50,000 axis 226pt wide */
	unit_expect_xpath(doc, "string(//chart[@id='budget-chart']/rect[@cls='s-budget'][2]/@w)", "203.4");
	xmlFreeDoc(doc);
	CU_ASSERT_PTR_NULL(view_report_build(m, "2031-32", (date_t){ 2025, 12, 19 }, d));
	CU_ASSERT_EQUAL(diag_worst(d), DIAG_ERROR);
	diag_free(d);
	model_free(m);
}

static void test_plan_view(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	diag_t *d = diag_new();
	xmlDocPtr doc = view_plan_build(m, "2025-26", (date_t){ 2025, 12, 19 }, d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	unit_expect_xpath(doc, "string(//contributions/party[@id='pt-council']/@total)", "18000.00");
	unit_expect_xpath(doc, "string(//contributions/@total)", "22000.00");
	unit_expect_xpath(doc, "string(//contributions/@cost)", "22000.00");
	unit_expect_xpath(doc, "string(//activity[@id='act-1']/share[@party='pt-heads']/@amount)", "4000.00");
	unit_expect_xpath(doc, "string(//contributions/party[@id='pt-council']/@share)", "81.8");
	unit_expect_xpath(doc, "string(//activity[@id='act-2']/@status)", "in-progress");
	unit_expect_xpath(doc, "count(//chart[@id='timeline']/rect[@title])", "2");
	xmlFreeDoc(doc);
	diag_free(d);
	model_free(m);
}

static CU_TestInfo tests[] = {
	{ "percentages and variances", test_percent },
	{ "attendance rates", test_attendance_rate },
	{ "brokerage classification", test_brokerage },
	{ "chart scales", test_scale },
	{ "year labels", test_year_shift },
	{ "chart label wrapping", test_wrap },
	{ "milestone and activity status", test_status },
	{ "annual report view (example)", test_report_view },
	{ "delivery plan view (example)", test_plan_view },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("view_report", tests)
