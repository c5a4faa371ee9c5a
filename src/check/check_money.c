/* check_money: decisions by an office holder within the <spending-limit> and
 * reported at the body's next full meeting; spending against budget lines and
 * decisions; grants within their fund; commitments and party contributions paid. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "check_internal.h"

/* Sums of spending per budget line or per decision, found by address: the
 * records may hold tens of thousands of payments, so each is visited once. */
typedef struct spend {
	const void *key;
	money_t sum;
} spend_t;

static int spend_cmp(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)((const spend_t *)a)->key, y = (uintptr_t)((const spend_t *)b)->key;
	return x < y ? -1 : x > y;
}

static spend_t *spend_find(spend_t *s, size_t n, const void *key)
{
	spend_t probe = { key, 0 };
	return key ? bsearch(&probe, s, n, sizeof *s, spend_cmp) : NULL;
}

/* Adds every expenditure to its line's and its decision's sum. */
static void spend_total(check_t *c, spend_t *lines, size_t nlines, spend_t *decisions,
                        size_t ndecisions)
{
	qsort(lines, nlines, sizeof *lines, spend_cmp);
	qsort(decisions, ndecisions, sizeof *decisions, spend_cmp);
	for (size_t k = 0; k < c->r->nexpenditure; k++) {
		const model_expenditure_t *e = c->r->expenditure[k];
		spend_t *s = spend_find(lines, nlines, e->line);
		if (s)
			s->sum += e->amount;
		s = spend_find(decisions, ndecisions, e->ceo_decision);
		if (s)
			s->sum += e->amount;
	}
}

static void decision_report(check_t *c, const model_rule_t *rule, const model_ceo_decision_t *cd)
{
	const char *office = check_office_text(rule->office);
	const model_body_t *to = rule->report_to;
	if (to == NULL)
		return;
	const model_meeting_t *next = check_meeting_next_full(to, cd->date);
	if (cd->reported_at == NULL) {
		if (next && date_cmp(next->date, c->today) <= 0)
			check_report(c, CHECK_MSG_CEO_DECISION_NOT_REPORTED, &cd->pos, rule->clause, NULL,
			             office, check_money_text(c, cd->amount), check_date_text(c, cd->date),
			             to->name, check_date_text(c, next->date));
	} else if (cd->reported_at->body != to) {
		check_report(c, CHECK_MSG_CEO_DECISION_WRONG_BODY, &cd->pos, rule->clause, NULL, office,
		             check_money_text(c, cd->amount), cd->reported_at->body->name, to->name);
	} else if (next && date_cmp(cd->reported_at->date, next->date) > 0) {
		check_report(c, CHECK_MSG_CEO_DECISION_REPORTED_LATE, &cd->pos, rule->clause, NULL, office,
		             check_money_text(c, cd->amount), check_date_text(c, cd->reported_at->date),
		             check_date_text(c, next->date));
	}
}

static void office_decisions(check_t *c)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_SPENDING_LIMIT];
	if (!rule->present)
		return;
	const char *office = check_office_text(rule->office);
	for (size_t i = 0; i < c->r->nceo_decisions; i++) {
		const model_ceo_decision_t *cd = c->r->ceo_decisions[i];
		if (cd->amount > rule->amount)
			check_report(c, CHECK_MSG_CEO_DECISION_OVER_LIMIT, &cd->pos, rule->clause, NULL, office,
			             check_money_text(c, cd->amount), cd->purpose ? cd->purpose : cd->id,
			             check_money_text(c, rule->amount));
		if (cd->by && rule->office
		    && model_office_holder(c->m, rule->office, NULL, cd->date) != cd->by)
			check_report(c, CHECK_MSG_CEO_DECISION_BY_OTHER, &cd->pos, rule->clause, NULL,
			             check_date_text(c, cd->date), cd->by->name, office);
		decision_report(c, rule, cd);
	}
}

/* The clause that asks for spending to be monitored: that of the first
 * financial-report duty, when the agreement has one. */
static const model_clause_t *spending_clause(check_t *c)
{
	for (size_t i = 0; i < c->r->nbodies; i++)
		for (size_t j = 0; j < c->r->bodies[i]->nreports; j++)
			if (strcmp(c->r->bodies[i]->reports[j]->paper, "financial-report") == 0)
				return c->r->bodies[i]->reports[j]->clause;
	return NULL;
}

static void budget_lines(check_t *c, spend_t *sums, size_t nsums)
{
	const model_clause_t *clause = spending_clause(c);
	for (size_t i = 0; i < c->r->nbudgets; i++) {
		const model_budget_t *bg = c->r->budgets[i];
		for (size_t j = 0; j < bg->nlines; j++) {
			const model_budget_line_t *ln = bg->lines[j];
			const spend_t *s = spend_find(sums, nsums, ln);
			money_t spent = s ? s->sum : 0;
			/* a line that spends money the agreement commits cites the
			 * clause of that commitment */
			if (spent > ln->amount)
				check_report(c, CHECK_MSG_BUDGET_LINE_OVERSPENT, &ln->pos,
				             ln->commitment && ln->commitment->clause ? ln->commitment->clause : clause,
				             NULL, ln->name,
				             bg->year, check_money_text(c, spent), check_money_text(c, ln->amount));
		}
	}
	for (size_t k = 0; k < c->r->nexpenditure; k++) {
		const model_expenditure_t *e = c->r->expenditure[k];
		char fy[8];
		if (e->line == NULL || e->line->budget == NULL)
			continue;
		model_financial_year_label(c->m, e->date, fy);
		if (strcmp(fy, e->line->budget->year) != 0)
			check_report(c, CHECK_MSG_EXPENDITURE_OUTSIDE_YEAR, &e->pos, clause, NULL,
			             check_date_text(c, e->date), e->line->name, e->line->budget->year);
	}
}

static void spending_under_decisions(check_t *c, spend_t *sums, size_t nsums)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_SPENDING_LIMIT];
	for (size_t i = 0; i < c->r->nceo_decisions; i++) {
		const model_ceo_decision_t *cd = c->r->ceo_decisions[i];
		const spend_t *s = spend_find(sums, nsums, cd);
		money_t spent = s ? s->sum : 0;
		if (spent > cd->amount)
			check_report(c, CHECK_MSG_EXPENDITURE_OVER_DECISION, &cd->pos, rule->clause, NULL,
			             check_money_text(c, spent), check_money_text(c, cd->amount));
	}
}

/* Spending against a meeting's decision needs a decision validly taken:
 * one of an inquorate meeting counts once a quorate meeting ratified it,
 * and only from that day. */
static void spending_unratified(check_t *c)
{
	for (size_t k = 0; k < c->r->nexpenditure; k++) {
		const model_expenditure_t *e = c->r->expenditure[k];
		const model_decision_t *dc = e->decision;
		if (dc == NULL || date_cmp(e->date, c->today) > 0
		    || model_decision_standing(c->m, dc, e->date) != MODEL_DECISION_AWAITING)
			continue;
		const model_meeting_t *mt = dc->item->meeting;
		const char *standing = "has not been ratified";
		if (model_decision_standing(c->m, dc, c->today) == MODEL_DECISION_RATIFIED)
			standing = check_text_printf(c, "was ratified only on %s",
			                             check_date_text(c, dc->ratified_by->meeting->date));
		check_report(c, CHECK_MSG_SPENT_UNRATIFIED, &e->pos, mt->body->quorum.clause,
		             mt->body->clause, check_money_text(c, e->amount),
		             check_date_text(c, e->date), mt->body->name,
		             check_date_text(c, mt->date), standing);
	}
}

static void fund_grants(check_t *c, const model_fund_t *f)
{
	money_t granted = 0;
	int reported = 0;
	for (size_t i = 0; i < c->r->ngrants; i++) {
		const model_grant_t *g = c->r->grants[i];
		if (g->fund != f)
			continue;
		granted += g->amount;
		if (granted > f->total && !reported) {
			reported = 1;
			check_report(c, CHECK_MSG_FUND_OVERCOMMITTED, &g->pos, f->clause, NULL, f->name,
			             check_money_text(c, granted), check_money_text(c, f->total));
		}
		int before = date_is_set(f->from) && date_cmp(g->awarded, f->from) < 0;
		int after = date_is_set(f->to) && date_cmp(g->awarded, f->to) > 0;
		if (before || after)
			check_report(c, CHECK_MSG_GRANT_OUTSIDE_FUND_PERIOD, &g->pos, f->clause, NULL,
			             check_money_text(c, g->amount), check_date_text(c, g->awarded), f->name,
			             check_date_text(c, f->from), check_date_text(c, f->to));
	}
}

/* Whether the records hold any income for a financial year: years they
 * do not cover are not judged. */
static int income_recorded(check_t *c, const model_financial_year_t *fy)
{
	for (size_t k = 0; k < c->r->nincome; k++)
		if (date_within(c->r->income[k]->date, fy->start, fy->end))
			return 1;
	return 0;
}

/* Yearly commitments, judged for each financial year that has ended. */
static void commitments(check_t *c)
{
	for (size_t i = 0; i < c->r->ncommitments; i++) {
		const model_commitment_t *cm = c->r->commitments[i];
		if (cm->per == NULL || strcmp(cm->per, "year") != 0 || cm->from == NULL)
			continue;
		for (size_t y = 0; y < c->r->nfys; y++) {
			const model_financial_year_t *fy = c->r->fys[y];
			if (date_cmp(fy->end, c->today) >= 0 || !income_recorded(c, fy)
			    || (date_is_set(c->r->founded) && date_cmp(fy->end, c->r->founded) < 0))
				continue;
			money_t paid = 0;
			for (size_t k = 0; k < c->r->nincome; k++) {
				const model_income_t *in = c->r->income[k];
				if (in->commitment == cm && date_within(in->date, fy->start, fy->end))
					paid += in->amount;
			}
			if (paid < cm->amount)
				check_report(c, CHECK_MSG_COMMITMENT_SHORT, &cm->pos, cm->clause, NULL,
				             cm->from->short_name ? cm->from->short_name : cm->from->name,
				             check_money_text(c, paid), check_money_text(c, cm->amount), fy->id);
		}
	}
}

static money_t party_paid(check_t *c, const model_party_t *p, const model_academic_year_t *y)
{
	money_t paid = 0;
	for (size_t k = 0; k < c->r->nincome; k++) {
		const model_income_t *in = c->r->income[k];
		if (in->from == p->org && in->source && strcmp(in->source, "party-contribution") == 0
		    && date_within(in->date, y->start, y->end))
			paid += in->amount;
	}
	return paid;
}

/* Each party's monies agreed in a delivery plan, judged once its year is over. */
static void party_contributions(check_t *c)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_DELIVERY_PLAN];
	const model_agreement_t *ag = &c->r->agreement;
	for (size_t i = 0; i < c->r->ndelivery_plans; i++) {
		const model_delivery_plan_t *dp = c->r->delivery_plans[i];
		const model_academic_year_t *y = model_academic_year_find(c->m, dp->year);
		if (y == NULL || date_cmp(y->end, c->today) >= 0)
			continue;
		for (size_t p = 0; p < ag->nparties; p++) {
			money_t agreed = 0;
			for (size_t a = 0; a < dp->nactivities; a++)
				for (size_t k = 0; k < dp->activities[a]->ncontributions; k++)
					if (dp->activities[a]->contributions[k]->party == ag->parties[p])
						agreed += dp->activities[a]->contributions[k]->amount;
			money_t paid = party_paid(c, ag->parties[p], y);
			if (paid < agreed)
				check_report(c, CHECK_MSG_CONTRIBUTION_SHORT, &dp->pos, rule->clause, NULL,
				             ag->parties[p]->short_name ? ag->parties[p]->short_name : ag->parties[p]->id,
				             check_money_text(c, paid), check_money_text(c, agreed), dp->year);
		}
	}
}

/* The latest inspection outcome and direction of travel of a school on a day. */
static void school_standing(check_t *c, const model_member_t *s, date_t on,
                            const model_inspection_t **insp, const model_direction_t **dir)
{
	*insp = NULL;
	*dir = NULL;
	for (size_t i = 0; i < c->r->ninspections; i++) {
		const model_inspection_t *x = c->r->inspections[i];
		if (x->school == s && date_cmp(x->date, on) <= 0
		    && (*insp == NULL || date_cmp((*insp)->date, x->date) < 0))
			*insp = x;
	}
	for (size_t i = 0; i < c->r->ndirections; i++) {
		const model_direction_t *x = c->r->directions[i];
		if (x->school == s && date_cmp(x->date, on) <= 0
		    && (*dir == NULL || date_cmp((*dir)->date, x->date) < 0))
			*dir = x;
	}
}

/* School-to-school support (credits) is drawn from strong schools: judged
 * good or outstanding, and not declining. */
static void donor_schools(check_t *c)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_BROKERAGE];
	if (!rule->present)
		return;
	for (size_t i = 0; i < c->r->ncredits; i++) {
		const model_credit_t *cr = c->r->credits[i];
		const model_inspection_t *insp;
		const model_direction_t *dir;
		if (cr->school == NULL)
			continue;
		school_standing(c, cr->school, cr->date, &insp, &dir);
		char judged[96];
		if (insp && strcmp(insp->outcome, "good") != 0 && strcmp(insp->outcome, "outstanding") != 0)
			snprintf(judged, sizeof judged, "judged %s", check_words_text(c, insp->outcome));
		else if (dir && strcmp(dir->travel, "declining") == 0)
			snprintf(judged, sizeof judged, "whose direction of travel is declining");
		else
			continue;
		check_report(c, CHECK_MSG_DONOR_NOT_STRONG, &cr->pos, rule->clause, NULL, cr->school->name,
		             judged);
	}
}

/* The budget lines against the CEO's decisions spent on them. */
static void spending(check_t *c)
{
	size_t nlines = 0;
	for (size_t i = 0; i < c->r->nbudgets; i++)
		nlines += c->r->budgets[i]->nlines;
	spend_t *lines = xcalloc(nlines + 1, sizeof *lines);
	spend_t *decisions = xcalloc(c->r->nceo_decisions + 1, sizeof *decisions);
	for (size_t i = 0, k = 0; i < c->r->nbudgets; i++)
		for (size_t j = 0; j < c->r->budgets[i]->nlines; j++)
			lines[k++].key = c->r->budgets[i]->lines[j];
	for (size_t i = 0; i < c->r->nceo_decisions; i++)
		decisions[i].key = c->r->ceo_decisions[i];
	spend_total(c, lines, nlines, decisions, c->r->nceo_decisions);
	spending_under_decisions(c, decisions, c->r->nceo_decisions);
	spending_unratified(c);
	budget_lines(c, lines, nlines);
	free(lines);
	free(decisions);
}

/* Each fund's grants against its total and period. */
static void funds(check_t *c)
{
	for (size_t i = 0; i < c->r->nfunds; i++)
		fund_grants(c, c->r->funds[i]);
}

const check_family_t check_family_money = {
	.name = "money",
	.duties = (check_duty_fn *const[]){ donor_schools, office_decisions, spending, funds,
	                                    commitments, party_contributions, NULL },
};
