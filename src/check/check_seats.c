/* check_seats: seat composition and terms of office, from each body's <seat>s and
 * <term-of-office> (counts, minimums, per-party nominees, nominating bodies, people
 * in two seats at once, terms expired or over the maximum, renewals). */
#include <stdio.h>
#include <string.h>

#include "check_internal.h"

static int body_alive(const model_body_t *b, date_t on)
{
	return (!date_is_set(b->from) || date_cmp(b->from, on) <= 0)
	       && (!date_is_set(b->to) || date_cmp(on, b->to) <= 0);
}

/* Holders of seat s on day `on`, optionally only those nominated by org. */
static unsigned seat_holders(const model_body_t *b, const model_seat_t *s, date_t on,
                             const model_member_t *org)
{
	unsigned n = 0;
	for (size_t i = 0; i < b->nholdings; i++) {
		const model_holding_t *h = b->holdings[i];
		if (h->seat == s && model_holding_active(h, on) && (org == NULL || h->nominated_by == org))
			n++;
	}
	return n;
}

static void seats_per_party(check_t *c, const model_body_t *b, const model_seat_t *s)
{
	const model_agreement_t *ag = &c->r->agreement;
	for (size_t i = 0; i < ag->nparties; i++) {
		const model_party_t *p = ag->parties[i];
		if (p->org == NULL)
			continue;
		unsigned held = seat_holders(b, s, c->today, p->org);
		if (held != s->count)
			check_report(c, CHECK_MSG_SEAT_PARTY_NOMINEES, &s->pos, s->clause, b->clause,
			             s->role, b->name, p->short_name ? p->short_name : p->id,
			             check_count_text(c, held, "nominee", "nominees"), s->count);
	}
}

static void seat_composition(check_t *c, const model_body_t *b, const model_seat_t *s)
{
	if (s->per && strcmp(s->per, "party") == 0 && c->r->agreement.nparties > 0) {
		seats_per_party(c, b, s);
		return;
	}
	unsigned held = seat_holders(b, s, c->today, NULL);
	if (s->is_min && held < s->count)
		check_report(c, CHECK_MSG_SEAT_BELOW_MINIMUM, &s->pos, s->clause, b->clause,
		             s->role, b->name, check_count_text(c, held, "member", "members"), s->count);
	else if (!s->is_min && held < s->count)
		check_report(c, CHECK_MSG_SEAT_VACANT, &s->pos, s->clause, b->clause,
		             s->role, b->name, held, check_count_text(c, s->count, "place", "places"));
	else if (!s->is_min && held > s->count)
		check_report(c, CHECK_MSG_SEAT_OVERFILLED, &s->pos, s->clause, b->clause,
		             s->role, b->name, held, held - s->count);
}

static void seats_body(check_t *c, const model_body_t *b)
{
	if (!body_alive(b, c->today))
		return;
	for (size_t i = 0; i < b->nseats; i++)
		seat_composition(c, b, b->seats[i]);
}

static const char *member_text(const model_member_t *o)
{
	return o->short_name ? o->short_name : o->name;
}

static void holding_nominator(check_t *c, const model_holding_t *h)
{
	const model_seat_t *s = h->seat;
	if (s == NULL || s->nominated_by == NULL)
		return;
	if (h->nominated_by == NULL)
		check_report(c, CHECK_MSG_SEAT_NOMINATOR_UNRECORDED, &h->pos, s->clause, h->body->clause,
		             h->person->name, s->role, h->body->name, member_text(s->nominated_by));
	else if (h->nominated_by != s->nominated_by)
		check_report(c, CHECK_MSG_SEAT_WRONG_NOMINATOR, &h->pos, s->clause, h->body->clause,
		             h->person->name, s->role, h->body->name, member_text(h->nominated_by),
		             member_text(s->nominated_by));
}

static int holdings_overlap(const model_holding_t *a, const model_holding_t *b)
{
	int a_ends_before = date_is_set(a->to) && date_cmp(a->to, b->from) < 0;
	int b_ends_before = date_is_set(b->to) && date_cmp(b->to, a->from) < 0;
	return !a_ends_before && !b_ends_before;
}

static date_t later_of(date_t a, date_t b)
{
	return date_cmp(a, b) < 0 ? b : a;
}

/* A person in two seats of one body at once; reported at the later holding. */
static void holding_twice(check_t *c, const model_person_t *p, size_t i)
{
	const model_holding_t *h = p->holdings[i];
	for (size_t j = 0; j < i; j++) {
		const model_holding_t *o = p->holdings[j];
		if (o->body != h->body || !holdings_overlap(o, h))
			continue;
		check_report(c, CHECK_MSG_SEAT_HELD_TWICE, &h->pos, h->seat ? h->seat->clause : NULL,
		             h->body->clause, p->name, h->body->name, o->seat ? o->seat->role : o->seat_id,
		             h->seat ? h->seat->role : h->seat_id,
		             check_date_text(c, later_of(o->from, h->from)));
		return;
	}
}

/* The last day of a term of `years` starting on from. */
static date_t term_last_day(date_t from, unsigned years)
{
	date_t end = date_add_months(from, (int)years * 12);
	return date_from_days(date_to_days(end) - 1);
}

static void holding_term(check_t *c, const model_person_t *p, size_t i)
{
	const model_holding_t *h = p->holdings[i];
	const model_body_t *b = h->body;
	if (b->term_years == 0)
		return;
	date_t last = term_last_day(h->from, b->term_years);
	const char *years = check_count_text(c, b->term_years, "year", "years");
	if (date_is_set(h->to) && date_cmp(h->to, last) > 0)
		check_report(c, CHECK_MSG_TERM_TOO_LONG, &h->pos, b->term_clause, b->clause, p->name,
		             b->name, check_date_text(c, h->from), check_date_text(c, h->to), years);
	else if (!date_is_set(h->to) && date_cmp(last, c->today) < 0 && check_body_active(c, b, c->today))
		check_report(c, CHECK_MSG_TERM_EXPIRED, &h->pos, b->term_clause, b->clause, p->name,
		             b->name, check_date_text(c, h->from), check_date_text(c, last), years);
	if (b->re_electable)
		return;
	for (size_t j = 0; j < p->nholdings; j++) {
		const model_holding_t *o = p->holdings[j];
		if (j != i && o->body == b && date_cmp(o->from, h->from) < 0) {
			check_report(c, CHECK_MSG_TERM_RENEWED, &h->pos, b->term_clause, b->clause, p->name,
			             b->name, check_date_text(c, h->from));
			return;
		}
	}
}

static void seats_person(check_t *c, const model_person_t *p)
{
	for (size_t i = 0; i < p->nholdings; i++) {
		if (p->holdings[i]->body == NULL)
			continue;
		holding_nominator(c, p->holdings[i]);
		holding_twice(c, p, i);
		holding_term(c, p, i);
	}
}

/* "six groupings of primary schools": bodies of a kind (and phase). */
static void body_counts(check_t *c)
{
	for (size_t i = 0; i < c->r->nbody_counts; i++) {
		const model_body_count_t *bc = c->r->body_counts[i];
		unsigned found = 0;
		for (size_t j = 0; j < c->r->nbodies; j++) {
			const model_body_t *b = c->r->bodies[j];
			found += b->kind == bc->kind && check_body_active(c, b, c->today)
			         && (bc->phase == NULL || (b->phase && strcmp(b->phase, bc->phase) == 0));
		}
		if (found == bc->count)
			continue;
		char what[96];
		snprintf(what, sizeof what, "%s%s%s%s%s", check_words_text(c, model_body_kind_names[bc->kind]),
		         bc->count == 1 ? "" : "s", bc->phase ? " (" : "", bc->phase ? bc->phase : "",
		         bc->phase ? ")" : "");
		check_report(c, CHECK_MSG_BODY_COUNT, &bc->pos, bc->clause, NULL, bc->count, what, found);
	}
}

static void offices_filled(check_t *c)
{
	for (size_t i = 0; i < c->r->noffice_rules; i++) {
		const model_office_rule_t *o = c->r->office_rules[i];
		if (o->body && !check_body_active(c, o->body, c->today))
			continue;
		if (model_office_holder(c->m, o->title, o->body, c->today))
			continue;
		char what[128];
		snprintf(what, sizeof what, "%s%s%s", check_office_text(o->title),
		         o->body ? " of the " : "", o->body ? o->body->name : "");
		check_report(c, CHECK_MSG_OFFICE_VACANT, &o->pos, o->clause, NULL, what);
	}
}

const check_family_t check_family_seats = {
	.name = "seats",
	.duties = (check_duty_fn *const[]){ body_counts, offices_filled, NULL },
	.body = seats_body,
	.person = seats_person,
};
