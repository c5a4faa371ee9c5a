/* check_reports: reporting duties — each body's <report>s (a paper at the final
 * meeting of each term, each term, each meeting, each year), and the
 * partnership's annual report, delivery plan and performance plan, with their
 * milestones and activities. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_internal.h"

/* The body that receives a report: `to` when it names a body, else the body. */
static const model_body_t *report_receiver(check_t *c, const model_body_t *b, const model_report_t *r)
{
	const model_body_t *to = r->to ? model_body_find(c->m, r->to) : NULL;
	return to ? to : b;
}

/* The last full meeting of b within a window, NULL when none. */
static const model_meeting_t *last_full_in(const model_body_t *b, const check_window_t *w)
{
	const model_meeting_t *last = check_meeting_prev_full(b, date_from_days(date_to_days(w->end) + 1));
	return last && date_cmp(last->date, w->start) >= 0 ? last : NULL;
}

/* Whether any held meeting of b within a window received the paper. */
static int paper_in(const model_body_t *b, const check_window_t *w, const char *kind)
{
	for (size_t i = 0; i < b->nmeetings; i++) {
		const model_meeting_t *mt = b->meetings[i];
		if (check_meeting_held(mt) && date_within(mt->date, w->start, w->end)
		    && check_meeting_has_paper(mt, kind))
			return 1;
	}
	return 0;
}

static void report_periods(check_t *c, const model_body_t *b, const model_report_t *r)
{
	const model_body_t *to = report_receiver(c, b, r);
	model_period_t per = r->at == MODEL_REPORT_EACH_YEAR ? MODEL_PERIOD_YEAR : MODEL_PERIOD_TERM;
	check_window_t *w;
	size_t n = check_windows(c->r, per, &w);
	for (size_t i = 0; i < n; i++) {
		if (!check_window_due(&w[i], c->today, check_body_from(c, b), b->to))
			continue;
		const char *paper = check_paper_text(c, r->paper);
		if (r->at == MODEL_REPORT_FINAL_MEETING_OF_TERM) {
			const model_meeting_t *last = last_full_in(to, &w[i]);
			if (last == NULL)
				check_report(c, CHECK_MSG_REPORT_NO_MEETING, &r->pos, r->clause, b->clause,
				             check_meeting_text(c, to), w[i].label, paper);
			else if (!check_meeting_has_paper(last, r->paper))
				check_report(c, CHECK_MSG_REPORT_NOT_AT_FINAL_MEETING, &last->pos, r->clause,
				             b->clause, paper, check_meeting_text(c, to), w[i].label,
				             check_date_text(c, last->date));
		} else if (!paper_in(to, &w[i], r->paper)) {
			check_report(c, CHECK_MSG_REPORT_MISSING, &r->pos, r->clause, b->clause, paper,
			             to->name, w[i].label, per == MODEL_PERIOD_YEAR ? "year" : "term");
		}
	}
	free(w);
}

static void report_each_meeting(check_t *c, const model_body_t *b, const model_report_t *r)
{
	const model_body_t *to = report_receiver(c, b, r);
	for (size_t i = 0; i < to->nmeetings; i++) {
		const model_meeting_t *mt = to->meetings[i];
		if (check_meeting_full(mt) && date_cmp(mt->date, c->today) <= 0
		    && !check_meeting_has_paper(mt, r->paper))
			check_report(c, CHECK_MSG_REPORT_MISSING_AT_MEETING, &mt->pos, r->clause, b->clause,
			             check_meeting_text(c, to), check_date_text(c, mt->date),
			             check_paper_text(c, r->paper));
	}
}

static void reports_body(check_t *c, const model_body_t *b)
{
	for (size_t i = 0; i < b->nreports; i++) {
		if (b->reports[i]->at == MODEL_REPORT_EACH_MEETING)
			report_each_meeting(c, b, b->reports[i]);
		else
			report_periods(c, b, b->reports[i]);
	}
}

/* ---- partnership-wide documents ---- */

static int year_started(check_t *c, date_t start, date_t end)
{
	return date_cmp(start, c->today) <= 0
	       && (!date_is_set(c->r->founded) || date_cmp(end, c->r->founded) >= 0);
}

static void annual_reports(check_t *c)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_ANNUAL_REPORT];
	if (!rule->present)
		return;
	for (size_t i = 0; i < c->r->nfys; i++) {
		const model_financial_year_t *fy = c->r->fys[i];
		date_t due = date_add_months(fy->end, rule->months ? (int)rule->months : 12);
		if (date_cmp(due, c->today) >= 0 || !year_started(c, fy->start, fy->end))
			continue;
		const model_annual_report_t *ar = NULL;
		for (size_t j = 0; j < c->r->nannual_reports && !ar; j++)
			if (strcmp(c->r->annual_reports[j]->year, fy->id) == 0)
				ar = c->r->annual_reports[j];
		if (ar == NULL)
			check_report(c, CHECK_MSG_ANNUAL_REPORT_MISSING, &rule->pos, rule->clause, NULL,
			             fy->id, check_date_text(c, due));
		else if (!date_is_set(ar->published))
			check_report(c, CHECK_MSG_ANNUAL_REPORT_UNPUBLISHED, &ar->pos, rule->clause, NULL,
			             fy->id, check_date_text(c, due));
		else if (date_cmp(ar->published, due) > 0)
			check_report(c, CHECK_MSG_ANNUAL_REPORT_LATE, &ar->pos, rule->clause, NULL, fy->id,
			             check_date_text(c, ar->published), check_date_text(c, due));
	}
}

static const model_delivery_plan_t *plan_for(check_t *c, const char *year)
{
	for (size_t i = 0; i < c->r->ndelivery_plans; i++)
		if (strcmp(c->r->delivery_plans[i]->year, year) == 0)
			return c->r->delivery_plans[i];
	return NULL;
}

static int party_in_plan(const model_delivery_plan_t *dp, const model_party_t *p)
{
	for (size_t i = 0; i < dp->nactivities; i++)
		for (size_t j = 0; j < dp->activities[i]->ncontributions; j++)
			if (dp->activities[i]->contributions[j]->party == p)
				return 1;
	return 0;
}

static void delivery_plan_contents(check_t *c, const model_rule_t *rule, const model_delivery_plan_t *dp)
{
	if (!date_is_set(dp->agreed) && dp->agreed_at == NULL)
		check_report(c, CHECK_MSG_DELIVERY_PLAN_NOT_AGREED, &dp->pos, rule->clause, NULL, dp->year);
	if (dp->strategy.nblocks == 0)
		check_report(c, CHECK_MSG_DELIVERY_PLAN_NO_STRATEGY, &dp->pos, rule->clause, NULL, dp->year);
	for (size_t i = 0; i < dp->nactivities; i++)
		if (dp->activities[i]->noutputs == 0)
			check_report(c, CHECK_MSG_ACTIVITY_NO_OUTPUTS, &dp->activities[i]->pos, rule->clause,
			             NULL, dp->activities[i]->title);
	const model_agreement_t *ag = &c->r->agreement;
	for (size_t i = 0; i < ag->nparties; i++)
		if (!party_in_plan(dp, ag->parties[i]))
			check_report(c, CHECK_MSG_DELIVERY_PLAN_NO_MONIES, &dp->pos, rule->clause, NULL,
			             dp->year, ag->parties[i]->short_name ? ag->parties[i]->short_name
			                                                  : ag->parties[i]->id);
}

static void activities_overdue(check_t *c, const model_rule_t *rule, const model_delivery_plan_t *dp)
{
	for (size_t i = 0; i < dp->nactivities; i++) {
		const model_activity_t *a = dp->activities[i];
		if (date_is_set(a->due) && date_cmp(a->due, c->today) < 0 && !date_is_set(a->done)
		    && (a->rag == NULL || strcmp(a->rag, "complete") != 0))
			check_report(c, CHECK_MSG_ACTIVITY_OVERDUE, &a->pos, rule->clause, NULL, a->title,
			             check_date_text(c, a->due), a->rag ? a->rag : "unrated");
	}
}

static void delivery_plans(check_t *c)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_DELIVERY_PLAN];
	if (!rule->present)
		return;
	for (size_t i = 0; i < c->r->nyears; i++) {
		const model_academic_year_t *y = c->r->years[i];
		const model_delivery_plan_t *dp = plan_for(c, y->id);
		if (dp == NULL && year_started(c, y->start, y->end))
			check_report(c, CHECK_MSG_DELIVERY_PLAN_MISSING, &rule->pos, rule->clause, NULL, y->id);
	}
	for (size_t i = 0; i < c->r->ndelivery_plans; i++) {
		delivery_plan_contents(c, rule, c->r->delivery_plans[i]);
		activities_overdue(c, rule, c->r->delivery_plans[i]);
	}
}

static int prose_empty(const model_prose_t *p)
{
	return p->nblocks == 0;
}

/* Whether some measure has a target for the plan's year (a plan is agreed
 * before its year: the year is the "subsequent year" of clause 6.1.2). */
static int targets_for(check_t *c, const char *year)
{
	for (size_t i = 0; i < c->r->nmeasures; i++)
		for (size_t j = 0; j < c->r->measures[i]->nvalues; j++) {
			const model_measure_value_t *v = c->r->measures[i]->values[j];
			if (v->target && strcmp(v->year, year) == 0)
				return 1;
		}
	return 0;
}

static void performance_plans(check_t *c)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_PERFORMANCE_PLAN];
	if (!rule->present)
		return;
	for (size_t i = 0; i < c->r->nyears; i++) {
		const model_academic_year_t *y = c->r->years[i];
		int found = 0;
		for (size_t j = 0; j < c->r->nperformance_plans && !found; j++)
			found = strcmp(c->r->performance_plans[j]->year, y->id) == 0;
		if (!found && year_started(c, y->start, y->end))
			check_report(c, CHECK_MSG_PERFORMANCE_PLAN_MISSING, &rule->pos, rule->clause, NULL, y->id);
	}
	for (size_t i = 0; i < c->r->nperformance_plans; i++) {
		const model_performance_plan_t *pp = c->r->performance_plans[i];
		if (prose_empty(&pp->analysis) && pp->nsuccesses == 0 && pp->nshortfalls == 0)
			check_report(c, CHECK_MSG_PERFORMANCE_PLAN_INCOMPLETE, &pp->pos, rule->clause, NULL,
			             pp->year, "an analysis of the previous twelve months");
		if (!targets_for(c, pp->year))
			check_report(c, CHECK_MSG_PERFORMANCE_PLAN_INCOMPLETE, &pp->pos, rule->clause, NULL,
			             pp->year, "performance targets for its year");
		if (prose_empty(&pp->learners))
			check_report(c, CHECK_MSG_PERFORMANCE_PLAN_INCOMPLETE, &pp->pos, rule->clause, NULL,
			             pp->year, "an analysis of learner progress, attainment and provision");
	}
}

static void milestones(check_t *c)
{
	for (size_t i = 0; i < c->r->npriorities; i++) {
		const model_priority_t *p = c->r->priorities[i];
		for (size_t j = 0; j < p->nmilestones; j++) {
			const model_milestone_t *ms = p->milestones[j];
			if (!date_is_set(ms->due))
				continue;
			if (date_cmp(ms->due, c->today) < 0 && !date_is_set(ms->done))
				check_report(c, CHECK_MSG_MILESTONE_OVERDUE, &ms->pos, ms->clause, p->clause,
				             ms->text, p->title, check_date_text(c, ms->due));
			else if (date_is_set(ms->done) && date_cmp(ms->done, ms->due) > 0)
				check_report(c, CHECK_MSG_MILESTONE_LATE, &ms->pos, ms->clause, p->clause,
				             ms->text, p->title, check_date_text(c, ms->done),
				             check_date_text(c, ms->due));
		}
	}
}

/* A measure lpdoc computes has one value: a recorded actual that differs
 * from the computed one (by a tenth or more) is a finding quoting both. */
static void computed_measures(check_t *c)
{
	const model_clause_t *clause = c->r->rules[MODEL_RULE_ANNUAL_REPORT].clause;
	for (size_t i = 0; i < c->r->nmeasures; i++) {
		const model_measure_t *ms = c->r->measures[i];
		for (size_t j = 0; ms->computed && j < ms->nvalues; j++) {
			const model_measure_value_t *v = ms->values[j];
			unsigned part, whole;
			long long t = model_measure_computed(c->m, ms, v->year, c->today, &part, &whole);
			if (t < 0 || v->actual == NULL || check_tenths(v->actual) == t)
				continue;
			const model_financial_year_t *fy = model_financial_year_find(c->m, v->year);
			check_report(c, CHECK_MSG_MEASURE_RECORDED_DIFFERS, &v->pos, clause,
			             ms->priority ? ms->priority->clause : NULL, ms->name, v->year,
			             check_text_printf(c, "%s%%", v->actual),
			             check_text_printf(c, "%lld.%lld%%", t / 10, t % 10),
			             part, whole, check_date_text(c, fy->end));
		}
	}
}

const check_family_t check_family_reports = {
	.name = "reports",
	.duties = (check_duty_fn *const[]){ annual_reports, computed_measures, check_narrative,
	                                    delivery_plans, performance_plans, milestones, NULL },
	.body = reports_body,
};
