/* Unit tests for the pro-forma and review register views: the annual
 * review's dates computed from the agreement's rules, which members the
 * review asks, the refusal where there is no review, and the view
 * documents themselves (data/example). */
#include <stdlib.h>
#include <string.h>
#include <libxml/xpath.h>

#include "model/model.h"
#include "model/query.h"
#include "unit.h"
#include "unit_xml.h"
#include "view/proforma.h"
#include "view/review.h"

/* The schemas are found through LPDOC_DATADIR: the test runs from the
 * top of the source tree, not from an installed lpdoc. */
static model_t *load(void)
{
	setenv("LPDOC_DATADIR", ".", 0);
	diag_t *d = diag_new();
	model_t *m = model_load("data/example", d);
	diag_print(d, stderr);
	diag_free(d);
	return m;
}

static void expect_date(date_t got, const char *want)
{
	char iso[11];
	date_format_iso(got, iso);
	CU_ASSERT_STRING_EQUAL(iso, want);
}

static void test_december_review(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	view_review_t rv;
	CU_ASSERT_EQUAL(view_review_compute(m, (date_t){ 2025, 12, 19 }, NULL, &rv), 0);
	const model_review_dates_t *w = &rv.when;
	CU_ASSERT_TRUE(rv.has_review);
	CU_ASSERT_EQUAL(w->year, 2025);
	CU_ASSERT_EQUAL(w->month, 12);
	expect_date(w->opens, "2025-12-01");
	CU_ASSERT_STRING_EQUAL(w->next_fy, "2026-27");
	CU_ASSERT_STRING_EQUAL(w->current_fy, "2025-26");
	expect_date(w->next_fy_start, "2026-04-01");
	expect_date(w->next_fy_end, "2027-03-31");
	expect_date(w->current_fy_end, "2026-03-31");
	CU_ASSERT_EQUAL(w->notice_months, 2);
	expect_date(w->notice_by, "2026-01-31");
	expect_date(w->return_by, "2026-01-31");      /* the agreement's return-by */
	CU_ASSERT_FALSE(date_is_set(rv.stale_return_by));
	CU_ASSERT_STRING_EQUAL(rv.return_to, "The Administrator, Riverside Education Centre");
	CU_ASSERT_STRING_EQUAL(rv.return_email, "office@example.org");
	model_free(m);
}

static void test_early_in_year(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	view_review_t rv;
	/* In March the next review is December of the same year. */
	view_review_compute(m, (date_t){ 2025, 3, 1 }, NULL, &rv);
	CU_ASSERT_EQUAL(rv.when.year, 2025);
	CU_ASSERT_STRING_EQUAL(rv.when.next_fy, "2026-27");
	model_free(m);
}

static void test_stale_return_by(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	view_review_t rv;
	/* After 31 January 2026 the records' return-by is past: the next
	 * review is December 2026 and the notice deadline is used. */
	view_review_compute(m, (date_t){ 2026, 2, 10 }, NULL, &rv);
	CU_ASSERT_EQUAL(rv.when.year, 2026);
	expect_date(rv.stale_return_by, "2026-01-31");
	expect_date(rv.when.notice_by, "2027-01-31");
	expect_date(rv.when.return_by, "2027-01-31");
	model_free(m);
}

/* The review renewing a year, the latest review before a day, and the
 * agreement's return-by kept for its own review only. */
static void test_review_by_year(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	model_review_dates_t w;
	CU_ASSERT_EQUAL(model_review_for_year(m, "2026-27", &w), 0);
	CU_ASSERT_EQUAL(w.year, 2025);
	expect_date(w.return_by, "2026-01-31");
	CU_ASSERT_EQUAL(model_review_for_year(m, "2027-28", &w), 0);
	CU_ASSERT_EQUAL(w.year, 2026);
	expect_date(w.return_by, "2027-01-31");
	CU_ASSERT_EQUAL(model_review_for_year(m, "2026", &w), -1);
	CU_ASSERT_EQUAL(model_review_latest(m, (date_t){ 2026, 7, 24 }, &w), 0);
	CU_ASSERT_STRING_EQUAL(w.next_fy, "2026-27");
	CU_ASSERT_EQUAL(model_review_latest(m, (date_t){ 2025, 11, 30 }, &w), 0);
	CU_ASSERT_STRING_EQUAL(w.next_fy, "2025-26");
	model_free(m);
}

/* Members on the day the review opens, schools first: the example
 * requires a subscription, which Hilltop has not paid, so it is not asked;
 * the two partner organisations are. */
static void test_members_asked(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	view_review_t rv;
	view_review_compute(m, (date_t){ 2025, 12, 19 }, NULL, &rv);
	size_t n;
	const model_member_t **s = view_proforma_members(m, &rv, 0, &n);
	CU_ASSERT_EQUAL_FATAL(n, 4);
	CU_ASSERT_STRING_EQUAL(s[0]->urn, "100001");
	CU_ASSERT_STRING_EQUAL(s[1]->urn, "100002");
	CU_ASSERT_STRING_EQUAL(s[2]->id, "rcc");
	CU_ASSERT_STRING_EQUAL(s[3]->id, "rha");
	free(s);
	/* Mill Lane has returned its form: the chase round leaves it out. */
	s = view_proforma_members(m, &rv, 1, &n);
	CU_ASSERT_EQUAL(n, 3);
	for (size_t i = 0; i < n; i++)
		CU_ASSERT_STRING_NOT_EQUAL(s[i]->id, "s-mill");
	free(s);
	model_free(m);
}

static void test_refusal(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_PTR_NULL(view_proforma_refusal(m, "example", "pro-forma"));
	model_free(m);
	setenv("LPDOC_DATADIR", ".", 0);
	diag_t *d = diag_new();
	m = model_load("data/leicester-alliance", d);
	diag_free(d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	char *why = view_proforma_refusal(m, "data/leicester-alliance", "pro-forma");
	CU_ASSERT_PTR_NOT_NULL_FATAL(why);
	CU_ASSERT_PTR_NOT_NULL(strstr(why, "pro-forma"));
	CU_ASSERT_PTR_NOT_NULL(strstr(why, "\"Partnership Agreement\""));
	CU_ASSERT_PTR_NOT_NULL(strstr(why, "'lpdoc agreement data/leicester-alliance"));
	free(why);
	model_free(m);
}

static void test_view(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	view_review_t rv;
	view_review_compute(m, (date_t){ 2025, 12, 19 }, NULL, &rv);
	size_t n;
	const model_member_t **s = view_proforma_members(m, &rv, 0, &n);
	xmlDocPtr doc = view_proforma_build(m, NULL, DATE_NONE, s, n);
	unit_expect_xpath(doc, "count(/proformas/school)", "2");
	unit_expect_xpath(doc, "count(/proformas/organisation)", "2");
	unit_expect_xpath(doc, "/proformas/school[1]/@headteacher-name", "Ada Lovelace");
	unit_expect_xpath(doc, "/proformas/school[1]/@chair-name", "Gus Patel");
	unit_expect_xpath(doc, "/proformas/school[1]/@phase-text", "Primary");
	unit_expect_xpath(doc, "/proformas/school[2]/@type-text", "Academy");
	unit_expect_xpath(doc, "/proformas/organisation[1]/@seq", "3");
	unit_expect_xpath(doc, "/proformas/organisation[1]/@kind-text", "Local authority");
	/* no 2026-27 subscription recorded: the latest one, 2025-26, is given */
	unit_expect_xpath(doc, "/proformas/school[2]/@subscription-text", "£950.50");
	unit_expect_xpath(doc, "/proformas/school[2]/@subscription-year", "2025-26");
	unit_expect_xpath(doc, "/proformas/school[2]/@subscription-set", "no");
	unit_expect_xpath(doc, "/proformas/review/@notice-by-text", "31 January 2026");
	unit_expect_xpath(doc, "/proformas/review/@notice-text", "two months’");
	unit_expect_xpath(doc, "/proformas/review/@next-fy", "2026-27");
	unit_expect_xpath(doc, "/proformas/review/@return-email", "office@example.org");
	unit_expect_xpath(doc, "/proformas/review/@cite", "MoU 5.1");
	unit_expect_xpath(doc, "count(/proformas/agreement//clause)", "25");
	unit_expect_xpath(doc, "/proformas/partnership/@primary-colour", "#1B4F72");
	xmlFreeDoc(doc);
	free(s);
	model_free(m);
}

/* The register of the December 2025 review on 5 February 2026: Mill Lane
 * remains, Hilltop (not a member when it opened: unpaid) withdraws in
 * time, listed but not counted; Brookside and the two organisations have
 * not returned, so asked = remain + withdraw + outstanding. */
static void test_register(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	char year[8];
	CU_ASSERT_EQUAL(view_review_default_year(m, (date_t){ 2026, 2, 5 }, year), 0);
	CU_ASSERT_STRING_EQUAL(year, "2026-27");
	CU_ASSERT_TRUE(view_review_has_returns(m, "2026-27"));
	CU_ASSERT_FALSE(view_review_has_returns(m, "2027-28"));
	diag_t *d = diag_new();
	xmlDocPtr doc = view_review_build(m, "2026-27", (date_t){ 2026, 2, 5 }, d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	unit_expect_xpath(doc, "/review-register/tally/@asked", "4");
	unit_expect_xpath(doc, "/review-register/tally/@returned", "2");
	unit_expect_xpath(doc, "/review-register/tally/@remain", "1");
	unit_expect_xpath(doc, "/review-register/tally/@withdraw", "0");
	unit_expect_xpath(doc, "/review-register/tally/@unasked", "1");
	unit_expect_xpath(doc, "/review-register/tally/@asked-schools", "2");
	unit_expect_xpath(doc, "/review-register/tally/@asked-organisations", "2");
	unit_expect_xpath(doc, "/review-register/tally/@late", "0");
	unit_expect_xpath(doc, "/review-register/tally/@outstanding", "3");
	unit_expect_xpath(doc, "/review-register/returned/return[2]/@asked", "no");
	unit_expect_xpath(doc, "/review-register/outstanding/member[1]/@name", "Brookside Academy");
	unit_expect_xpath(doc, "/review-register/outstanding/member[1]/contact[1]/@role", "Headteacher");
	unit_expect_xpath(doc, "/review-register/@return-date-passed", "yes");
	xmlFreeDoc(doc);
	CU_ASSERT_PTR_NULL(view_review_build(m, "2026", (date_t){ 2026, 2, 5 }, d));
	CU_ASSERT_EQUAL(diag_count(d, DIAG_ERROR), 1);
	diag_free(d);
	model_free(m);
}

static void test_view_agreement(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	diag_t *d = diag_new();
	xmlDocPtr doc = view_agreement_build(m, d);
	CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
	unit_expect_xpath(doc, "/agreement-document/@parties", "2");
	unit_expect_xpath(doc, "/agreement-document/agreement/party[2]/@org-name",
	             "Riverside Headteachers’ Association");
	CU_ASSERT_EQUAL(diag_len(d), 0);
	xmlFreeDoc(doc);
	diag_free(d);
	model_free(m);
}

static CU_TestInfo tests[] = {
	{ "December review and deadlines", test_december_review },
	{ "review later the same year", test_early_in_year },
	{ "past return-by replaced", test_stale_return_by },
	{ "review by year and latest", test_review_by_year },
	{ "members the review asks", test_members_asked },
	{ "no review: refusal", test_refusal },
	{ "pro-forma view", test_view },
	{ "review register", test_register },
	{ "agreement view", test_view_agreement },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("doc_review", tests)
