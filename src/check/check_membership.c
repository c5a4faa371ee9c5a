/* check_membership: member schools against <membership>, <withdrawal-notice> and
 * <annual-review> — subscriptions paid, the agreement signed, notice to withdraw,
 * returns to the annual review (notice in time, none outstanding after the
 * return date) — and schools in the grouping for their phase. */
#include <stdio.h>
#include <string.h>

#include "../util/xalloc.h"
#include "check_internal.h"

/* The grouping (a body with a phase) for a phase, NULL when none. */
static const model_body_t *grouping_for(check_t *c, const char *phase)
{
	for (size_t i = 0; phase && i < c->r->nbodies; i++) {
		const model_body_t *b = c->r->bodies[i];
		if (b->kind == MODEL_BODY_GROUPING && b->phase && strcmp(b->phase, phase) == 0)
			return b;
	}
	return NULL;
}

static void school_grouping(check_t *c, const model_member_t *s)
{
	const model_body_t *g = s->grouping;
	if (g == NULL) {
		const model_body_t *want = grouping_for(c, s->phase);
		if (want)
			check_report(c, CHECK_MSG_SCHOOL_NO_GROUPING, &s->pos, want->clause, NULL, s->name,
			             s->phase, want->name);
	} else if (g->phase && s->phase && strcmp(g->phase, s->phase) != 0) {
		check_report(c, CHECK_MSG_SCHOOL_WRONG_GROUPING, &s->pos, g->clause, NULL, s->name,
		             s->phase, g->name, g->phase);
	}
}

/* Notes, per financial year, whether the records hold any school's
 * subscription for it: years they do not cover are not judged. */
static void subscriptions_recorded(check_t *c)
{
	c->fy_subscriptions = xcalloc(c->r->nfys + 1, 1);
	for (size_t i = 0; i < c->r->nmembers; i++)
		for (size_t j = 0; j < c->r->members[i]->nsubscriptions; j++)
			for (size_t y = 0; y < c->r->nfys; y++)
				if (strcmp(c->r->members[i]->subscriptions[j]->year, c->r->fys[y]->id) == 0)
					c->fy_subscriptions[y] = 1;
}

static void school_subscriptions(check_t *c, const model_member_t *s, const model_rule_t *rule)
{
	for (size_t y = 0; y < c->r->nfys; y++) {
		const model_financial_year_t *fy = c->r->fys[y];
		if (date_cmp(fy->start, c->today) > 0 || !check_school_enrolled(s, fy->start, fy->end)
		    || !c->fy_subscriptions[y])
			continue;
		const model_subscription_t *sub = NULL;
		for (size_t i = 0; i < s->nsubscriptions; i++)
			if (strcmp(s->subscriptions[i]->year, fy->id) == 0)
				sub = s->subscriptions[i];
		if (sub && date_is_set(sub->paid))
			continue;
		const model_pos_t *pos = sub ? &sub->pos : &s->pos;
		int over = date_cmp(fy->end, c->today) < 0;
		check_report(c, over ? CHECK_MSG_SUBSCRIPTION_UNPAID : CHECK_MSG_SUBSCRIPTION_DUE, pos,
		             rule->clause, NULL, s->name, fy->id);
	}
}

/* "December 2025": the review of w. */
static const char *review_text(check_t *c, const model_review_dates_t *w)
{
	return check_text_printf(c, "%s %d", date_month_name(w->month), w->year);
}

/* 1 when the withdraw return is dated after the last day for notice. */
static int return_late(const model_t *m, const model_return_t *ret, model_review_dates_t *w)
{
	if (ret->remain || model_review_for_year(m, ret->review->year, w) != 0)
		return 0;
	return w->notice_months && date_is_set(ret->date) && date_cmp(ret->date, w->notice_by) > 0;
}

/* A member's answers to the annual reviews: notice to withdraw in time,
 * and recorded as a withdrawal. */
static void member_returns(check_t *c, const model_member_t *s)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_ANNUAL_REVIEW];
	for (size_t i = 0; i < s->nreturns; i++) {
		const model_return_t *ret = s->returns[i];
		model_review_dates_t w;
		if (ret->remain || model_review_for_year(c->m, ret->review->year, &w) != 0)
			continue;
		if (return_late(c->m, ret, &w))
			check_report(c, CHECK_MSG_REVIEW_WITHDRAW_LATE, &ret->pos, rule->clause,
			             c->r->rules[MODEL_RULE_WITHDRAWAL_NOTICE].clause, s->name,
			             check_date_text(c, ret->date), check_date_text(c, w.current_fy_end),
			             check_date_text(c, w.notice_by), w.notice_months);
		else if (!s->has_withdrawal && !(s->kind == MODEL_MEMBER_ORGANISATION && date_is_set(s->left)))
			check_report(c, CHECK_MSG_REVIEW_WITHDRAW_NO_NOTICE, &ret->pos, rule->clause, NULL,
			             s->name, review_text(c, &w));
	}
}

/* 1 when the school's notice of withdrawal is a late return, which
 * member_returns() reports. */
static int notice_is_late_return(const check_t *c, const model_member_t *s)
{
	for (size_t i = 0; i < s->nreturns; i++) {
		model_review_dates_t w;
		if (date_cmp(s->returns[i]->date, s->withdrawal_notice) == 0
		    && return_late(c->m, s->returns[i], &w))
			return 1;
	}
	return 0;
}

/* After the return date of the latest review: the members it asked that
 * have not returned their form (a few by name, then a count).  A review
 * before the partnership was founded, or in no academic year of the
 * calendar, is not judged. */
static void reviews_outstanding(check_t *c)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_ANNUAL_REVIEW];
	model_review_dates_t w;
	if (model_review_latest(c->m, c->today, &w) != 0 || !date_is_set(w.return_by)
	    || date_cmp(c->today, w.return_by) <= 0 || model_academic_year_at(c->m, w.opens) == NULL
	    || (date_is_set(c->r->founded) && date_cmp(w.opens, c->r->founded) < 0))
		return;
	const unsigned shown = 3;
	unsigned n = 0;
	const model_member_t *more = NULL;
	for (size_t i = 0; i < c->r->nmembers; i++) {
		const model_member_t *s = c->r->members[i];
		if (!model_member_outstanding(c->m, s, &w))
			continue;
		if (n < shown)
			check_report(c, CHECK_MSG_REVIEW_NOT_RETURNED, &s->pos, rule->clause, NULL, s->name,
			             review_text(c, &w), check_date_text(c, w.return_by));
		else if (more == NULL)
			more = s;
		n++;
	}
	if (more)
		check_report(c, CHECK_MSG_REVIEW_NOT_RETURNED_MORE, &more->pos, rule->clause, NULL,
		             review_text(c, &w), n - shown);
}

static void school_withdrawal(check_t *c, const model_member_t *s)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_WITHDRAWAL_NOTICE];
	if (!rule->present)
		return;
	if (s->has_withdrawal && date_is_set(s->withdrawal_notice) && date_is_set(s->withdrawal_effective)) {
		date_t enough = date_add_months(s->withdrawal_notice, (int)rule->months);
		if (date_cmp(s->withdrawal_effective, enough) < 0 && !notice_is_late_return(c, s))
			check_report(c, CHECK_MSG_WITHDRAWAL_SHORT_NOTICE, &s->withdrawal_pos, rule->clause,
			             NULL, s->name, check_date_text(c, s->withdrawal_notice),
			             check_date_text(c, s->withdrawal_effective),
			             check_count_text(c, rule->months, "month", "months"));
		return;
	}
	date_t left = s->has_withdrawal ? s->withdrawal_effective : s->left;
	if (date_is_set(left) && date_cmp(left, c->today) <= 0)
		check_report(c, CHECK_MSG_WITHDRAWAL_WITHOUT_NOTICE,
		             s->has_withdrawal ? &s->withdrawal_pos : &s->pos, rule->clause, NULL, s->name,
		             check_date_text(c, left));
}

static void membership_member(check_t *c, const model_member_t *s)
{
	member_returns(c, s);
	if (s->kind != MODEL_MEMBER_SCHOOL)
		return;
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_MEMBERSHIP];
	school_grouping(c, s);
	if (rule->present && rule->requires_subscription)
		school_subscriptions(c, s, rule);
	if (rule->present && rule->requires_mou && s->nmous == 0
	    && check_school_enrolled(s, c->today, c->today))
		check_report(c, CHECK_MSG_MOU_UNSIGNED, &s->pos, rule->clause, NULL, s->name,
		             c->r->agreement.title);
	school_withdrawal(c, s);
}

static int change_signed_by(const model_change_t *ch, const model_party_t *p)
{
	for (size_t i = 0; i < ch->nsignatures; i++)
		if (ch->signatures[i]->party == p)
			return 1;
	return 0;
}

/* Variations of the agreement are in writing, signed by every party. */
static void variations(check_t *c)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_VARIATION];
	const model_agreement_t *ag = &c->r->agreement;
	if (!rule->present)
		return;
	for (size_t i = 0; i < ag->nchanges; i++)
		for (size_t p = 0; p < ag->nparties; p++)
			if (!change_signed_by(ag->changes[i], ag->parties[p]))
				check_report(c, CHECK_MSG_VARIATION_UNSIGNED, &ag->changes[i]->pos, rule->clause,
				             NULL, ag->changes[i]->title,
				             ag->parties[p]->short_name ? ag->parties[p]->short_name : ag->parties[p]->id);
}

const check_family_t check_family_membership = {
	.name = "membership",
	.duties = (check_duty_fn *const[]){ subscriptions_recorded, variations, reviews_outstanding,
	                                    NULL },
	.member = membership_member,
};
