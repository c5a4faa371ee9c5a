/* check_pattern: each body's <meets> rules (at least N per half-term, term or
 * year, optionally in one term; before or after another body's meetings),
 * special meetings stating their reason, and meetings whose status is stale. */
#include <stdio.h>
#include <stdlib.h>

#include "check_internal.h"

static const char *per_text(model_period_t per)
{
	switch (per) {
	case MODEL_PERIOD_HALF_TERM: return "half-term";
	case MODEL_PERIOD_TERM: return "term";
	default: return "year";
	}
}

/* Windows to count in: the periods, or for "once a year in the summer
 * term" the terms of that season. */
static size_t meets_windows(check_t *c, const model_meets_t *r, check_window_t **w)
{
	model_period_t per = r->per;
	if (r->in_term != MODEL_SEASON_NONE && per == MODEL_PERIOD_YEAR)
		per = MODEL_PERIOD_TERM;
	size_t n = check_windows(c->r, per, w), k = 0;
	for (size_t i = 0; i < n; i++)
		if (r->in_term == MODEL_SEASON_NONE || (*w)[i].season == r->in_term)
			(*w)[k++] = (*w)[i];
	return k;
}

static void meets_at_least(check_t *c, const model_body_t *b, const model_meets_t *r)
{
	check_window_t *w;
	size_t n = meets_windows(c, r, &w);
	char per[64];
	snprintf(per, sizeof per, "%s%s%s%s", per_text(r->per),
	         r->in_term ? ", in the " : "", r->in_term ? model_season_names[r->in_term] : "",
	         r->in_term ? " term" : "");
	for (size_t i = 0; i < n; i++) {
		if (!check_window_due(&w[i], c->today, check_body_from(c, b), b->to))
			continue;
		unsigned held = check_meetings_between(b, w[i].start, w[i].end);
		if (held < r->at_least)
			check_report(c, CHECK_MSG_TOO_FEW_MEETINGS, &r->pos, r->clause, b->clause, b->name,
			             check_meetings_text(c, held), w[i].label, r->at_least, per);
	}
	free(w);
}

static date_t days_from(date_t d, long n)
{
	return date_from_days(date_to_days(d) + n);
}

/* Each full meeting of the other body is preceded by one of this body:
 * since the other's previous full meeting, and within the days given. */
static void meets_before(check_t *c, const model_body_t *b, const model_meets_t *r)
{
	const model_body_t *o = r->other;
	for (size_t i = 0; i < o->nmeetings; i++) {
		const model_meeting_t *x = o->meetings[i];
		if (!check_meeting_full(x) || date_cmp(x->date, c->today) > 0
		    || !check_body_active(c, b, x->date))
			continue;
		/* A meeting on the day of the previous one served that one. */
		const model_meeting_t *prev = check_meeting_prev_full(o, x->date);
		date_t lo = prev ? days_from(prev->date, 1) : (date_t){ 1900, 1, 1 };
		if (r->within_days && date_cmp(lo, days_from(x->date, -(long)r->within_days)) < 0)
			lo = days_from(x->date, -(long)r->within_days);
		if (check_meetings_between(b, lo, x->date) == 0)
			check_report(c, CHECK_MSG_NO_MEETING_BEFORE, &x->pos, r->clause, b->clause,
			             check_meeting_text(c, b), check_date_text(c, lo), check_meeting_text(c, o),
			             check_date_text(c, x->date));
	}
}

/* Each full meeting of the other body is followed by one of this body,
 * before the other's next full meeting and within the days given; judged
 * once that time is over. */
static void meets_after(check_t *c, const model_body_t *b, const model_meets_t *r)
{
	const model_body_t *o = r->other;
	for (size_t i = 0; i < o->nmeetings; i++) {
		const model_meeting_t *x = o->meetings[i];
		if (!check_meeting_full(x) || !check_body_active(c, b, x->date))
			continue;
		/* A meeting on the day of the next one serves that one. */
		const model_meeting_t *next = check_meeting_next_full(o, x->date);
		date_t hi = next ? days_from(next->date, -1) : DATE_NONE;
		if (r->within_days) {
			date_t lim = days_from(x->date, (long)r->within_days);
			if (!date_is_set(hi) || date_cmp(lim, hi) < 0)
				hi = lim;
		}
		if (!date_is_set(hi) || date_cmp(hi, c->today) >= 0)
			continue;
		if (check_meetings_between(b, x->date, hi) == 0)
			check_report(c, CHECK_MSG_NO_MEETING_AFTER, &x->pos, r->clause, b->clause,
			             check_meeting_text(c, b), check_meeting_text(c, o),
			             check_date_text(c, x->date), check_date_text(c, hi));
	}
}

static void pattern_body(check_t *c, const model_body_t *b)
{
	for (size_t i = 0; i < b->nmeets; i++) {
		const model_meets_t *r = b->meets[i];
		if (r->relative == MODEL_RELATIVE_BEFORE && r->other)
			meets_before(c, b, r);
		else if (r->relative == MODEL_RELATIVE_AFTER && r->other)
			meets_after(c, b, r);
		else if (r->at_least > 0)
			meets_at_least(c, b, r);
	}
}

/* The term a date belongs to, holidays counting with the term before them. */
static const model_term_t *term_of(const model_meeting_t *mt)
{
	const model_term_t *t = NULL;
	for (size_t i = 0; mt->year && i < mt->year->nterms; i++)
		if (date_cmp(mt->year->terms[i]->start, mt->date) <= 0)
			t = mt->year->terms[i];
	return t ? t : mt->year && mt->year->nterms ? mt->year->terms[0] : NULL;
}

static void meeting_in_term(check_t *c, const model_meeting_t *mt)
{
	const model_body_t *b = mt->body;
	for (size_t i = 0; i < b->nmeets; i++) {
		const model_meets_t *r = b->meets[i];
		const model_term_t *t = term_of(mt);
		if (r->in_term == MODEL_SEASON_NONE || t == NULL || t->season == r->in_term)
			continue;
		check_report(c, CHECK_MSG_MEETING_WRONG_TERM, &mt->pos, r->clause, b->clause, b->name,
		             check_date_text(c, mt->date), t->name, model_season_names[r->in_term]);
	}
}

static void pattern_meeting(check_t *c, const model_meeting_t *mt)
{
	if (mt->body == NULL)
		return;
	const model_rule_t *special = &c->r->rules[MODEL_RULE_SPECIAL_MEETINGS];
	const model_rule_t *minutes = &c->r->rules[MODEL_RULE_MINUTES];
	int past = date_cmp(mt->date, c->today) < 0;
	if (mt->status == MODEL_MEETING_SCHEDULED && past)
		check_report(c, CHECK_MSG_MEETING_STILL_SCHEDULED, &mt->pos, minutes->clause, NULL,
		             check_meeting_text(c, mt->body), check_date_text(c, mt->date));
	if (mt->status == MODEL_MEETING_HELD && date_cmp(mt->date, c->today) > 0)
		check_report(c, CHECK_MSG_MEETING_HELD_IN_FUTURE, &mt->pos, minutes->clause, NULL,
		             check_meeting_text(c, mt->body), check_date_text(c, mt->date),
		             check_date_text(c, c->today));
	if (!check_meeting_held(mt))
		return;
	if (special->present && mt->kind == MODEL_MEETING_SPECIAL && (mt->reason == NULL || !*mt->reason))
		check_report(c, CHECK_MSG_SPECIAL_NO_REASON, &mt->pos, special->clause, NULL, mt->body->name);
	meeting_in_term(c, mt);
}

const check_family_t check_family_pattern = {
	.name = "pattern",
	.body = pattern_body,
	.meeting = pattern_meeting,
};
