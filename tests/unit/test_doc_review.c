/* Unit tests for the pro-forma view: the annual review's dates computed
 * from the agreement's rules, which schools are members, and the view
 * document itself (data/example). */
#include <stdlib.h>
#include <string.h>
#include <libxml/xpath.h>

#include "model/model.h"
#include "model/query.h"
#include "unit.h"
#include "unit_xml.h"
#include "view/proforma.h"

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
	view_review_compute(m, (date_t){ 2025, 12, 19 }, &rv);
	CU_ASSERT_TRUE(rv.has_review);
	CU_ASSERT_EQUAL(rv.year, 2025);
	CU_ASSERT_EQUAL(rv.month, 12);
	CU_ASSERT_STRING_EQUAL(rv.next_fy, "2026-27");
	CU_ASSERT_STRING_EQUAL(rv.current_fy, "2025-26");
	expect_date(rv.next_fy_start, "2026-04-01");
	expect_date(rv.next_fy_end, "2027-03-31");
	expect_date(rv.current_fy_end, "2026-03-31");
	CU_ASSERT_EQUAL(rv.notice_months, 2);
	expect_date(rv.notice_by, "2026-01-31");
	expect_date(rv.return_by, "2026-01-31");      /* the agreement's return-by */
	CU_ASSERT_FALSE(date_is_set(rv.stale_return_by));
	CU_ASSERT_STRING_EQUAL(rv.return_to, "The Administrator, Riverside Education Centre");
	model_free(m);
}

static void test_early_in_year(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	view_review_t rv;
	/* In March the next review is December of the same year. */
	view_review_compute(m, (date_t){ 2025, 3, 1 }, &rv);
	CU_ASSERT_EQUAL(rv.year, 2025);
	CU_ASSERT_STRING_EQUAL(rv.next_fy, "2026-27");
	model_free(m);
}

static void test_stale_return_by(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	view_review_t rv;
	/* After 31 January 2026 the records' return-by is past: the next
	 * review is December 2026 and the notice deadline is used. */
	view_review_compute(m, (date_t){ 2026, 2, 10 }, &rv);
	CU_ASSERT_EQUAL(rv.year, 2026);
	expect_date(rv.stale_return_by, "2026-01-31");
	expect_date(rv.notice_by, "2027-01-31");
	expect_date(rv.return_by, "2027-01-31");
	model_free(m);
}

static void test_current_schools(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	size_t n;
	const model_member_t **s = view_proforma_schools(m, (date_t){ 2025, 12, 19 }, &n);
	CU_ASSERT_EQUAL(n, 3);
	CU_ASSERT_STRING_EQUAL(s[0]->urn, "100001");
	free(s);
	/* Hilltop's withdrawal takes effect on 31 March 2026; organisations never count. */
	s = view_proforma_schools(m, (date_t){ 2026, 4, 1 }, &n);
	CU_ASSERT_EQUAL(n, 2);
	for (size_t i = 0; i < n; i++)
		CU_ASSERT_STRING_NOT_EQUAL(s[i]->urn, "100003");
	free(s);
	model_free(m);
}

static void test_view(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	size_t n;
	const model_member_t **s = view_proforma_schools(m, (date_t){ 2025, 12, 19 }, &n);
	xmlDocPtr doc = view_proforma_build(m, s, n);
	unit_expect_xpath(doc, "count(/proformas/school)", "3");
	unit_expect_xpath(doc, "/proformas/school[1]/@headteacher-name", "Ada Lovelace");
	unit_expect_xpath(doc, "/proformas/school[1]/@chair-name", "Gus Patel");
	unit_expect_xpath(doc, "/proformas/school[1]/@phase-text", "Primary");
	unit_expect_xpath(doc, "/proformas/school[2]/@type-text", "Academy");
	unit_expect_xpath(doc, "/proformas/school[3]/@seq", "3");
	unit_expect_xpath(doc, "/proformas/review/@notice-by-text", "31 January 2026");
	unit_expect_xpath(doc, "/proformas/review/@notice-text", "two months’");
	unit_expect_xpath(doc, "/proformas/review/@next-fy", "2026-27");
	unit_expect_xpath(doc, "/proformas/review/@cite", "MoU 5.1");
	unit_expect_xpath(doc, "count(/proformas/agreement//clause)", "25");
	unit_expect_xpath(doc, "/proformas/partnership/@primary-colour", "#1B4F72");
	xmlFreeDoc(doc);
	free(s);
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
	{ "member schools on a day", test_current_schools },
	{ "pro-forma view", test_view },
	{ "agreement view", test_view_agreement },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("doc_review", tests)
