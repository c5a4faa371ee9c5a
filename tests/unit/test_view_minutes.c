/* Unit tests for the figures the minutes and pack views compute: UK
 * dates with weekdays, time ranges, the quorum statement, action states
 * against "today", the approval line, paper kinds; and, on data/example,
 * the pack's meetings, final meeting of the term and spending to a date,
 * and that a public view holds nothing of a confidential item.
 * Run from the top of the tree (make unit does). */
#include <stdlib.h>
#include <string.h>
#include <libxml/tree.h>

#include "unit.h"
#include "model/model.h"
#include "model/query.h"
#include "view/minutes.h"
#include "view/pack.h"
#include "util/xalloc.h"

static date_t day(const char *s)
{
	date_t d = DATE_NONE;
	CU_ASSERT_EQUAL(date_parse(s, &d), 0);
	return d;
}

static void test_weekday_dates(void)
{
	char buf[64];
	view_date_uk(day("2025-10-14"), buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "Tuesday 14 October 2025");
	view_date_uk(day("1970-01-01"), buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "Thursday 1 January 1970");
	view_date_uk(day("2024-02-29"), buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "Thursday 29 February 2024");
	view_date_uk(day("1969-12-28"), buf, sizeof buf);   /* before the epoch */
	CU_ASSERT_STRING_EQUAL(buf, "Sunday 28 December 1969");
	view_date_uk(DATE_NONE, buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "");
	CU_ASSERT_STRING_EQUAL(view_weekday_name(day("2025-11-14")), "Friday");
}

static void test_time_range(void)
{
	char buf[32];
	view_time_range("16:00", "17:30", buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "16:00 to 17:30");
	view_time_range("08:30", "", buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "08:30");
	view_time_range("", "", buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "");
}

static void test_quorum_text(void)
{
	char buf[256];
	CU_ASSERT_EQUAL(view_quorum_text(9, 16, 1, 6, 0, "MoU 3.1", buf, sizeof buf), 1);
	CU_ASSERT_STRING_EQUAL(buf, "9 of 16 members present; quorum 6 (MoU 3.1). The meeting was quorate.");
	CU_ASSERT_EQUAL(view_quorum_text(5, 16, 1, 6, 0, "", buf, sizeof buf), 0);
	CU_ASSERT_STRING_EQUAL(buf, "5 of 16 members present; quorum 6. The meeting was not quorate.");
	CU_ASSERT_EQUAL(view_quorum_text(21, 84, 1, 21, 1, NULL, buf, sizeof buf), 1);
	CU_ASSERT_STRING_EQUAL(buf, "21 of 84 member schools represented; quorum 21. The meeting was quorate.");
	CU_ASSERT_EQUAL(view_quorum_text(2, 3, 0, 0, 0, NULL, buf, sizeof buf), 1);
	CU_ASSERT_STRING_EQUAL(buf, "2 of 3 members present; no quorum is set for this body.");
	CU_ASSERT_EQUAL(view_quorum_text(4, 0, 0, 0, 0, NULL, buf, sizeof buf), 1);
	CU_ASSERT_STRING_EQUAL(buf, "4 present; this body has no fixed membership and no quorum.");
}

static void test_action_states(void)
{
	model_action_t a = { 0 };
	char buf[64];
	a.due = day("2025-11-28");
	a.status = MODEL_ACTION_OPEN;
	CU_ASSERT_EQUAL(view_action_state(&a, day("2025-11-28")), VIEW_ACTION_OPEN);  /* due today */
	CU_ASSERT_EQUAL(view_action_state(&a, day("2025-11-29")), VIEW_ACTION_OVERDUE);
	CU_ASSERT_EQUAL(view_action_state(&a, DATE_NONE), VIEW_ACTION_OPEN);
	view_action_state_text(&a, day("2025-12-10"), buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "Overdue: due 28 November 2025");
	view_action_state_text(&a, day("2025-11-01"), buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "Open");
	a.status = MODEL_ACTION_DONE;
	a.done = day("2025-11-20");
	CU_ASSERT_EQUAL(view_action_state(&a, day("2026-01-01")), VIEW_ACTION_DONE);
	view_action_state_text(&a, day("2026-01-01"), buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "Done 20 November 2025");
	CU_ASSERT_EQUAL(view_action_state(&a, day("2025-11-20")), VIEW_ACTION_DONE);
	CU_ASSERT_EQUAL(view_action_state(&a, day("2025-11-19")), VIEW_ACTION_OPEN);
	a.done = day("2025-12-05");   /* done late: overdue until then */
	CU_ASSERT_EQUAL(view_action_state(&a, day("2025-12-01")), VIEW_ACTION_OVERDUE);
	a.done = DATE_NONE;
	view_action_state_text(&a, day("2026-01-01"), buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "Done");
	a.status = MODEL_ACTION_DROPPED;
	CU_ASSERT_EQUAL(view_action_state(&a, day("2026-01-01")), VIEW_ACTION_DROPPED);
	CU_ASSERT_STRING_EQUAL(view_action_state_names[VIEW_ACTION_OVERDUE], "overdue");
}

static void test_approval_text(void)
{
	model_body_t body = { 0 };
	body.name = "Executive Board";
	model_meeting_t later = { 0 }, mt = { 0 };
	later.date = day("2025-12-04");
	model_item_t item = { 0 };
	item.meeting = &later;
	item.minute = "EB 25/26-012";
	mt.body = &body;
	char buf[256];
	CU_ASSERT_EQUAL(view_approval_text(&mt, buf, sizeof buf), 0);
	CU_ASSERT_STRING_EQUAL(buf, "Subject to approval at the next meeting of the Executive Board");
	mt.is_signed = 1;
	mt.signed_on = day("2025-12-05");
	CU_ASSERT_EQUAL(view_approval_text(&mt, buf, sizeof buf), 1);
	CU_ASSERT_STRING_EQUAL(buf, "Signed as a correct record on 5 December 2025");
	mt.approved_by = &item;
	CU_ASSERT_EQUAL(view_approval_text(&mt, buf, sizeof buf), 1);
	CU_ASSERT_STRING_EQUAL(buf, "Approved as a correct record at the meeting of 4 December 2025, "
	                            "minute EB 25/26-012");
}

static void test_paper_kinds(void)
{
	CU_ASSERT_STRING_EQUAL(view_paper_kind_text("financial-report"), "Financial report");
	CU_ASSERT_STRING_EQUAL(view_paper_kind_text("directors-report"), "Directors' report");
	CU_ASSERT_STRING_EQUAL(view_paper_kind_text("other"), "Paper");
	CU_ASSERT_STRING_EQUAL(view_paper_kind_text(NULL), "Paper");
}

/* ---- on data/example ---- */

static model_t *load_example(void)
{
	setenv("LPDOC_DATADIR", ".", 0);
	diag_t *d = diag_new();
	model_t *m = model_load("data/example", d);
	CU_ASSERT_EQUAL(diag_len(d), 0);
	diag_free(d);
	return m;
}

static void test_pack_meetings(void)
{
	model_t *m = load_example();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	const model_term_t *t = model_term_find(m, "2025-autumn");
	CU_ASSERT_PTR_NOT_NULL_FATAL(t);
	size_t n;
	const model_meeting_t **list = view_pack_meetings(m, t, &n);
	CU_ASSERT_EQUAL(n, 7);
	/* grouped by body in record order, by date within a body */
	CU_ASSERT_STRING_EQUAL(list[0]->id, "eb-2025-10-07");
	CU_ASSERT_STRING_EQUAL(list[1]->id, "eb-2025-11-14");
	CU_ASSERT_STRING_EQUAL(list[2]->id, "eb-2025-12-02");
	for (size_t i = 1; i < n; i++)
		if (list[i]->body == list[i - 1]->body)
			CU_ASSERT(date_cmp(list[i - 1]->date, list[i]->date) <= 0);
	const model_body_t *eb = model_body_find(m, "eb");
	const model_meeting_t *final = view_pack_final_meeting(eb, t);
	CU_ASSERT_PTR_NOT_NULL_FATAL(final);
	CU_ASSERT_STRING_EQUAL(final->id, "eb-2025-12-02");
	const model_term_t *spring = model_term_find(m, "2026-spring");
	if (spring)
		CU_ASSERT_PTR_NULL(view_pack_final_meeting(eb, spring));
	free(list);
	model_free(m);
}

static void test_line_spent(void)
{
	model_t *m = load_example();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	const model_records_t *r = model_records(m);
	CU_ASSERT_FATAL(r->nexpenditure > 0);
	const model_expenditure_t *e = r->expenditure[0];
	money_t before = view_line_spent(m, e->line, date_from_days(date_to_days(e->date) - 1));
	money_t on = view_line_spent(m, e->line, e->date);
	CU_ASSERT(on - before >= e->amount);   /* the day's spending counts from that day */
	model_free(m);
}

/* Every text and attribute of the public view, concatenated. */
static void doc_text(xmlNode *n, char **acc)
{
	for (; n; n = n->next) {
		for (xmlAttr *a = n->properties; a; a = a->next) {
			xmlChar *v = xmlNodeGetContent((xmlNode *)a);
			size_t len = strlen(*acc) + strlen((char *)v) + 2;
			*acc = xrealloc(*acc, len);
			strcat(strcat(*acc, (char *)v), "\n");
			xmlFree(v);
		}
		if (n->type == XML_TEXT_NODE) {
			*acc = xrealloc(*acc, strlen(*acc) + strlen((char *)n->content) + 2);
			strcat(strcat(*acc, (char *)n->content), "\n");
		}
		doc_text(n->children, acc);
	}
}

static void test_public_leaves_out(void)
{
	model_t *m = load_example();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	const model_meeting_t *mt = model_meeting_find(m, "eb-2025-10-07");
	view_minutes_opt_t opt = { 1, day("2025-12-10"), 1 };
	xmlDocPtr doc = view_minutes_build(m, mt, &opt);
	char *text = xcalloc(1, 1);
	doc_text(xmlDocGetRootElement(doc), &text);
	CU_ASSERT_PTR_NULL(strstr(text, "Support for a school causing concern"));
	CU_ASSERT_PTR_NULL(strstr(text, "Arrange a support visit"));
	CU_ASSERT_PTR_NULL(strstr(text, "Governor of Brookside Academy"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "EB 25/26-003"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "Confidential item \u2014 not published"));
	free(text);
	xmlFreeDoc(doc);
	opt.public_edition = 0;
	doc = view_minutes_build(m, mt, &opt);
	text = xcalloc(1, 1);
	doc_text(xmlDocGetRootElement(doc), &text);
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "Arrange a support visit"));
	free(text);
	xmlFreeDoc(doc);
	model_free(m);
}

static CU_TestInfo tests[] = {
	{ "weekday dates", test_weekday_dates },
	{ "time range", test_time_range },
	{ "quorum statement", test_quorum_text },
	{ "action states", test_action_states },
	{ "approval line", test_approval_text },
	{ "paper kinds", test_paper_kinds },
	{ "pack meetings", test_pack_meetings },
	{ "line spent", test_line_spent },
	{ "public edition leaves out", test_public_leaves_out },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("view_minutes", tests)
