/* Unit tests for loading data/example: references resolved, lookups,
 * quorum and membership figures, calendar questions, broken records.
 * Run from the top of the tree (make unit does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "model/model.h"
#include "model/query.h"
#include "util/diag.h"

/* The schemas are found through LPDOC_DATADIR: the test binary does not
 * live beside fonts/ as lpdoc does. */
static model_t *load(const char *dir, diag_t *d)
{
	setenv("LPDOC_DATADIR", ".", 0);
	return model_load(dir, d);
}

static model_t *load_example(void)
{
	diag_t *d = diag_new();
	model_t *m = load("data/example", d);
	if (m == NULL || diag_len(d) != 0)
		diag_print(d, stderr);
	CU_ASSERT_EQUAL(diag_len(d), 0);
	diag_free(d);
	return m;
}

static date_t day(const char *s)
{
	date_t d = DATE_NONE;
	date_parse(s, &d);
	return d;
}

static void test_quorum_rules(void)
{
	model_quorum_t third = { { NULL, 0, 0 }, MODEL_QUORUM_FRACTION, 1, 3, 0, 0, NULL };
	CU_ASSERT_EQUAL(model_quorum_compute(&third, 16), 6);
	CU_ASSERT_EQUAL(model_quorum_compute(&third, 15), 5);
	CU_ASSERT_EQUAL(model_quorum_compute(&third, 1), 1);
	CU_ASSERT_EQUAL(model_quorum_compute(&third, 0), 0);
	model_quorum_t quarter = { { NULL, 0, 0 }, MODEL_QUORUM_PERCENTAGE, 0, 0, 2500, 0, NULL };
	CU_ASSERT_EQUAL(model_quorum_compute(&quarter, 84), 21);   /* Leicester: 84 give 21 */
	CU_ASSERT_EQUAL(model_quorum_compute(&quarter, 85), 22);
	CU_ASSERT_EQUAL(model_quorum_compute(&quarter, 4), 1);
	model_quorum_t six = { { NULL, 0, 0 }, MODEL_QUORUM_FIXED, 0, 0, 0, 6, NULL };
	CU_ASSERT_EQUAL(model_quorum_compute(&six, 100), 6);
	model_quorum_t none = { { NULL, 0, 0 }, MODEL_QUORUM_NONE, 0, 0, 0, 0, NULL };
	CU_ASSERT_EQUAL(model_quorum_compute(&none, 10), 0);
}

static void test_lookups(void)
{
	model_t *m = load_example();
	if (m == NULL)
		return;
	const model_body_t *eb = model_body_find(m, "eb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(eb);
	CU_ASSERT_STRING_EQUAL(eb->name, "Executive Board");
	CU_ASSERT_EQUAL(eb->kind, MODEL_BODY_BOARD);
	CU_ASSERT_PTR_NULL(model_body_find(m, "ebb"));
	CU_ASSERT_STRING_EQUAL(model_person_find(m, "p-ada")->name, "Ada Lovelace");
	CU_ASSERT_STRING_EQUAL(model_school_find_urn(m, "100002")->id, "s-brook");
	CU_ASSERT_STRING_EQUAL(model_meeting_find(m, "eb-2025-12-02")->venue, "Riverside Education Centre");
	CU_ASSERT_STRING_EQUAL(model_clause_find(m, "3.1")->parent->num, "3");
	CU_ASSERT_STRING_EQUAL(model_item_find(m, "eb-2025-10-07-3")->title, "Support for a school causing concern");
	CU_ASSERT_STRING_EQUAL(model_action_find(m, "a-002")->owner->id, "p-dee");
	CU_ASSERT_STRING_EQUAL(model_party_find(m, "pt-heads")->org->id, "rha");
	CU_ASSERT_STRING_EQUAL(model_fund_find(m, "f-challenge")->name, "Challenge Fund");
	CU_ASSERT_PTR_NOT_NULL(model_seat_find(eb, "eb-head"));
	CU_ASSERT_PTR_NULL(model_seat_find(eb, "sg-head"));
	CU_ASSERT_STRING_EQUAL(model_id_nearest(m, "person", "p-evee"), "p-eve");
	char cite[32];
	model_cite(m, model_clause_find(m, "3.1"), cite, sizeof cite);
	CU_ASSERT_STRING_EQUAL(cite, "MoU 3.1");
	model_free(m);
}

static void test_references_resolved(void)
{
	model_t *m = load_example();
	if (m == NULL)
		return;
	const model_meeting_t *mt = model_meeting_find(m, "eb-2025-10-07");
	CU_ASSERT_PTR_EQUAL(mt->body, model_body_find(m, "eb"));
	CU_ASSERT_PTR_EQUAL(mt->items[1]->actions[0]->owner, model_person_find(m, "p-eve"));
	CU_ASSERT_PTR_EQUAL(mt->items[1]->meeting, mt);
	CU_ASSERT_PTR_EQUAL(mt->declarations[0]->item, mt->items[2]);
	CU_ASSERT_STRING_EQUAL(mt->attendees[4]->person->id, "p-hal");
	CU_ASSERT_PTR_NULL(mt->attendees[5]->person);   /* a named guest */
	CU_ASSERT_STRING_EQUAL(mt->attendees[5]->name, "Jo Reed");
	/* approval: the December meeting approves October's minutes */
	CU_ASSERT_PTR_NOT_NULL_FATAL(mt->approved_by);
	CU_ASSERT_STRING_EQUAL(mt->approved_by->meeting->id, "eb-2025-12-02");
	CU_ASSERT_STRING_EQUAL(mt->approved_by->minute, "EB 25/26-005");
	CU_ASSERT_STRING_EQUAL(mt->signed_by->id, "p-ada");
	/* minute numbers run per body and year, in date order, across meetings */
	CU_ASSERT_STRING_EQUAL(mt->items[0]->minute, "EB 25/26-001");
	CU_ASSERT_STRING_EQUAL(model_item_find(m, "eb-2025-11-14-1")->minute, "EB 25/26-004");
	const model_person_t *ada = model_person_find(m, "p-ada");
	CU_ASSERT_PTR_EQUAL(ada->holdings[0]->seat, model_seat_find(model_body_find(m, "eb"), "eb-head"));
	CU_ASSERT_PTR_EQUAL(ada->holdings[0]->nominated_by, model_member_find(m, "rha"));
	CU_ASSERT_PTR_EQUAL(ada->org, model_member_find(m, "s-mill"));
	const model_member_t *mill = model_member_find(m, "s-mill");
	CU_ASSERT_PTR_EQUAL(mill->grouping, model_body_find(m, "g-primary"));
	CU_ASSERT_PTR_EQUAL(mill->chair, model_person_find(m, "p-gus"));
	const model_records_t *r = model_records(m);
	CU_ASSERT_PTR_EQUAL(r->ceo_decisions[0]->reported_at, model_meeting_find(m, "eb-2025-12-02"));
	CU_ASSERT_PTR_EQUAL(r->grants[0]->school, model_member_find(m, "s-hill"));
	CU_ASSERT_PTR_EQUAL(r->budgets[0]->lines[1]->priority, model_priority_find(m, "pr-reading"));
	CU_ASSERT_EQUAL(r->budgets[0]->total, 6700000);
	CU_ASSERT_PTR_EQUAL(r->delivery_plans[0]->activities[0]->contributions[1]->party,
	                    model_party_find(m, "pt-heads"));
	CU_ASSERT_PTR_EQUAL(r->rules[MODEL_RULE_SPENDING_LIMIT].report_to, model_body_find(m, "eb"));
	CU_ASSERT_EQUAL(r->rules[MODEL_RULE_SPENDING_LIMIT].amount, 500000);
	CU_ASSERT_STRING_EQUAL(r->rules[MODEL_RULE_WITHDRAWAL_NOTICE].clause->num, "5.1");
	CU_ASSERT_TRUE(r->rules[MODEL_RULE_VARIATION].present);
	CU_ASSERT_FALSE(r->rules[MODEL_RULE_PERFORMANCE_PLAN].present);
	CU_ASSERT_EQUAL_FATAL(r->nbody_counts, 2);
	CU_ASSERT_EQUAL(r->body_counts[0]->kind, MODEL_BODY_GROUPING);
	CU_ASSERT_STRING_EQUAL(r->body_counts[0]->phase, "primary");
	CU_ASSERT_EQUAL_FATAL(r->noffice_rules, 2);
	CU_ASSERT_PTR_EQUAL(r->office_rules[0]->body, model_body_find(m, "eb"));
	CU_ASSERT_PTR_NULL(r->office_rules[1]->body);
	CU_ASSERT_EQUAL_FATAL(r->agreement.nchanges, 1);
	CU_ASSERT_PTR_EQUAL(r->agreement.changes[0]->signatures[1]->party, model_party_find(m, "pt-heads"));
	CU_ASSERT_STRING_EQUAL(r->agreement.changes[0]->clause->num, "3.2");
	model_free(m);
}

static void test_meetings_by_body_sorted(void)
{
	model_t *m = load_example();
	if (m == NULL)
		return;
	size_t n = 0;
	model_meeting_t *const *list = model_body_meetings(model_body_find(m, "eb"), &n);
	CU_ASSERT_EQUAL_FATAL(n, 3);
	CU_ASSERT_STRING_EQUAL(list[0]->id, "eb-2025-10-07");
	CU_ASSERT_STRING_EQUAL(list[1]->id, "eb-2025-11-14");   /* file order differs */
	CU_ASSERT_STRING_EQUAL(list[2]->id, "eb-2025-12-02");
	CU_ASSERT_PTR_EQUAL(model_meeting_next(list[0]), list[1]);
	CU_ASSERT_PTR_EQUAL(model_meeting_previous(list[2]), list[1]);
	CU_ASSERT_PTR_NULL(model_meeting_previous(list[0]));
	CU_ASSERT_PTR_NULL(model_meeting_next(list[2]));
	/* the CEO's decision of 15 October is due at the Board's next meeting */
	CU_ASSERT_PTR_EQUAL(model_body_meeting_from(model_body_find(m, "eb"), day("2025-10-15")), list[1]);
	CU_ASSERT_PTR_NULL(model_body_meeting_from(model_body_find(m, "eb"), day("2025-12-03")));
	const model_records_t *r = model_records(m);
	for (size_t i = 1; i < r->nmeetings; i++)
		CU_ASSERT(date_cmp(r->meetings[i - 1]->date, r->meetings[i]->date) <= 0);
	model_free(m);
}

static void test_calendar_questions(void)
{
	model_t *m = load_example();
	if (m == NULL)
		return;
	CU_ASSERT_STRING_EQUAL(model_term_at(m, day("2025-10-14"))->id, "2025-autumn");
	CU_ASSERT_STRING_EQUAL(model_half_term_at(m, day("2025-10-14"))->id, "2025-autumn-1");
	CU_ASSERT_STRING_EQUAL(model_half_term_at(m, day("2025-11-03"))->id, "2025-autumn-2");
	/* the half-term holiday is inside the term but in no half-term */
	CU_ASSERT_STRING_EQUAL(model_term_at(m, day("2025-10-28"))->id, "2025-autumn");
	CU_ASSERT_PTR_NULL(model_half_term_at(m, day("2025-10-28")));
	/* the Christmas holiday is in the year but in no term */
	CU_ASSERT_PTR_NULL(model_term_at(m, day("2025-12-25")));
	CU_ASSERT_STRING_EQUAL(model_academic_year_at(m, day("2025-12-25"))->id, "2025-26");
	CU_ASSERT_PTR_NULL(model_academic_year_at(m, day("2024-10-28")));
	CU_ASSERT_STRING_EQUAL(model_financial_year_at(m, day("2026-03-31"))->id, "2025-26");
	CU_ASSERT_PTR_NULL(model_financial_year_at(m, day("2026-04-01")));
	char fy[8];
	model_financial_year_label(m, day("2026-04-01"), fy);
	CU_ASSERT_STRING_EQUAL(fy, "2026-27");
	model_financial_year_label(m, day("2026-03-31"), fy);
	CU_ASSERT_STRING_EQUAL(fy, "2025-26");
	CU_ASSERT_STRING_EQUAL(model_term_find(m, "2026-summer")->name, "Summer term 2026");
	CU_ASSERT_EQUAL(model_term_find(m, "2026-summer")->season, MODEL_SEASON_SUMMER);
	CU_ASSERT_STRING_EQUAL(model_academic_year_find(m, "2025-26")->terms[1]->id, "2026-spring");
	CU_ASSERT_STRING_EQUAL(model_meeting_find(m, "mm-2025-11-12")->half_term->id, "2025-autumn-2");
	model_free(m);
}

/* The one enrolment rule: a member from the day it joins until the day
 * before it leaves; a withdrawal takes effect at the end of its day, so the
 * school is a member on it (report, quorum, check and pro-formas agree). */
static void test_member_enrolled_edges(void)
{
	model_member_t s;
	memset(&s, 0, sizeof s);
	s.kind = MODEL_MEMBER_SCHOOL;
	s.joined = day("2020-09-01");
	CU_ASSERT_FALSE(model_member_enrolled(&s, day("2020-08-31"), day("2020-08-31")));
	CU_ASSERT_TRUE(model_member_enrolled(&s, day("2020-09-01"), day("2020-09-01")));
	CU_ASSERT_TRUE(model_member_enrolled(&s, day("2020-01-01"), day("2020-09-01")));
	s.has_withdrawal = 1;
	s.withdrawal_effective = day("2026-03-31");
	CU_ASSERT_TRUE(model_member_enrolled(&s, day("2026-03-31"), day("2026-03-31")));
	CU_ASSERT_FALSE(model_member_enrolled(&s, day("2026-04-01"), day("2026-04-01")));
	s.has_withdrawal = 0;
	s.left = day("2026-07-31");
	CU_ASSERT_TRUE(model_member_enrolled(&s, day("2026-07-30"), day("2026-07-30")));
	CU_ASSERT_FALSE(model_member_enrolled(&s, day("2026-07-31"), day("2026-07-31")));
}

static void test_membership_and_quorum(void)
{
	model_t *m = load_example();
	if (m == NULL)
		return;
	const model_body_t *eb = model_body_find(m, "eb");
	date_t oct = day("2025-10-07");
	CU_ASSERT_EQUAL(model_body_places(m, eb), 4);
	CU_ASSERT_EQUAL(model_body_membership(m, eb, oct), 4);
	CU_ASSERT_EQUAL(model_body_quorum(m, eb, oct), 2);
	/* before the DCS joined in April 2024, three members */
	CU_ASSERT_EQUAL(model_body_membership(m, eb, day("2024-01-10")), 3);
	/* members' meeting: the paid-up member schools (Hilltop has not paid) */
	const model_body_t *mm = model_body_find(m, "mm");
	CU_ASSERT_EQUAL(model_body_membership(m, mm, oct), 2);
	CU_ASSERT_EQUAL(model_body_quorum(m, mm, oct), 1);
	CU_ASSERT_TRUE(model_school_is_member(m, model_member_find(m, "s-mill"), oct));
	CU_ASSERT_FALSE(model_school_is_member(m, model_member_find(m, "s-hill"), oct));
	CU_ASSERT_FALSE(model_school_is_member(m, model_member_find(m, "rcc"), oct));
	CU_ASSERT_EQUAL(model_meeting_present_members(m, model_meeting_find(m, "eb-2025-10-07")), 3);
	CU_ASSERT_EQUAL(model_meeting_present_members(m, model_meeting_find(m, "mm-2025-11-12")), 2);
	/* Ben sent apologies to two of the Board's three meetings; Dee was absent from one */
	unsigned present = 99;
	CU_ASSERT_EQUAL(model_attendance(model_person_find(m, "p-ben"), eb, day("2025-09-01"),
	                                 day("2025-12-31"), &present), 3);
	CU_ASSERT_EQUAL(present, 1);
	CU_ASSERT_EQUAL(model_attendance(model_person_find(m, "p-dee"), eb, day("2025-09-01"),
	                                 day("2025-11-30"), &present), 2);
	CU_ASSERT_EQUAL(present, 1);
	CU_ASSERT_EQUAL(model_attendance(model_person_find(m, "p-hal"), eb, day("2025-09-01"),
	                                 day("2025-12-31"), &present), 0);   /* clerk, no seat */
	CU_ASSERT_PTR_EQUAL(model_office_holder(m, "ceo", NULL, oct), model_person_find(m, "p-eve"));
	CU_ASSERT_PTR_EQUAL(model_office_holder(m, "chair", eb, oct), model_person_find(m, "p-ada"));
	CU_ASSERT_PTR_NULL(model_office_holder(m, "chair", mm, oct));
	CU_ASSERT_PTR_NULL(model_office_holder(m, "ceo", NULL, day("2020-01-01")));
	model_free(m);
}

/* A broken copy of the example: every problem reported, no model. */
static void test_broken_records_all_reported(void)
{
	char dir[] = "/tmp/lpdoc-unit-XXXXXX";
	CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
	char cmd[512];
	snprintf(cmd, sizeof cmd,
	         "cp -R data/example/. %s && cd %s && "
	         "sed -i 's/owner=\"p-eve\" due=\"2025-11-28\"/owner=\"jsmith\" due=\"2025-11-28\"/' meetings/eb.xml && "
	         "sed -i 's/<person id=\"p-hal\"/<person id=\"j-smith\"/; s/office title=\"clerk\" body=\"eb\"/office title=\"clerk\" body=\"ebx\"/' people.xml && "
	         "sed -i 's/date=\"2025-10-01\" venue/date=\"2025-02-30\" venue/' meetings/other.xml",
	         dir, dir);
	CU_ASSERT_EQUAL_FATAL(system(cmd), 0);
	diag_t *d = diag_new();
	model_t *m = load(dir, d);
	CU_ASSERT_PTR_NULL(m);
	/* jsmith, ebx, the impossible date, and the two attendance lists
	 * still naming p-hal */
	if (diag_count(d, DIAG_ERROR) != 5)
		diag_print(d, stderr);
	CU_ASSERT_EQUAL(diag_count(d, DIAG_ERROR), 5);
	int suggested = 0;
	for (size_t i = 0; i < diag_len(d); i++)
		suggested += strstr(diag_get(d, i)->text, "unknown person 'jsmith' (owner=); did you mean 'j-smith'?") != NULL;
	CU_ASSERT_EQUAL(suggested, 1);
	model_free(m);
	diag_free(d);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	CU_ASSERT_EQUAL(system(cmd), 0);
}

/* ---- the indexes behind model_meeting_at() and model_office_holder():
 * the same answers as a scan of every record ---- */

static const model_meeting_t *meeting_at_scan(const model_t *m, const char *file, unsigned line)
{
	const model_records_t *r = model_records(m);
	const model_meeting_t *best = NULL;
	for (size_t i = 0; i < r->nmeetings; i++) {
		const model_meeting_t *mt = r->meetings[i];
		if (mt->pos.file && strcmp(mt->pos.file, file) == 0 && mt->pos.line <= line
		    && (best == NULL || mt->pos.line > best->pos.line))
			best = mt;
	}
	return best;
}

static const model_person_t *office_holder_scan(const model_t *m, const char *title,
                                                const model_body_t *body, date_t on)
{
	const model_records_t *r = model_records(m);
	for (size_t i = 0; i < r->npeople; i++)
		for (size_t j = 0; j < r->people[i]->noffices; j++) {
			const model_office_t *o = r->people[i]->offices[j];
			if (strcmp(o->title, title) == 0 && o->body == body && date_cmp(o->from, on) <= 0
			    && (!date_is_set(o->to) || date_cmp(on, o->to) <= 0))
				return r->people[i];
		}
	return NULL;
}

/* Schools present at a members-based meeting, each once: pairwise. */
static unsigned present_schools_scan(const model_t *m, const model_meeting_t *mt)
{
	unsigned n = 0;
	for (size_t i = 0; i < mt->nattendees; i++) {
		const model_attendee_t *a = mt->attendees[i];
		const model_member_t *s = a->kind != MODEL_ATTEND_PRESENT ? NULL
		                          : a->for_member ? a->for_member : a->person ? a->person->org : NULL;
		if (s == NULL || !model_school_is_member(m, s, mt->date))
			continue;
		int dup = 0;
		for (size_t j = 0; j < i; j++) {
			const model_attendee_t *b = mt->attendees[j];
			dup |= b->kind == MODEL_ATTEND_PRESENT
			       && (b->for_member ? b->for_member : b->person ? b->person->org : NULL) == s;
		}
		n += (unsigned)!dup;
	}
	return n;
}

/* Returns how many meetings it compared. */
static unsigned present_members_check(const model_t *m)
{
	const model_records_t *r = model_records(m);
	unsigned checked = 0;
	for (size_t i = 0; i < r->nmeetings; i++) {
		const model_meeting_t *mt = r->meetings[i];
		if (mt->body == NULL || !mt->body->members_based)
			continue;
		CU_ASSERT_EQUAL(model_meeting_present_members(m, mt), present_schools_scan(m, mt));
		checked++;
	}
	return checked;
}

static void meeting_at_check(const model_t *m)
{
	const model_records_t *r = model_records(m);
	unsigned checked = 0;
	for (size_t i = 0; i < r->nmeetings; i++) {
		const char *file = r->meetings[i]->pos.file;
		for (unsigned line = 0; line <= r->meetings[i]->pos.line + 2; line++) {
			CU_ASSERT_PTR_EQUAL(model_meeting_at(m, file, line), meeting_at_scan(m, file, line));
			checked++;
		}
	}
	CU_ASSERT(checked > 0);
	CU_ASSERT_PTR_NULL(model_meeting_at(m, "no/such/file.xml", 10));
	CU_ASSERT_PTR_NULL(model_meeting_at(m, NULL, 10));
}

static void office_holder_check(const model_t *m)
{
	const model_records_t *r = model_records(m);
	unsigned found = 0;
	for (size_t i = 0; i < r->npeople; i++)
		for (size_t j = 0; j < r->people[i]->noffices; j++) {
			const model_office_t *o = r->people[i]->offices[j];
			date_t days[] = { o->from, date_from_days(date_to_days(o->from) - 1),
			                  o->to, date_from_days(date_to_days(o->to) + 1) };
			for (size_t k = 0; k < sizeof days / sizeof days[0]; k++) {
				if (!date_is_set(days[k]))
					continue;
				const model_person_t *p = model_office_holder(m, o->title, o->body, days[k]);
				CU_ASSERT_PTR_EQUAL(p, office_holder_scan(m, o->title, o->body, days[k]));
				CU_ASSERT_PTR_NULL(model_office_holder(m, "no-such-office", o->body, days[k]));
				found += p != NULL;
			}
		}
	CU_ASSERT(found > 0);
}

static void test_indexes_match_scans(void)
{
	const char *dirs[] = { "data/example", "data/liverpool", "data/leicester-primary" };
	unsigned members_meetings = 0;
	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
		diag_t *d = diag_new();
		model_t *m = load(dirs[i], d);
		CU_ASSERT_PTR_NOT_NULL(m);
		if (m) {
			meeting_at_check(m);
			office_holder_check(m);
			members_meetings += present_members_check(m);
		}
		model_free(m);
		diag_free(d);
	}
	CU_ASSERT(members_meetings > 0);
}

static CU_TestInfo tests[] = {
	{ "quorum: fraction, percentage, fixed", test_quorum_rules },
	{ "lookups by id", test_lookups },
	{ "references resolved", test_references_resolved },
	{ "meetings by body in date order", test_meetings_by_body_sorted },
	{ "terms, half-terms, years of a date", test_calendar_questions },
	{ "enrolment: joined, left, withdrawal day", test_member_enrolled_edges },
	{ "membership and quorum on a day", test_membership_and_quorum },
	{ "broken records: all reported, nearest id", test_broken_records_all_reported },
	{ "meeting at a line, office holders, schools present: as a scan finds them",
	  test_indexes_match_scans },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("model load", tests)
