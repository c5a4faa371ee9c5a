/* agenda: the items the agreement requires at a meeting (see agenda.h). */
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "agenda.h"
#include "query.h"

/* A meeting that takes place (or has): not cancelled. */
static int meeting_on(const model_meeting_t *mt)
{
	return mt->status != MODEL_MEETING_CANCELLED;
}

/* The term a date belongs to, holidays counting with the term before. */
static const model_term_t *term_with_holiday(const model_meeting_t *mt)
{
	const model_term_t *t = NULL;
	for (size_t i = 0; mt->year && i < mt->year->nterms; i++)
		if (date_cmp(mt->year->terms[i]->start, mt->date) <= 0)
			t = mt->year->terms[i];
	return t;
}

/* Whether another meeting of the body in the same period (term, or
 * academic year when by_year) comes after mt and is not special. */
static int later_in_period(const model_meeting_t *mt, int by_year)
{
	const model_body_t *b = mt->body;
	const model_term_t *t = term_with_holiday(mt);
	for (size_t i = 0; i < b->nmeetings; i++) {
		const model_meeting_t *o = b->meetings[i];
		if (o == mt || !meeting_on(o) || o->kind == MODEL_MEETING_SPECIAL
		    || date_cmp(o->date, mt->date) <= 0)
			continue;
		if (by_year ? o->year == mt->year : term_with_holiday(o) == t)
			return 1;
	}
	return 0;
}

static int has_paper(const model_item_t *it, const char *kind, const model_body_t *group)
{
	for (size_t i = 0; i < it->npapers; i++)
		if (it->papers[i]->kind && strcmp(it->papers[i]->kind, kind) == 0
		    && (group == NULL || it->papers[i]->body == group))
			return 1;
	return 0;
}

/* Whether an earlier held meeting of the body in mt's period received the paper. */
static int received_earlier(const model_meeting_t *mt, const char *kind, int by_year)
{
	const model_body_t *b = mt->body;
	const model_term_t *t = term_with_holiday(mt);
	for (size_t i = 0; i < b->nmeetings; i++) {
		const model_meeting_t *o = b->meetings[i];
		if (o == mt || o->status != MODEL_MEETING_HELD || date_cmp(o->date, mt->date) >= 0
		    || (by_year ? o->year != mt->year : term_with_holiday(o) != t))
			continue;
		for (size_t j = 0; j < o->nitems; j++)
			if (has_paper(o->items[j], kind, NULL))
				return 1;
	}
	return 0;
}

static int report_due(const model_report_t *r, const model_meeting_t *mt)
{
	int full = mt->kind != MODEL_MEETING_SPECIAL;
	switch (r->at) {
	case MODEL_REPORT_EACH_MEETING:
		return 1;
	case MODEL_REPORT_FINAL_MEETING_OF_TERM:
		return full && mt->year && !later_in_period(mt, 0);
	case MODEL_REPORT_EACH_TERM:
	case MODEL_REPORT_EACH_YEAR: {
		int by_year = r->at == MODEL_REPORT_EACH_YEAR;
		return full && mt->year && !later_in_period(mt, by_year)
		       && !received_earlier(mt, r->paper, by_year);
	}
	}
	return 0;
}

/* Whether the reporting body exists in mt's term: begun by the meeting,
 * not ended before the term began. */
static int reporter_active(const model_body_t *b, const model_meeting_t *mt)
{
	const model_term_t *t = term_with_holiday(mt);
	date_t from = t ? t->start : mt->date;
	return (!date_is_set(b->from) || date_cmp(b->from, mt->date) <= 0)
	       && (!date_is_set(b->to) || date_cmp(b->to, from) >= 0);
}

static model_required_t *push(model_required_t **req, size_t *n, size_t *cap)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 8;
		*req = xrealloc(*req, *cap * sizeof **req);
	}
	model_required_t *q = &(*req)[(*n)++];
	memset(q, 0, sizeof *q);
	return q;
}

static void reports_add(const model_t *m, const model_meeting_t *mt, model_required_t **req,
                        size_t *n, size_t *cap)
{
	const model_records_t *r = model_records(m);
	for (size_t i = 0; i < r->nbodies; i++) {
		const model_body_t *b = r->bodies[i];
		for (size_t j = 0; j < b->nreports; j++) {
			const model_report_t *rep = b->reports[j];
			const model_body_t *to = rep->to ? model_body_find(m, rep->to) : NULL;
			if ((to ? to : b) != mt->body || !reporter_active(b, mt) || !report_due(rep, mt))
				continue;
			model_required_t *q = push(req, n, cap);
			q->kind = MODEL_REQUIRED_REPORT;
			q->paper = rep->paper;
			q->rule_pos = &rep->pos;
			q->clause = rep->clause ? rep->clause : b->clause;
		}
	}
}

/* The office holder's decisions mt should hear: not reported elsewhere,
 * made before it. */
static void decisions_add(const model_t *m, const model_meeting_t *mt, model_required_t **req,
                          size_t *n, size_t *cap)
{
	const model_records_t *r = model_records(m);
	const model_rule_t *rule = &r->rules[MODEL_RULE_SPENDING_LIMIT];
	if (!rule->present || rule->report_to != mt->body || mt->kind == MODEL_MEETING_SPECIAL)
		return;
	/* a decision before a scheduled earlier meeting goes to that one */
	const model_meeting_t *prev = model_agenda_previous(mt);
	int after_prev = prev && prev->status == MODEL_MEETING_SCHEDULED;
	const model_ceo_decision_t **list = xcalloc(r->nceo_decisions + 1, sizeof *list);
	size_t k = 0;
	for (size_t i = 0; i < r->nceo_decisions; i++) {
		const model_ceo_decision_t *d = r->ceo_decisions[i];
		if (d->reported_at == mt
		    || (d->reported_at == NULL && date_cmp(d->date, mt->date) < 0
		        && (!after_prev || date_cmp(d->date, prev->date) >= 0)))
			list[k++] = d;
	}
	if (k == 0) {
		free(list);
		return;
	}
	model_required_t *q = push(req, n, cap);
	q->kind = MODEL_REQUIRED_DECISIONS;
	q->paper = "ceo-decisions";
	q->rule_pos = &rule->pos;
	q->clause = rule->clause;
	q->limit = rule;
	q->decisions = list;
	q->ndecisions = k;
}

/* Groups that meet before each meeting of mt's body and met since its last one. */
static void groups_add(const model_t *m, const model_meeting_t *mt, model_required_t **req,
                       size_t *n, size_t *cap)
{
	const model_records_t *r = model_records(m);
	const model_meeting_t *prev = model_agenda_previous(mt);
	for (size_t i = 0; i < r->nbodies; i++) {
		const model_body_t *g = r->bodies[i];
		for (size_t j = 0; j < g->nmeets; j++) {
			const model_meets_t *x = g->meets[j];
			if (x->relative != MODEL_RELATIVE_BEFORE || x->other != mt->body)
				continue;
			const model_meeting_t *last = NULL;
			for (size_t k = 0; k < g->nmeetings; k++) {
				const model_meeting_t *o = g->meetings[k];
				if (meeting_on(o) && date_cmp(o->date, mt->date) < 0
				    && (prev == NULL || date_cmp(o->date, prev->date) > 0))
					last = o;
			}
			if (last == NULL)
				continue;
			model_required_t *q = push(req, n, cap);
			q->kind = MODEL_REQUIRED_GROUP_REPORT;
			q->paper = "group-report";
			q->rule_pos = &x->pos;
			q->clause = x->clause ? x->clause : g->clause;
			q->group = g;
			q->group_meeting = last;
		}
	}
}

model_required_t *model_agenda_required(const model_t *m, const model_meeting_t *mt, size_t *n)
{
	model_required_t *req = NULL;
	size_t cap = 0;
	*n = 0;
	if (mt->body == NULL || !meeting_on(mt))
		return NULL;
	reports_add(m, mt, &req, n, &cap);
	decisions_add(m, mt, &req, n, &cap);
	groups_add(m, mt, &req, n, &cap);
	for (size_t i = 0; i < *n; i++)
		for (size_t j = 0; j < mt->nitems && req[i].item == NULL; j++)
			if (has_paper(mt->items[j], req[i].paper, req[i].group))
				req[i].item = mt->items[j];
	return req;
}

void model_agenda_required_free(model_required_t *req, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(req[i].decisions);
	free(req);
}

const model_standing_item_t **model_agenda_standing(const model_t *m, const model_body_t *b,
                                                    size_t *n)
{
	const model_records_t *r = model_records(m);
	const model_standing_item_t **list = xcalloc(r->nstanding_items + 1, sizeof *list);
	int own = 0;
	for (size_t i = 0; i < r->nstanding_items; i++)
		own |= r->standing_items[i]->body == b;
	*n = 0;
	for (size_t i = 0; i < r->nstanding_items; i++)
		if (r->standing_items[i]->body == (own ? b : NULL))
			list[(*n)++] = r->standing_items[i];
	return list;
}

const model_notice_rule_t *model_notice_rule(const model_t *m, const model_body_t *b)
{
	const model_records_t *r = model_records(m);
	const model_notice_rule_t *any = NULL;
	for (size_t i = 0; i < r->nnotice_rules; i++) {
		if (r->notice_rules[i]->body == b)
			return r->notice_rules[i];
		if (r->notice_rules[i]->body == NULL && any == NULL)
			any = r->notice_rules[i];
	}
	return any;
}

const model_action_t **model_agenda_open_actions(const model_body_t *b, date_t before, size_t *n)
{
	size_t cap = 8;
	const model_action_t **list = xcalloc(cap, sizeof *list);
	*n = 0;
	for (size_t i = 0; i < b->nmeetings; i++) {
		const model_meeting_t *mt = b->meetings[i];
		if (mt->status != MODEL_MEETING_HELD || date_cmp(mt->date, before) >= 0)
			continue;
		for (size_t j = 0; j < mt->nitems; j++)
			for (size_t k = 0; k < mt->items[j]->nactions; k++) {
				const model_action_t *a = mt->items[j]->actions[k];
				if (a->status != MODEL_ACTION_OPEN)
					continue;
				if (*n + 1 == cap)
					list = xrealloc(list, (cap *= 2) * sizeof *list);
				list[(*n)++] = a;
			}
	}
	return list;
}

const model_meeting_t *model_agenda_previous(const model_meeting_t *mt)
{
	const model_meeting_t *prev = NULL;
	for (size_t i = 0; mt->body && i < mt->body->nmeetings; i++) {
		const model_meeting_t *o = mt->body->meetings[i];
		if (o != mt && meeting_on(o) && date_cmp(o->date, mt->date) < 0)
			prev = o;
	}
	return prev;
}
