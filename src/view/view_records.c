/* view_records: the meetings, finance, performance and plans sections of
 * the canonical model view (see view_model.h). */
#include <stdio.h>
#include <string.h>

#include "../model/query.h"
#include "view_model.h"
#include "vxml.h"

/* Records listed as they are, in record order. */
#define VIEW_ALL(n, m, kind, list, count) \
	for (size_t i_ = 0; i_ < (count); i_++) vxml_record((n), (m), (kind), (list)[i_])


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

static void view_item(xmlNode *parent, const model_t *m, const model_item_t *it)
{
	xmlNode *n = vxml_record(parent, m, &model_record_item, it);
	vxml_uint(n, "index", it->index);
	vxml_prose(n, &it->text);
	VIEW_ALL(n, m, &model_record_paper, it->papers, it->npapers);
	for (size_t i = 0; i < it->ndecisions; i++) {
		const model_decision_t *d = it->decisions[i];
		xmlNode *e = vxml_record(n, m, &model_record_decision, d);
		if (d->has_vote) {   /* zero votes are worth saying */
			vxml_uint(e, "against", d->votes_against);
			vxml_uint(e, "abstain", d->votes_abstain);
		}
	}
	VIEW_ALL(n, m, &model_record_action, it->actions, it->nactions);
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
	xmlNode *n = vxml_record(parent, m, &model_record_meeting, mt);
	vxml_attr(n, "start", mt->start[0] ? mt->start : NULL);
	vxml_attr(n, "end", mt->end[0] ? mt->end : NULL);
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
		xmlNode *e = vxml_record(n, m, &model_record_declaration, d);
		if (d->item)
			vxml_attr(e, "item-minute", d->item->minute);
	}
	for (size_t i = 0; i < mt->nitems; i++)
		view_item(n, m, mt->items[i]);
}

void view_model_meetings(xmlNode *parent, const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "meetings");
	vxml_uint(n, "count", r->nmeetings);
	for (size_t i = 0; i < r->nmeetings; i++)
		view_model_meeting(n, m, r->meetings[i]);
}

/* Grants awarded from a fund so far. */
static money_t fund_granted(const model_records_t *r, const model_fund_t *f)
{
	money_t granted = 0;
	for (size_t j = 0; j < r->ngrants; j++)
		if (r->grants[j]->fund == f)
			granted += r->grants[j]->amount;
	return granted;
}

static void view_budgets(xmlNode *n, const model_t *m, const model_records_t *r)
{
	for (size_t i = 0; i < r->nbudgets; i++) {
		const model_budget_t *b = r->budgets[i];
		xmlNode *e = vxml_record(n, m, &model_record_budget, b);
		vxml_money(e, "total", b->total);
		money_t spent_total = 0;
		for (size_t j = 0; j < b->nlines; j++) {
			money_t spent = model_line_spent(m, b->lines[j], DATE_NONE, DATE_NONE);
			xmlNode *le = vxml_record(e, m, &model_record_budget_line, b->lines[j]);
			vxml_money(le, "spent", spent);
			vxml_money(le, "variance", b->lines[j]->amount - spent);
			spent_total += spent;
		}
		vxml_money(e, "spent", spent_total);
		vxml_money(e, "variance", b->total - spent_total);
	}
}

void view_model_finance(xmlNode *parent, const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "finance");
	for (size_t i = 0; i < r->nfunds; i++) {
		money_t granted = fund_granted(r, r->funds[i]);
		xmlNode *e = vxml_record(n, m, &model_record_fund, r->funds[i]);
		vxml_money(e, "granted", granted);
		vxml_money(e, "remaining", r->funds[i]->total - granted);
	}
	VIEW_ALL(n, m, &model_record_commitment, r->commitments, r->ncommitments);
	VIEW_ALL(n, m, &model_record_balance, r->balances, r->nbalances);
	view_budgets(n, m, r);
	VIEW_ALL(n, m, &model_record_income, r->income, r->nincome);
	VIEW_ALL(n, m, &model_record_expenditure, r->expenditure, r->nexpenditure);
	VIEW_ALL(n, m, &model_record_ceo_decision, r->ceo_decisions, r->nceo_decisions);
	VIEW_ALL(n, m, &model_record_grant, r->grants, r->ngrants);
	VIEW_ALL(n, m, &model_record_credit, r->credits, r->ncredits);
}

void view_model_performance(xmlNode *parent, const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "performance");
	VIEW_ALL(n, m, &model_record_inspection, r->inspections, r->ninspections);
	VIEW_ALL(n, m, &model_record_direction, r->directions, r->ndirections);
	for (size_t i = 0; i < r->nmeasures; i++) {
		const model_measure_t *ms = r->measures[i];
		xmlNode *e = vxml_record(n, m, &model_record_measure, ms);
		VIEW_ALL(e, m, &model_record_measure_value, ms->values, ms->nvalues);
	}
}

static void view_priority(xmlNode *n, const model_t *m, const model_priority_t *p)
{
	xmlNode *e = vxml_record(n, m, &model_record_priority, p);
	vxml_prose_node(e, "summary", &p->summary);
	VIEW_ALL(e, m, &model_record_milestone, p->milestones, p->nmilestones);
}

static void view_activity(xmlNode *n, const model_t *m, const model_activity_t *a)
{
	xmlNode *e = vxml_record(n, m, &model_record_activity, a);
	if (a->has_cost)
		vxml_money(e, "cost", a->cost);
	money_t total = 0;
	for (size_t i = 0; i < a->ncontributions; i++)
		total += a->contributions[i]->amount;
	vxml_money(e, "contributions", total);
	for (size_t i = 0; i < a->noutputs; i++)
		vxml_text_node(e, "output", a->outputs[i]);
	VIEW_ALL(e, m, &model_record_contribution, a->contributions, a->ncontributions);
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

static void view_reports(xmlNode *n, const model_t *m, const model_records_t *r)
{
	for (size_t i = 0; i < r->nannual_reports; i++) {
		const model_annual_report_t *ar = r->annual_reports[i];
		xmlNode *e = vxml_record(n, m, &model_record_annual_report, ar);
		vxml_prose_node(e, "summary", &ar->summary);
		for (size_t j = 0; j < ar->nprogress; j++)
			vxml_prose(vxml_record(e, m, &model_record_progress, ar->progress[j]),
			           &ar->progress[j]->text);
		for (size_t j = 0; j < ar->nchanges; j++)
			vxml_prose_node(e, "procedure-change", &ar->changes[j]);
	}
	for (size_t i = 0; i < r->nperformance_plans; i++) {
		const model_performance_plan_t *pp = r->performance_plans[i];
		xmlNode *e = vxml_record(n, m, &model_record_performance_plan, pp);
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
	for (size_t i = 0; i < r->nobjectives; i++)
		vxml_prose(vxml_record(n, m, &model_record_objective, r->objectives[i]),
		           &r->objectives[i]->text);
	for (size_t i = 0; i < r->npriorities; i++)
		view_priority(n, m, r->priorities[i]);
	for (size_t i = 0; i < r->ndelivery_plans; i++) {
		const model_delivery_plan_t *dp = r->delivery_plans[i];
		xmlNode *e = vxml_record(n, m, &model_record_delivery_plan, dp);
		money_t cost = 0;
		for (size_t j = 0; j < dp->nactivities; j++)
			cost += dp->activities[j]->cost;
		vxml_money(e, "cost", cost);
		vxml_prose_node(e, "strategy", &dp->strategy);
		for (size_t j = 0; j < dp->nactivities; j++)
			view_activity(e, m, dp->activities[j]);
		view_party_totals(e, r, dp);
	}
	view_reports(n, m, r);
}
