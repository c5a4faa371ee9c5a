/* query: see query.h. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "internal.h"
#include "query.h"

#define FIND(kind) idmap_get(m->ids[kind], id)

const model_body_t *model_body_find(const model_t *m, const char *id) { return FIND(MODEL_ID_BODY); }
const model_person_t *model_person_find(const model_t *m, const char *id) { return FIND(MODEL_ID_PERSON); }
const model_member_t *model_member_find(const model_t *m, const char *id) { return FIND(MODEL_ID_MEMBER); }
const model_meeting_t *model_meeting_find(const model_t *m, const char *id) { return FIND(MODEL_ID_MEETING); }
const model_item_t *model_item_find(const model_t *m, const char *id) { return FIND(MODEL_ID_ITEM); }
const model_action_t *model_action_find(const model_t *m, const char *id) { return FIND(MODEL_ID_ACTION); }
const model_party_t *model_party_find(const model_t *m, const char *id) { return FIND(MODEL_ID_PARTY); }
const model_term_t *model_term_find(const model_t *m, const char *id) { return FIND(MODEL_ID_TERM); }
const model_fund_t *model_fund_find(const model_t *m, const char *id) { return FIND(MODEL_ID_FUND); }
const model_priority_t *model_priority_find(const model_t *m, const char *id) { return FIND(MODEL_ID_PRIORITY); }

const model_member_t *model_school_find_urn(const model_t *m, const char *urn)
{
	return idmap_get(m->ids[MODEL_ID_URN], urn);
}

const model_clause_t *model_clause_find(const model_t *m, const char *num)
{
	return idmap_get(m->ids[MODEL_ID_CLAUSE], num);
}

const model_academic_year_t *model_academic_year_find(const model_t *m, const char *id)
{
	return FIND(MODEL_ID_ACADEMIC_YEAR);
}

const model_financial_year_t *model_financial_year_find(const model_t *m, const char *id)
{
	return FIND(MODEL_ID_FINANCIAL_YEAR);
}

const model_budget_line_t *model_budget_line_find(const model_t *m, const char *id)
{
	return FIND(MODEL_ID_BUDGET_LINE);
}

const char *model_id_nearest(const model_t *m, const char *kind, const char *id)
{
	for (int k = 0; k < MODEL_ID_KIND_COUNT; k++)
		if (strcmp(model_id_kind_names[k], kind) == 0)
			return idmap_nearest(m->ids[k], id);
	return NULL;
}

const model_seat_t *model_seat_find(const model_body_t *b, const char *id)
{
	for (size_t i = 0; id && i < b->nseats; i++)
		if (strcmp(b->seats[i]->id, id) == 0)
			return b->seats[i];
	return NULL;
}

model_meeting_t *const *model_body_meetings(const model_body_t *b, size_t *n)
{
	*n = b->nmeetings;
	return b->meetings;
}

/* Index of mt in its body's meetings, or -1. */
static long meeting_index(const model_meeting_t *mt)
{
	const model_body_t *b = mt->body;
	for (size_t i = 0; b && i < b->nmeetings; i++)
		if (b->meetings[i] == mt)
			return (long)i;
	return -1;
}

/* The next held meeting from index i in direction step (+1 or -1). */
static const model_meeting_t *held_from(const model_body_t *b, long i, long step)
{
	for (; i >= 0 && (size_t)i < b->nmeetings; i += step)
		if (b->meetings[i]->status == MODEL_MEETING_HELD)
			return b->meetings[i];
	return NULL;
}

const model_meeting_t *model_meeting_previous(const model_meeting_t *mt)
{
	long i = meeting_index(mt);
	return i < 0 ? NULL : held_from(mt->body, i - 1, -1);
}

const model_meeting_t *model_meeting_next(const model_meeting_t *mt)
{
	long i = meeting_index(mt);
	return i < 0 ? NULL : held_from(mt->body, i + 1, 1);
}

const model_meeting_t *model_body_meeting_from(const model_body_t *b, date_t on)
{
	for (size_t i = 0; i < b->nmeetings; i++)
		if (date_cmp(b->meetings[i]->date, on) >= 0 && b->meetings[i]->status == MODEL_MEETING_HELD)
			return b->meetings[i];
	return NULL;
}

date_t model_meetings_recorded_from(const model_t *m)
{
	if (m->r.nmeetings == 0)
		return DATE_NONE;
	date_t first = m->r.meetings[0]->date;   /* meetings are in date order */
	const model_academic_year_t *y = model_academic_year_at(m, first);
	return y ? y->start : first;
}

const model_academic_year_t *model_academic_year_at(const model_t *m, date_t on)
{
	for (size_t i = 0; i < m->r.nyears; i++)
		if (date_within(on, m->r.years[i]->start, m->r.years[i]->end))
			return m->r.years[i];
	return NULL;
}

const model_term_t *model_term_at(const model_t *m, date_t on)
{
	const model_academic_year_t *y = model_academic_year_at(m, on);
	for (size_t i = 0; y && i < y->nterms; i++)
		if (date_within(on, y->terms[i]->start, y->terms[i]->end))
			return y->terms[i];
	return NULL;
}

const model_half_term_t *model_half_term_at(const model_t *m, date_t on)
{
	const model_term_t *t = model_term_at(m, on);
	for (size_t i = 0; t && i < t->nhalf_terms; i++)
		if (date_within(on, t->half_terms[i]->start, t->half_terms[i]->end))
			return t->half_terms[i];
	return NULL;
}

const model_financial_year_t *model_financial_year_at(const model_t *m, date_t on)
{
	for (size_t i = 0; i < m->r.nfys; i++)
		if (date_within(on, m->r.fys[i]->start, m->r.fys[i]->end))
			return m->r.fys[i];
	return NULL;
}

money_t model_line_spent(const model_t *m, const model_budget_line_t *l, date_t from, date_t to)
{
	money_t spent = 0;
	for (size_t i = 0; i < m->r.nexpenditure; i++) {
		const model_expenditure_t *x = m->r.expenditure[i];
		if (x->line == l && (!date_is_set(from) || date_cmp(x->date, from) >= 0) &&
		    (!date_is_set(to) || date_cmp(x->date, to) <= 0))
			spent += x->amount;
	}
	return spent;
}

void model_financial_year_label(const model_t *m, date_t on, char *out)
{
	int before = on.m < m->r.fy_start_month
	             || (on.m == m->r.fy_start_month && on.d < m->r.fy_start_day);
	int y = before ? on.y - 1 : on.y;
	snprintf(out, 8, "%04u-%02u", (unsigned)y % 10000u, (unsigned)(y + 1) % 100u);
}

/* ceil(n * num / den) without floating point. */
static unsigned ceil_div(unsigned long long num, unsigned long long den)
{
	return den ? (unsigned)((num + den - 1) / den) : 0;
}

unsigned model_quorum_compute(const model_quorum_t *q, unsigned n)
{
	switch (q->kind) {
	case MODEL_QUORUM_FRACTION:
		return ceil_div((unsigned long long)n * q->numerator, q->denominator);
	case MODEL_QUORUM_PERCENTAGE:
		return ceil_div((unsigned long long)n * q->percent_x100, 10000);
	case MODEL_QUORUM_FIXED:
		return q->count;
	default:
		return 0;
	}
}

unsigned model_body_places(const model_t *m, const model_body_t *b)
{
	unsigned n = 0;
	for (size_t i = 0; i < b->nseats; i++) {
		const model_seat_t *s = b->seats[i];
		int per_party = s->per && strcmp(s->per, "party") == 0;
		n += s->count * (per_party ? (unsigned)m->r.agreement.nparties : 1);
	}
	return n;
}

int model_holding_active(const model_holding_t *h, date_t on)
{
	return date_cmp(h->from, on) <= 0 && (!date_is_set(h->to) || date_cmp(on, h->to) <= 0);
}

const model_party_t *model_holding_party(const model_t *m, const model_holding_t *h)
{
	const model_agreement_t *ag = &m->r.agreement;
	if (h->seat == NULL || h->seat->per == NULL || strcmp(h->seat->per, "party") != 0)
		return NULL;
	for (size_t i = 0; h->nominated_by && i < ag->nparties; i++)
		if (ag->parties[i]->org == h->nominated_by)
			return ag->parties[i];
	return NULL;
}

const model_holding_t *model_person_holding(const model_person_t *p, const model_body_t *b, date_t on)
{
	for (size_t i = 0; i < p->nholdings; i++)
		if (p->holdings[i]->body == b && model_holding_active(p->holdings[i], on))
			return p->holdings[i];
	return NULL;
}

static int subscription_paid(const model_t *m, const model_member_t *s, date_t on)
{
	char fy[8];
	model_financial_year_label(m, on, fy);
	for (size_t i = 0; i < s->nsubscriptions; i++)
		if (strcmp(s->subscriptions[i]->year, fy) == 0 && date_is_set(s->subscriptions[i]->paid))
			return 1;
	return 0;
}

/* Joined (or no date), not left, no withdrawal in effect on that day. */
int model_member_enrolled(const model_member_t *s, date_t from, date_t to)
{
	if (date_is_set(s->joined) && date_cmp(s->joined, to) > 0)
		return 0;
	if (date_is_set(s->left) && date_cmp(s->left, from) <= 0)
		return 0;
	/* a withdrawal takes effect at the end of its day: a member on it */
	return !(s->has_withdrawal && date_is_set(s->withdrawal_effective)
	         && date_cmp(s->withdrawal_effective, from) < 0);
}

int model_school_is_member(const model_t *m, const model_member_t *s, date_t on)
{
	if (s->kind != MODEL_MEMBER_SCHOOL || !model_member_enrolled(s, on, on))
		return 0;
	if (m->r.rules[MODEL_RULE_MEMBERSHIP].requires_subscription && !subscription_paid(m, s, on))
		return 0;
	return 1;
}

int model_member_is_member(const model_t *m, const model_member_t *s, date_t on)
{
	if (s->kind == MODEL_MEMBER_SCHOOL)
		return model_school_is_member(m, s, on);
	return model_member_enrolled(s, on, on);
}

static date_t day_before(date_t a)
{
	return date_from_days(date_to_days(a) - 1);
}

void model_review_compute(const model_t *m, int year, int month, model_review_dates_t *out)
{
	const model_records_t *r = &m->r;
	const model_rule_t *notice = &r->rules[MODEL_RULE_WITHDRAWAL_NOTICE];
	memset(out, 0, sizeof *out);
	out->year = year;
	out->month = month;
	out->opens = (date_t){ year, month, 1 };
	/* the first financial year starting after the review month begins */
	out->next_fy_start = (date_t){ year, r->fy_start_month ? r->fy_start_month : 4,
	                               r->fy_start_day ? r->fy_start_day : 1 };
	if (date_cmp(out->next_fy_start, out->opens) <= 0)
		out->next_fy_start.y++;
	out->next_fy_end = day_before(date_add_months(out->next_fy_start, 12));
	out->current_fy_end = day_before(out->next_fy_start);
	model_financial_year_label(m, out->next_fy_start, out->next_fy);
	model_financial_year_label(m, out->current_fy_end, out->current_fy);
	if (notice->present && notice->months > 0) {
		out->notice_months = notice->months;
		out->notice_by = date_add_months(out->current_fy_end, -(int)notice->months);
	}
	/* The agreement's return-by is this review's when it falls between
	 * the review's opening and the year it renews. */
	date_t given = r->agreement.return_by;
	if (date_is_set(given) && date_cmp(given, out->opens) >= 0
	    && date_cmp(given, out->next_fy_start) < 0)
		out->return_by = given;
	else
		out->return_by = out->notice_by;
}

/* The review month of the agreement, 0 when it has no annual review. */
static int review_month(const model_t *m)
{
	const model_rule_t *rule = &m->r.rules[MODEL_RULE_ANNUAL_REVIEW];
	return rule->present && rule->months >= 1 && rule->months <= 12 ? (int)rule->months : 0;
}

int model_review_next(const model_t *m, date_t on, model_review_dates_t *out)
{
	int month = review_month(m);
	if (month == 0)
		return -1;
	model_review_compute(m, on.m <= month ? on.y : on.y + 1, month, out);
	return 0;
}

int model_review_latest(const model_t *m, date_t on, model_review_dates_t *out)
{
	int month = review_month(m);
	if (month == 0)
		return -1;
	model_review_compute(m, on.m >= month ? on.y : on.y - 1, month, out);
	return 0;
}

int model_review_for_year(const model_t *m, const char *fy, model_review_dates_t *out)
{
	int month = review_month(m);
	int y1 = 0, y2 = 0;
	if (month == 0 || fy == NULL || sscanf(fy, "%4d-%2d", &y1, &y2) != 2)
		return -1;
	int year = y1;
	model_review_compute(m, year, month, out);
	if (strcmp(out->next_fy, fy) != 0)
		model_review_compute(m, --year, month, out);
	return strcmp(out->next_fy, fy) == 0 ? 0 : -1;
}

const model_review_t *model_review_register(const model_t *m, const char *fy)
{
	for (size_t i = 0; fy && i < m->r.nreviews; i++)
		if (m->r.reviews[i]->year && strcmp(m->r.reviews[i]->year, fy) == 0)
			return m->r.reviews[i];
	return NULL;
}

const model_return_t *model_member_return(const model_member_t *s, const char *fy)
{
	for (size_t i = 0; fy && i < s->nreturns; i++)
		if (s->returns[i]->review->year && strcmp(s->returns[i]->review->year, fy) == 0)
			return s->returns[i];
	return NULL;
}

int model_member_outstanding(const model_t *m, const model_member_t *s, const model_review_dates_t *w)
{
	return model_member_is_member(m, s, w->opens) && model_member_return(s, w->next_fy) == NULL;
}

unsigned model_review_outstanding(const model_t *m, const model_review_dates_t *w)
{
	unsigned n = 0;
	for (size_t i = 0; i < m->r.nmembers; i++)
		n += (unsigned)model_member_outstanding(m, m->r.members[i], w);
	return n;
}

unsigned model_school_count(const model_t *m, date_t on)
{
	unsigned n = 0;
	for (size_t i = 0; i < m->r.nmembers; i++)
		n += (unsigned)model_school_is_member(m, m->r.members[i], on);
	return n;
}

int model_body_counts_schools(const model_body_t *b)
{
	return b->members_based || (b->kind == MODEL_BODY_GROUPING && b->nholdings == 0);
}

/* A school counted in a schools-based body on a day: a member then, and for
 * a grouping one of the grouping's schools. */
static int body_school(const model_t *m, const model_body_t *b, const model_member_t *s,
                       date_t on)
{
	if (!model_school_is_member(m, s, on))
		return 0;
	return b->members_based || s->grouping == b;
}

unsigned model_body_membership(const model_t *m, const model_body_t *b, date_t on)
{
	if (b->members_based)
		return model_school_count(m, on);
	unsigned n = 0;
	if (model_body_counts_schools(b)) {
		for (size_t i = 0; i < m->r.nmembers; i++)
			n += (unsigned)body_school(m, b, m->r.members[i], on);
		return n;
	}
	for (size_t i = 0; i < b->nholdings; i++)
		n += (unsigned)model_holding_active(b->holdings[i], on);
	return n;
}

unsigned model_body_quorum(const model_t *m, const model_body_t *b, date_t on)
{
	return model_quorum_compute(&b->quorum, model_body_membership(m, b, on));
}

/* The member a person present speaks for: as stated, else their own. */
static const model_member_t *attendee_member(const model_attendee_t *a)
{
	if (a->kind != MODEL_ATTEND_PRESENT)
		return NULL;
	return a->for_member ? a->for_member : a->person ? a->person->org : NULL;
}

static int member_ptr_cmp(const void *pa, const void *pb)
{
	uintptr_t a = (uintptr_t)*(const model_member_t *const *)pa;
	uintptr_t b = (uintptr_t)*(const model_member_t *const *)pb;
	return (a > b) - (a < b);
}

/* Schools-based bodies count schools, each once however many people came
 * (a members' meeting of a large partnership lists thousands: sorted,
 * not compared pairwise). */
static unsigned present_schools(const model_t *m, const model_meeting_t *mt)
{
	const model_member_t **schools = xcalloc(mt->nattendees + 1, sizeof *schools);
	size_t k = 0;
	for (size_t i = 0; i < mt->nattendees; i++) {
		const model_member_t *s = attendee_member(mt->attendees[i]);
		if (s && body_school(m, mt->body, s, mt->date))
			schools[k++] = s;
	}
	qsort(schools, k, sizeof *schools, member_ptr_cmp);
	unsigned n = 0;
	for (size_t i = 0; i < k; i++)
		n += (unsigned)(i == 0 || schools[i] != schools[i - 1]);
	free(schools);
	return n;
}

unsigned model_meeting_present_members(const model_t *m, const model_meeting_t *mt)
{
	if (mt->body == NULL)
		return 0;
	if (model_body_counts_schools(mt->body))
		return present_schools(m, mt);
	unsigned n = 0;
	for (size_t i = 0; i < mt->nattendees; i++) {
		const model_attendee_t *a = mt->attendees[i];
		if (a->kind != MODEL_ATTEND_PRESENT || a->person == NULL)
			continue;
		const model_holding_t *h = model_person_holding(a->person, mt->body, mt->date);
		n += (unsigned)(h && h->seat && h->seat->voting);
	}
	return n;
}

int model_meeting_has_attendance(const model_meeting_t *mt)
{
	for (size_t i = 0; i < mt->nattendees; i++)
		if (mt->attendees[i]->kind != MODEL_ATTEND_IN_ATTENDANCE)
			return 1;
	return 0;
}

int model_meeting_quorate(const model_t *m, const model_meeting_t *mt)
{
	const model_body_t *b = mt->body;
	if (b == NULL || b->quorum.kind == MODEL_QUORUM_NONE || !model_meeting_has_attendance(mt))
		return 1;
	return model_meeting_present_members(m, mt) >= model_body_quorum(m, b, mt->date);
}

const char *const model_standing_names[] = { "valid", "awaiting-ratification", "ratified", NULL };

model_ratify_fault_t model_ratification_fault(const model_t *m, const model_item_t *it,
                                              const model_decision_t *d)
{
	const model_meeting_t *at = it->meeting, *of = d->item->meeting;
	if (at->body != of->body)
		return MODEL_RATIFY_OTHER_BODY;
	if (date_cmp(at->date, of->date) <= 0)
		return MODEL_RATIFY_NOT_LATER;
	if (model_meeting_quorate(m, of))
		return MODEL_RATIFY_WAS_QUORATE;
	if (at->status != MODEL_MEETING_HELD || !model_meeting_quorate(m, at))
		return MODEL_RATIFY_INQUORATE;
	return MODEL_RATIFY_OK;
}

model_standing_t model_decision_standing(const model_t *m, const model_decision_t *d, date_t on)
{
	if (model_meeting_quorate(m, d->item->meeting))
		return MODEL_DECISION_VALID;
	const model_item_t *r = d->ratified_by;
	if (r && date_cmp(r->meeting->date, on) <= 0 && model_ratification_fault(m, r, d) == MODEL_RATIFY_OK)
		return MODEL_DECISION_RATIFIED;
	return MODEL_DECISION_AWAITING;
}

static int attended(const model_meeting_t *mt, const model_person_t *p)
{
	for (size_t i = 0; i < mt->nattendees; i++)
		if (mt->attendees[i]->person == p)
			return mt->attendees[i]->kind == MODEL_ATTEND_PRESENT;
	return 0;
}

unsigned model_attendance(const model_person_t *p, const model_body_t *b, date_t from,
                          date_t to, unsigned *present)
{
	unsigned expected = 0;
	*present = 0;
	for (size_t i = 0; i < b->nmeetings; i++) {
		const model_meeting_t *mt = b->meetings[i];
		if (mt->status != MODEL_MEETING_HELD || !date_within(mt->date, from, to)
		    || model_person_holding(p, b, mt->date) == NULL)
			continue;
		expected++;
		*present += (unsigned)attended(mt, p);
	}
	return expected;
}

static int standing_cmp(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)((const model_school_standing_t *)a)->school;
	uintptr_t y = (uintptr_t)((const model_school_standing_t *)b)->school;
	return (x > y) - (x < y);
}

static model_school_standing_t *standing_find(model_school_standing_t *st, size_t n,
                                              const model_member_t *s)
{
	model_school_standing_t key = { s, NULL, NULL };
	return bsearch(&key, st, n, sizeof *st, standing_cmp);
}

model_school_standing_t *model_school_standings(const model_t *m, date_t on, size_t *n)
{
	const model_records_t *r = &m->r;
	model_school_standing_t *st = xcalloc(r->nmembers + 1, sizeof *st);
	*n = 0;
	for (size_t i = 0; i < r->nmembers; i++)
		if (model_school_is_member(m, r->members[i], on))
			st[(*n)++].school = r->members[i];
	qsort(st, *n, sizeof *st, standing_cmp);
	for (size_t i = 0; i < r->ninspections; i++) {
		const model_inspection_t *in = r->inspections[i];
		model_school_standing_t *x = standing_find(st, *n, in->school);
		if (x && date_cmp(in->date, on) <= 0 &&
		    (x->inspection == NULL || date_cmp(in->date, x->inspection->date) >= 0))
			x->inspection = in;
	}
	for (size_t i = 0; i < r->ndirections; i++) {
		const model_direction_t *dn = r->directions[i];
		model_school_standing_t *x = standing_find(st, *n, dn->school);
		if (x && date_cmp(dn->date, on) <= 0 &&
		    (x->direction == NULL || date_cmp(dn->date, x->direction->date) >= 0))
			x->direction = dn;
	}
	return st;
}

int model_outcome_good(const char *outcome)
{
	return outcome && (strcmp(outcome, "good") == 0 || strcmp(outcome, "outstanding") == 0);
}

long long model_measure_computed(const model_t *m, const model_measure_t *ms, const char *fy,
                                 date_t today, unsigned *part, unsigned *whole)
{
	const model_financial_year_t *y = fy ? model_financial_year_find(m, fy) : NULL;
	*part = *whole = 0;
	if (ms->computed == NULL || strcmp(ms->computed, "good-or-outstanding") != 0 || y == NULL
	    || date_cmp(y->end, today) > 0)
		return -1;
	size_t n;
	model_school_standing_t *st = model_school_standings(m, y->end, &n);
	for (size_t i = 0; i < n; i++) {
		if (st[i].inspection == NULL)
			continue;
		(*whole)++;
		*part += (unsigned)model_outcome_good(st[i].inspection->outcome);
	}
	free(st);
	if (*whole == 0)
		return -1;
	return ((long long)*part * 2000 / *whole + 1) / 2;
}

/* Sign of (file, line) against meeting mt's position. */
static int pos_cmp(const char *file, unsigned line, const model_meeting_t *mt)
{
	int c = strcmp(file, mt->pos.file);
	if (c == 0 && line != mt->pos.line)
		c = line < mt->pos.line ? -1 : 1;
	return c;
}

const model_meeting_t *model_meeting_at(const model_t *m, const char *file, unsigned line)
{
	if (file == NULL)
		return NULL;
	/* lo: the first meeting written after file:line */
	size_t lo = 0, hi = m->nmeetings_by_pos;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (pos_cmp(file, line, m->meetings_by_pos[mid]) >= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0 || strcmp(m->meetings_by_pos[lo - 1]->pos.file, file) != 0)
		return NULL;
	/* of meetings starting on the same line, the first in records order */
	const model_meeting_t *best = m->meetings_by_pos[--lo];
	while (lo > 0 && pos_cmp(file, best->pos.line, m->meetings_by_pos[lo - 1]) == 0)
		best = m->meetings_by_pos[--lo];
	return best;
}

const model_person_t *model_office_holder(const model_t *m, const char *title,
                                          const model_body_t *body, date_t on)
{
	model_office_t *const *offices = body ? body->offices : m->offices;
	size_t n = body ? body->noffices : m->noffices;
	for (size_t i = 0; i < n; i++) {
		const model_office_t *o = offices[i];
		if (strcmp(o->title, title) == 0 && date_cmp(o->from, on) <= 0
		    && (!date_is_set(o->to) || date_cmp(on, o->to) <= 0))
			return o->person;
	}
	return NULL;
}

void model_cite(const model_t *m, const model_clause_t *c, char *out, size_t size)
{
	if (size == 0)
		return;
	out[0] = '\0';
	if (c == NULL)
		return;
	const char *ag = m->r.agreement.short_name ? m->r.agreement.short_name : "";
	snprintf(out, size, "%s%s%s", ag, *ag && c->num ? " " : "", c->num ? c->num : "");
}

const model_paper_kind_t *model_paper_kind(const char *kind)
{
	static const model_paper_kind_t kinds[] = {
		{ "financial-report", "financial report", "Financial report" },
		{ "termly-report", "termly report", "Termly report" },
		{ "directors-report", "directors’ report", "Directors' report" },
		{ "audited-accounts", "audited accounts", "Audited accounts" },
		{ "ceo-decisions", "report of CEO decisions", "CEO decisions" },
		{ "delivery-plan", "delivery plan", "Delivery plan" },
		{ "annual-report", "annual report", "Annual report" },
		{ "performance-plan", "annual performance plan", "Annual performance plan" },
		{ "task-group-report", "task group report", "Task group report" },
		{ "group-report", "group report", "Group report" },
	};
	for (size_t i = 0; kind && i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(kinds[i].kind, kind) == 0)
			return &kinds[i];
	return NULL;
}
