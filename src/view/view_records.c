/* view_records: the meetings, finance, performance and plans sections of
 * the canonical model view (see view_model.h). */
#include <stdio.h>
#include <string.h>

#include "../model/query.h"
#include "view_model.h"
#include "vxml.h"

static void view_attendance(xmlNode *parent, const model_meeting_t *mt)
{
	if (mt->nattendees == 0)
		return;
	xmlNode *n = vxml_node(parent, "attendance");
	for (size_t i = 0; i < mt->nattendees; i++) {
		const model_attendee_t *a = mt->attendees[i];
		xmlNode *e = vxml_node(n, model_attend_names[a->kind]);
		vxml_person(e, "person", a->person);
		vxml_attr(e, "name", a->person ? NULL : a->name);
		vxml_member(e, "for", a->for_member);
		vxml_attr(e, "role", a->role);
	}
}

static void view_item(xmlNode *parent, const model_item_t *it)
{
	xmlNode *n = vxml_node(parent, "item");
	vxml_attr(n, "id", it->id);
	vxml_uint(n, "index", it->index);
	vxml_attr(n, "minute", it->minute);
	vxml_attr(n, "title", it->title);
	vxml_yesno(n, "confidential", it->confidential);
	vxml_prose(n, &it->text);
	for (size_t i = 0; i < it->npapers; i++) {
		xmlNode *e = vxml_node(n, "paper");
		vxml_attr(e, "kind", it->papers[i]->kind);
		vxml_attr(e, "title", it->papers[i]->title);
		vxml_person(e, "by", it->papers[i]->by);
		vxml_attr(e, "year", it->papers[i]->year);
	}
	for (size_t i = 0; i < it->ndecisions; i++) {
		const model_decision_t *d = it->decisions[i];
		xmlNode *e = vxml_text_node(n, "decision", d->text);
		vxml_attr(e, "id", d->id);
		if (d->has_vote) {
			vxml_uint(e, "for", d->votes_for);
			vxml_uint(e, "against", d->votes_against);
			vxml_uint(e, "abstain", d->votes_abstain);
		}
	}
	for (size_t i = 0; i < it->nactions; i++) {
		const model_action_t *a = it->actions[i];
		xmlNode *e = vxml_text_node(n, "action", a->text);
		vxml_attr(e, "id", a->id);
		vxml_person(e, "owner", a->owner);
		vxml_date(e, "due", a->due);
		vxml_attr(e, "status", model_action_status_names[a->status]);
		vxml_date(e, "done", a->done);
	}
	for (size_t i = 0; i < it->napprovals; i++) {
		const model_meeting_t *t = it->approvals[i]->meeting;
		xmlNode *e = vxml_node(n, "approves");
		vxml_attr(e, "meeting", t->id);
		vxml_date(e, "meeting-date", t->date);
	}
}

/* The computed facts about a meeting: where it falls, its quorum. */
static void view_meeting_figures(xmlNode *n, const model_t *m, const model_meeting_t *mt)
{
	if (mt->year)
		vxml_attr(n, "academic-year", mt->year->id);
	if (mt->term) {
		vxml_attr(n, "term", mt->term->id);
		vxml_attr(n, "term-name", mt->term->name);
	}
	if (mt->half_term)
		vxml_attr(n, "half-term", mt->half_term->id);
	char fy[8];
	model_financial_year_label(m, mt->date, fy);
	vxml_attr(n, "financial-year", fy);
	if (mt->body == NULL || mt->status != MODEL_MEETING_HELD)
		return;
	unsigned members = model_body_membership(m, mt->body, mt->date);
	unsigned present = model_meeting_present_members(m, mt);
	vxml_uint(n, "membership", members);
	vxml_uint(n, "present-members", present);
	if (mt->body->quorum.kind != MODEL_QUORUM_NONE) {
		unsigned q = model_quorum_compute(&mt->body->quorum, members);
		vxml_uint(n, "quorum", q);
		vxml_yesno(n, "quorate", present >= q);
	}
}

void view_model_meeting(xmlNode *parent, const model_t *m, const model_meeting_t *mt)
{
	xmlNode *n = vxml_node(parent, "meeting");
	vxml_attr(n, "id", mt->id);
	vxml_body(n, "body", mt->body);
	vxml_date(n, "date", mt->date);
	vxml_attr(n, "start", mt->start[0] ? mt->start : NULL);
	vxml_attr(n, "end", mt->end[0] ? mt->end : NULL);
	vxml_attr(n, "venue", mt->venue);
	vxml_attr(n, "kind", model_meeting_kind_names[mt->kind]);
	vxml_attr(n, "reason", mt->reason);
	vxml_date(n, "notice", mt->notice);
	vxml_attr(n, "status", model_meeting_status_names[mt->status]);
	view_meeting_figures(n, m, mt);
	if (mt->approved_by) {
		vxml_attr(n, "approved-at", mt->approved_by->meeting->id);
		vxml_date(n, "approved-on", mt->approved_by->meeting->date);
		vxml_attr(n, "approved-minute", mt->approved_by->minute);
	}
	if (mt->is_signed) {
		vxml_person(n, "signed-by", mt->signed_by);
		vxml_date(n, "signed-on", mt->signed_on);
	}
	view_attendance(n, mt);
	for (size_t i = 0; i < mt->ndeclarations; i++) {
		const model_declaration_t *d = mt->declarations[i];
		xmlNode *e = vxml_text_node(n, "declaration", d->text);
		vxml_person(e, "person", d->person);
		if (d->item) {
			vxml_attr(e, "item", d->item->id);
			vxml_attr(e, "item-minute", d->item->minute);
		}
	}
	for (size_t i = 0; i < mt->nitems; i++)
		view_item(n, mt->items[i]);
}

void view_model_meetings(xmlNode *parent, const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "meetings");
	vxml_uint(n, "count", r->nmeetings);
	for (size_t i = 0; i < r->nmeetings; i++)
		view_model_meeting(n, m, r->meetings[i]);
}

/* The attributes every dated money record shares. */
static xmlNode *view_money_record(xmlNode *parent, const char *name, const char *id,
                                  const char *date_name, date_t date, money_t amount)
{
	xmlNode *e = vxml_node(parent, name);
	vxml_attr(e, "id", id);
	vxml_date(e, date_name, date);
	vxml_money(e, "amount", amount);
	return e;
}

static void view_funds(xmlNode *n, const model_t *m, const model_records_t *r)
{
	for (size_t i = 0; i < r->nfunds; i++) {
		const model_fund_t *f = r->funds[i];
		xmlNode *e = vxml_node(n, "fund");
		vxml_attr(e, "id", f->id);
		vxml_attr(e, "name", f->name);
		vxml_money(e, "total", f->total);
		vxml_date(e, "from", f->from);
		vxml_date(e, "to", f->to);
		vxml_member(e, "provider", f->provider);
		money_t granted = 0;
		for (size_t j = 0; j < r->ngrants; j++)
			if (r->grants[j]->fund == f)
				granted += r->grants[j]->amount;
		vxml_money(e, "granted", granted);
		vxml_money(e, "remaining", f->total - granted);
		vxml_clause(e, m, f->clause);
	}
	for (size_t i = 0; i < r->ncommitments; i++) {
		const model_commitment_t *k = r->commitments[i];
		xmlNode *e = vxml_node(n, "commitment");
		vxml_attr(e, "id", k->id);
		vxml_member(e, "from", k->from);
		vxml_money(e, "amount", k->amount);
		vxml_attr(e, "per", k->per);
		if (k->years)
			vxml_uint(e, "years", k->years);
		if (k->fund)
			vxml_attr(e, "fund", k->fund->id);
		vxml_attr(e, "purpose", k->purpose);
		vxml_clause(e, m, k->clause);
	}
	for (size_t i = 0; i < r->nbalances; i++) {
		xmlNode *e = vxml_node(n, "balance");
		vxml_attr(e, "year", r->balances[i]->year);
		vxml_money(e, "opening", r->balances[i]->opening);
	}
}

static void view_budgets(xmlNode *n, const model_records_t *r)
{
	for (size_t i = 0; i < r->nbudgets; i++) {
		const model_budget_t *b = r->budgets[i];
		xmlNode *e = vxml_node(n, "budget");
		vxml_attr(e, "year", b->year);
		vxml_date(e, "approved", b->approved);
		if (b->approved_at)
			vxml_attr(e, "approved-at", b->approved_at->id);
		vxml_money(e, "total", b->total);
		for (size_t j = 0; j < b->nlines; j++) {
			const model_budget_line_t *l = b->lines[j];
			money_t spent = 0;
			for (size_t k = 0; k < r->nexpenditure; k++)
				if (r->expenditure[k]->line == l)
					spent += r->expenditure[k]->amount;
			xmlNode *le = vxml_node(e, "line");
			vxml_attr(le, "id", l->id);
			vxml_attr(le, "name", l->name);
			if (l->priority)
				vxml_attr(le, "priority", l->priority->id);
			vxml_money(le, "amount", l->amount);
			vxml_money(le, "spent", spent);
			vxml_money(le, "variance", l->amount - spent);
		}
	}
}

static void view_transactions(xmlNode *n, const model_records_t *r)
{
	for (size_t i = 0; i < r->nincome; i++) {
		const model_income_t *x = r->income[i];
		xmlNode *e = view_money_record(n, "income", x->id, "date", x->date, x->amount);
		vxml_attr(e, "source", x->source);
		vxml_member(e, "from", x->from);
		if (x->fund)
			vxml_attr(e, "fund", x->fund->id);
		if (x->commitment)
			vxml_attr(e, "commitment", x->commitment->id);
		vxml_attr(e, "description", x->description);
	}
	for (size_t i = 0; i < r->nexpenditure; i++) {
		const model_expenditure_t *x = r->expenditure[i];
		xmlNode *e = view_money_record(n, "expenditure", x->id, "date", x->date, x->amount);
		if (x->line)
			vxml_attr(e, "line", x->line->id);
		vxml_attr(e, "payee", x->payee);
		if (x->ceo_decision)
			vxml_attr(e, "ceo-decision", x->ceo_decision->id);
		vxml_attr(e, "description", x->description);
	}
	for (size_t i = 0; i < r->nceo_decisions; i++) {
		const model_ceo_decision_t *x = r->ceo_decisions[i];
		xmlNode *e = view_money_record(n, "ceo-decision", x->id, "date", x->date, x->amount);
		vxml_person(e, "by", x->by);
		vxml_attr(e, "purpose", x->purpose);
		if (x->line)
			vxml_attr(e, "line", x->line->id);
		if (x->reported_at) {
			vxml_attr(e, "reported-at", x->reported_at->id);
			vxml_date(e, "reported-on", x->reported_at->date);
		}
	}
	for (size_t i = 0; i < r->ngrants; i++) {
		const model_grant_t *x = r->grants[i];
		xmlNode *e = view_money_record(n, "grant", x->id, "awarded", x->awarded, x->amount);
		vxml_member(e, "school", x->school);
		if (x->fund)
			vxml_attr(e, "fund", x->fund->id);
		if (x->decided_at)
			vxml_attr(e, "decided-at", x->decided_at->id);
		vxml_attr(e, "purpose", x->purpose);
	}
	for (size_t i = 0; i < r->ncredits; i++) {
		const model_credit_t *x = r->credits[i];
		xmlNode *e = vxml_node(n, "credit");
		vxml_attr(e, "id", x->id);
		vxml_date(e, "date", x->date);
		vxml_member(e, "school", x->school);
		vxml_attr(e, "days", x->days);
		vxml_member(e, "supported", x->supported);
		vxml_attr(e, "description", x->description);
	}
}

void view_model_finance(xmlNode *parent, const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "finance");
	view_funds(n, m, r);
	view_budgets(n, r);
	view_transactions(n, r);
}

void view_model_performance(xmlNode *parent, const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "performance");
	for (size_t i = 0; i < r->ninspections; i++) {
		xmlNode *e = vxml_node(n, "inspection");
		vxml_member(e, "school", r->inspections[i]->school);
		vxml_date(e, "date", r->inspections[i]->date);
		vxml_attr(e, "outcome", r->inspections[i]->outcome);
	}
	for (size_t i = 0; i < r->ndirections; i++) {
		xmlNode *e = vxml_node(n, "direction");
		vxml_member(e, "school", r->directions[i]->school);
		vxml_date(e, "date", r->directions[i]->date);
		vxml_attr(e, "travel", r->directions[i]->travel);
	}
	for (size_t i = 0; i < r->nmeasures; i++) {
		const model_measure_t *ms = r->measures[i];
		xmlNode *e = vxml_node(n, "measure");
		vxml_attr(e, "id", ms->id);
		vxml_attr(e, "name", ms->name);
		vxml_attr(e, "unit", ms->unit);
		if (ms->priority)
			vxml_attr(e, "priority", ms->priority->id);
		vxml_yesno(e, "higher-is-better", ms->higher_is_better);
		for (size_t j = 0; j < ms->nvalues; j++) {
			xmlNode *v = vxml_node(e, "value");
			vxml_attr(v, "year", ms->values[j]->year);
			vxml_attr(v, "actual", ms->values[j]->actual);
			vxml_attr(v, "target", ms->values[j]->target);
		}
	}
}

static void view_priority(xmlNode *n, const model_t *m, const model_priority_t *p)
{
	xmlNode *e = vxml_node(n, "priority");
	vxml_attr(e, "id", p->id);
	vxml_attr(e, "title", p->title);
	if (p->objective)
		vxml_attr(e, "objective", p->objective->id);
	vxml_person(e, "lead", p->lead);
	vxml_clause(e, m, p->clause);
	vxml_prose_node(e, "summary", &p->summary);
	for (size_t i = 0; i < p->nmilestones; i++) {
		const model_milestone_t *ms = p->milestones[i];
		xmlNode *me = vxml_text_node(e, "milestone", ms->text);
		vxml_attr(me, "id", ms->id);
		vxml_date(me, "due", ms->due);
		vxml_date(me, "done", ms->done);
		vxml_clause(me, m, ms->clause);
	}
}

static void view_activity(xmlNode *n, const model_activity_t *a)
{
	xmlNode *e = vxml_node(n, "activity");
	vxml_attr(e, "id", a->id);
	vxml_attr(e, "title", a->title);
	if (a->priority)
		vxml_attr(e, "priority", a->priority->id);
	if (a->objective)
		vxml_attr(e, "objective", a->objective->id);
	vxml_person(e, "lead", a->lead);
	vxml_date(e, "start", a->start);
	vxml_date(e, "due", a->due);
	vxml_date(e, "done", a->done);
	if (a->has_cost)
		vxml_money(e, "cost", a->cost);
	vxml_attr(e, "rag", a->rag);
	money_t total = 0;
	for (size_t i = 0; i < a->ncontributions; i++)
		total += a->contributions[i]->amount;
	vxml_money(e, "contributions", total);
	for (size_t i = 0; i < a->noutputs; i++)
		vxml_text_node(e, "output", a->outputs[i]);
	for (size_t i = 0; i < a->ncontributions; i++) {
		xmlNode *k = vxml_node(e, "contribution");
		vxml_attr(k, "party", a->contributions[i]->party->id);
		vxml_member(k, "org", a->contributions[i]->party->org);
		vxml_money(k, "amount", a->contributions[i]->amount);
	}
}

/* Each party's contributions over the plan's activities (Leicester 5.2.3). */
static void view_party_totals(xmlNode *n, const model_records_t *r, const model_delivery_plan_t *dp)
{
	for (size_t i = 0; i < r->agreement.nparties; i++) {
		const model_party_t *party = r->agreement.parties[i];
		money_t total = 0;
		for (size_t j = 0; j < dp->nactivities; j++)
			for (size_t k = 0; k < dp->activities[j]->ncontributions; k++)
				if (dp->activities[j]->contributions[k]->party == party)
					total += dp->activities[j]->contributions[k]->amount;
		xmlNode *e = vxml_node(n, "party-total");
		vxml_attr(e, "party", party->id);
		vxml_member(e, "org", party->org);
		vxml_money(e, "amount", total);
	}
}

static void view_reports(xmlNode *n, const model_records_t *r)
{
	for (size_t i = 0; i < r->nannual_reports; i++) {
		const model_annual_report_t *ar = r->annual_reports[i];
		xmlNode *e = vxml_node(n, "annual-report");
		vxml_attr(e, "year", ar->year);
		vxml_date(e, "published", ar->published);
		if (ar->presented_at)
			vxml_attr(e, "presented-at", ar->presented_at->id);
		vxml_prose_node(e, "summary", &ar->summary);
		for (size_t j = 0; j < ar->nprogress; j++) {
			xmlNode *p = vxml_node(e, "progress");
			vxml_attr(p, "priority", ar->progress[j]->priority->id);
			vxml_attr(p, "rag", ar->progress[j]->rag);
			vxml_prose(p, &ar->progress[j]->text);
		}
		for (size_t j = 0; j < ar->nchanges; j++)
			vxml_prose_node(e, "procedure-change", &ar->changes[j]);
	}
	for (size_t i = 0; i < r->nperformance_plans; i++) {
		const model_performance_plan_t *pp = r->performance_plans[i];
		xmlNode *e = vxml_node(n, "performance-plan");
		vxml_attr(e, "year", pp->year);
		vxml_date(e, "agreed", pp->agreed);
		vxml_prose_node(e, "analysis", &pp->analysis);
		for (size_t j = 0; j < pp->nsuccesses; j++)
			vxml_prose_node(e, "success", &pp->successes[j]);
		for (size_t j = 0; j < pp->nshortfalls; j++)
			vxml_prose_node(e, "shortfall", &pp->shortfalls[j]);
		vxml_prose_node(e, "learners", &pp->learners);
	}
}

void view_model_plans(xmlNode *parent, const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "plans");
	for (size_t i = 0; i < r->nobjectives; i++) {
		const model_objective_t *o = r->objectives[i];
		xmlNode *e = vxml_node(n, "objective");
		vxml_attr(e, "id", o->id);
		vxml_attr(e, "title", o->title);
		vxml_clause(e, m, o->clause);
		vxml_prose(e, &o->text);
	}
	for (size_t i = 0; i < r->npriorities; i++)
		view_priority(n, m, r->priorities[i]);
	for (size_t i = 0; i < r->ndelivery_plans; i++) {
		const model_delivery_plan_t *dp = r->delivery_plans[i];
		xmlNode *e = vxml_node(n, "delivery-plan");
		vxml_attr(e, "year", dp->year);
		vxml_date(e, "agreed", dp->agreed);
		if (dp->agreed_at)
			vxml_attr(e, "agreed-at", dp->agreed_at->id);
		money_t cost = 0;
		for (size_t j = 0; j < dp->nactivities; j++)
			cost += dp->activities[j]->cost;
		vxml_money(e, "cost", cost);
		vxml_prose_node(e, "strategy", &dp->strategy);
		for (size_t j = 0; j < dp->nactivities; j++)
			view_activity(e, dp->activities[j]);
		view_party_totals(e, r, dp);
	}
	view_reports(n, r);
}
