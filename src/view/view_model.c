/* view_model: the partnership, agreement, bodies, members, people and
 * calendar sections, and the whole document (see view_model.h). */
#include "view_model.h"

#include <stdlib.h>
#include <string.h>

#include "../model/query.h"
#include "../util/xalloc.h"
#include "vxml.h"

static void view_partnership(xmlNode *root, const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(root, "partnership");
	vxml_attr(n, "id", r->id);
	vxml_attr(n, "name", r->name);
	vxml_attr(n, "short-name", r->short_name);
	vxml_attr(n, "legal-form", r->legal_form);
	vxml_attr(n, "company-number", r->company_number);
	vxml_date(n, "founded", r->founded);
	vxml_date(n, "as-of", r->as_of);
	char fy[16];
	snprintf(fy, sizeof fy, "%02u-%02u", (unsigned)r->fy_start_month % 100u, (unsigned)r->fy_start_day % 100u);
	vxml_attr(n, "fy-start", fy);
	if (r->address)
		vxml_text_node(n, "address", r->address);
	if (r->logo || r->primary_colour || r->accent_colour || r->website || r->logo_alt) {
		xmlNode *b = vxml_node(n, "branding");
		vxml_attr(b, "logo", r->logo);
		vxml_attr(b, "logo-alt", r->logo_alt);
		vxml_attr(b, "primary-colour", r->primary_colour);
		vxml_attr(b, "accent-colour", r->accent_colour);
		vxml_attr(b, "website", r->website);
	}
}

static void view_clause(xmlNode *parent, const model_t *m, const model_clause_t *c)
{
	xmlNode *n = vxml_node(parent, "clause");
	char cite[128];
	model_cite(m, c, cite, sizeof cite);
	vxml_attr(n, "num", c->num);
	vxml_attr(n, "cite", c->num ? cite : NULL);
	vxml_attr(n, "title", c->title);
	vxml_uint(n, "depth", c->depth);
	for (size_t i = 0; i < c->content.nblocks; i++) {
		const model_block_t *b = &c->content.blocks[i];
		if (b->kind == MODEL_BLOCK_CLAUSE) {
			view_clause(n, m, b->clause);
		} else {
			model_prose_t one = { (model_block_t *)b, 1 };
			vxml_prose(n, &one);
		}
	}
}

void view_model_agreement(xmlNode *parent, const model_t *m)
{
	const model_agreement_t *ag = &model_records(m)->agreement;
	xmlNode *n = vxml_node(parent, "agreement");
	vxml_attr(n, "title", ag->title);
	vxml_attr(n, "short", ag->short_name);
	vxml_date(n, "date", ag->date);
	vxml_attr(n, "kind", ag->kind);
	vxml_attr(n, "return-to", ag->return_to);
	vxml_attr(n, "return-email", ag->return_email);
	vxml_date(n, "return-by", ag->return_by);
	vxml_uint(n, "clauses", ag->nclauses);
	vxml_prose_node(n, "preamble", &ag->preamble);
	for (size_t i = 0; i < ag->nparties; i++)
		vxml_record(n, m, &model_record_party, ag->parties[i]);
	for (size_t i = 0; i < ag->ntop; i++)
		view_clause(n, m, ag->top[i]);
	vxml_prose_node(n, "closing", &ag->closing);
	for (size_t i = 0; i < ag->nchanges; i++) {
		const model_change_t *ch = ag->changes[i];
		xmlNode *e = vxml_record(n, m, &model_record_change, ch);
		for (size_t j = 0; j < ch->nsignatures; j++)
			vxml_record(e, m, &model_record_signature, ch->signatures[j]);
	}
}

static void view_seat(xmlNode *parent, const model_t *m, const model_body_t *b,
                      const model_seat_t *s)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "seat");
	vxml_attr(n, "id", s->id);
	vxml_attr(n, "role", s->role);
	vxml_uint(n, s->is_min ? "min" : "count", s->count);
	vxml_attr(n, "per", s->per);
	vxml_member(n, "nominated-by", s->nominated_by);
	vxml_yesno(n, "voting", s->voting);
	vxml_clause(n, m, s->clause);
	unsigned held = 0;
	for (size_t i = 0; i < b->nholdings; i++) {
		const model_holding_t *h = b->holdings[i];
		if (h->seat != s)
			continue;
		int active = model_holding_active(h, r->as_of);
		held += (unsigned)active;
		xmlNode *hn = vxml_node(n, "holder");
		vxml_person(hn, "person", h->person);
		vxml_date(hn, "from", h->from);
		vxml_date(hn, "to", h->to);
		vxml_member(hn, "nominated-by", h->nominated_by);
		vxml_yesno(hn, "current", active);
	}
	vxml_uint(n, "held", held);
}

static const char *quorum_text(const model_quorum_t *q, char *buf, size_t size)
{
	switch (q->kind) {
	case MODEL_QUORUM_FRACTION:
		snprintf(buf, size, "%u/%u of the membership", q->numerator, q->denominator);
		break;
	case MODEL_QUORUM_PERCENTAGE:
		if (q->percent_x100 % 100)
			snprintf(buf, size, "%u.%02u%% of the membership", q->percent_x100 / 100,
			         q->percent_x100 % 100);
		else
			snprintf(buf, size, "%u%% of the membership", q->percent_x100 / 100);
		break;
	default:
		snprintf(buf, size, "%u members", q->count);
	}
	return buf;
}

static void view_rules_of_body(xmlNode *n, const model_t *m, const model_body_t *b)
{
	for (size_t i = 0; i < b->nmeets; i++) {
		const model_meets_t *mt = b->meets[i];
		xmlNode *e = vxml_node(n, "meets");
		if (mt->relative == MODEL_RELATIVE_NONE) {
			vxml_uint(e, "at-least", mt->at_least);
			vxml_attr(e, "per", model_period_names[mt->per]);
		} else {
			vxml_attr(e, "relative", model_relative_names[mt->relative]);
			vxml_body(e, "body", mt->other);
			if (mt->within_days)
				vxml_uint(e, "within-days", mt->within_days);
		}
		if (mt->in_term)
			vxml_attr(e, "in-term", model_season_names[mt->in_term]);
		vxml_clause(e, m, mt->clause);
	}
	for (size_t i = 0; i < b->nreports; i++) {
		xmlNode *e = vxml_node(n, "report");
		vxml_attr(e, "paper", b->reports[i]->paper);
		vxml_attr(e, "at", model_report_at_names[b->reports[i]->at]);
		vxml_attr(e, "to", b->reports[i]->to);
		vxml_clause(e, m, b->reports[i]->clause);
	}
	if (b->term_years) {
		xmlNode *e = vxml_node(n, "term-of-office");
		vxml_uint(e, "years", b->term_years);
		vxml_yesno(e, "re-electable", b->re_electable);
		vxml_clause(e, m, b->term_clause);
	}
}

static void view_body(xmlNode *parent, const model_t *m, const model_body_t *b)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_record(parent, m, &model_record_body, b);
	if (!b->members_based)
		vxml_uint(n, "places", model_body_places(m, b));
	unsigned members = model_body_membership(m, b, r->as_of);
	vxml_uint(n, "members", members);
	vxml_uint(n, "meetings", b->nmeetings);
	vxml_prose_node(n, "description", &b->description);
	for (size_t i = 0; i < b->nseats; i++)
		view_seat(n, m, b, b->seats[i]);
	if (b->quorum.kind != MODEL_QUORUM_NONE) {
		static const char *const kinds[] = { "", "fraction", "percentage", "fixed" };
		const model_quorum_t *q = &b->quorum;
		char text[64];
		xmlNode *e = vxml_node(n, "quorum");
		vxml_attr(e, "kind", kinds[q->kind]);
		vxml_attr(e, "rule", quorum_text(q, text, sizeof text));
		vxml_uint(e, "membership", members);
		vxml_uint(e, "quorum", model_quorum_compute(q, members));
		vxml_clause(e, m, q->clause);
	}
	view_rules_of_body(n, m, b);
}

void view_model_bodies(xmlNode *parent, const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "bodies");
	for (size_t i = 0; i < r->nbodies; i++)
		view_body(n, m, r->bodies[i]);
	xmlNode *rules = vxml_node(parent, "rules");
	for (int k = 0; k < MODEL_RULE_COUNT; k++) {
		const model_rule_t *rule = &r->rules[k];
		if (!rule->present)
			continue;
		xmlNode *e = vxml_node(rules, model_rule_names[k]);
		if (k == MODEL_RULE_WITHDRAWAL_NOTICE)
			vxml_uint(e, "months", rule->months);
		if (k == MODEL_RULE_ANNUAL_REVIEW) {
			vxml_uint(e, "month", rule->months);
			vxml_attr(e, "month-name", date_month_name((int)rule->months));
		}
		if (k == MODEL_RULE_ANNUAL_REPORT && rule->months)
			vxml_uint(e, "within-months", rule->months);
		if (k == MODEL_RULE_SPENDING_LIMIT) {
			vxml_attr(e, "office", rule->office);
			vxml_money(e, "amount", rule->amount);
			vxml_body(e, "report-to", rule->report_to);
		}
		if (k == MODEL_RULE_MINUTES)
			vxml_attr(e, "approve-at", rule->next_meeting ? "next-meeting" : "any-later-meeting");
		if (k == MODEL_RULE_MEMBERSHIP) {
			vxml_yesno(e, "requires-subscription", rule->requires_subscription);
			vxml_yesno(e, "requires-mou", rule->requires_mou);
		}
		vxml_clause(e, m, rule->clause);
	}
	for (size_t i = 0; i < r->nbody_counts; i++) {
		const model_body_count_t *bc = r->body_counts[i];
		xmlNode *e = vxml_record(rules, m, &model_record_body_count, bc);
		unsigned found = 0;
		for (size_t j = 0; j < r->nbodies; j++)
			found += r->bodies[j]->kind == bc->kind
			         && (bc->phase == NULL || (r->bodies[j]->phase
			                                   && strcmp(r->bodies[j]->phase, bc->phase) == 0));
		vxml_uint(e, "found", found);
	}
	for (size_t i = 0; i < r->noffice_rules; i++) {
		const model_office_rule_t *o = r->office_rules[i];
		xmlNode *e = vxml_record(rules, m, &model_record_office_rule, o);
		vxml_person(e, "holder", model_office_holder(m, o->title, o->body, r->as_of));
	}
	for (size_t i = 0; i < r->nnotice_rules; i++)
		vxml_record(rules, m, &model_record_notice_rule, r->notice_rules[i]);
	for (size_t i = 0; i < r->nstanding_items; i++)
		vxml_record(rules, m, &model_record_standing_item, r->standing_items[i]);
}

static int by_id(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

static int member_cmp(const void *a, const void *b)
{
	return by_id((*(model_member_t *const *)a)->id, (*(model_member_t *const *)b)->id);
}

static int person_cmp(const void *a, const void *b)
{
	return by_id((*(model_person_t *const *)a)->id, (*(model_person_t *const *)b)->id);
}

/* A sorted copy of a pointer array; the caller frees it. */
static void *sorted(void *const *items, size_t n, int (*cmp)(const void *, const void *))
{
	void **copy = xmalloc((n ? n : 1) * sizeof *copy);
	if (n)
		memcpy(copy, items, n * sizeof *copy);
	qsort(copy, n, sizeof *copy, cmp);
	return copy;
}

static void view_school_records(xmlNode *n, const model_t *m, const model_member_t *s)
{
	for (size_t i = 0; i < s->nsubscriptions; i++)
		vxml_record(n, m, &model_record_subscription, s->subscriptions[i]);
	for (size_t i = 0; i < s->nmous; i++)
		vxml_record(n, m, &model_record_mou, s->mous[i]);
	for (size_t i = 0; i < s->nreturns; i++) {
		xmlNode *e = vxml_record(n, m, &model_record_return, s->returns[i]);
		vxml_attr(e, "review", s->returns[i]->review->year);
	}
	if (s->has_withdrawal) {
		xmlNode *e = vxml_node(n, "withdrawal");
		vxml_date(e, "notice", s->withdrawal_notice);
		vxml_date(e, "effective", s->withdrawal_effective);
	}
}

static void view_member(xmlNode *parent, const model_t *m, const model_member_t *s)
{
	if (s->kind != MODEL_MEMBER_SCHOOL) {
		vxml_record(parent, m, &model_record_organisation, s);
		return;
	}
	xmlNode *n = vxml_record(parent, m, &model_record_school, s);
	vxml_yesno(n, "member", model_school_is_member(m, s, model_records(m)->as_of));
	view_school_records(n, m, s);
}

void view_model_members(xmlNode *parent, const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "members");
	unsigned schools = 0;
	for (size_t i = 0; i < r->nmembers; i++)
		schools += r->members[i]->kind == MODEL_MEMBER_SCHOOL;
	vxml_uint(n, "schools", schools);
	vxml_uint(n, "organisations", r->nmembers - schools);
	vxml_uint(n, "schools-in-membership", model_school_count(m, r->as_of));
	model_member_t **list = sorted((void *const *)r->members, r->nmembers, member_cmp);
	for (size_t i = 0; i < r->nmembers; i++)
		view_member(n, m, list[i]);
	free(list);
}

static void view_person(xmlNode *parent, const model_t *m, const model_person_t *p)
{
	date_t as_of = model_records(m)->as_of;
	xmlNode *n = vxml_record(parent, m, &model_record_person, p);
	for (size_t i = 0; i < p->nholdings; i++) {
		const model_holding_t *h = p->holdings[i];
		xmlNode *e = vxml_record(n, m, &model_record_holding, h);
		if (h->seat)
			vxml_attr(e, "seat-role", h->seat->role);
		vxml_yesno(e, "current", model_holding_active(h, as_of));
	}
	for (size_t i = 0; i < p->noffices; i++)
		vxml_record(n, m, &model_record_office, p->offices[i]);
	for (size_t i = 0; i < p->ninterests; i++)
		vxml_record(n, m, &model_record_interest, p->interests[i]);
}

void view_model_people(xmlNode *parent, const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "people");
	vxml_uint(n, "count", r->npeople);
	model_person_t **list = sorted((void *const *)r->people, r->npeople, person_cmp);
	for (size_t i = 0; i < r->npeople; i++)
		view_person(n, m, list[i]);
	free(list);
}

static void view_span(xmlNode *n, const char *id, date_t start, date_t end)
{
	vxml_attr(n, "id", id);
	vxml_date(n, "start", start);
	vxml_date(n, "end", end);
}

void view_model_calendar(xmlNode *parent, const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "calendar");
	for (size_t i = 0; i < r->nyears; i++) {
		const model_academic_year_t *y = r->years[i];
		xmlNode *yn = vxml_node(n, "academic-year");
		view_span(yn, y->id, y->start, y->end);
		for (size_t j = 0; j < y->nterms; j++) {
			const model_term_t *t = y->terms[j];
			xmlNode *tn = vxml_node(yn, "term");
			view_span(tn, t->id, t->start, t->end);
			vxml_attr(tn, "season", model_season_names[t->season]);
			vxml_attr(tn, "name", t->name);
			for (size_t k = 0; k < t->nhalf_terms; k++)
				view_span(vxml_node(tn, "half-term"), t->half_terms[k]->id,
				          t->half_terms[k]->start, t->half_terms[k]->end);
		}
	}
	for (size_t i = 0; i < r->nfys; i++)
		view_span(vxml_node(n, "financial-year"), r->fys[i]->id, r->fys[i]->start, r->fys[i]->end);
}

xmlDocPtr view_model_build(const model_t *m)
{
	const model_records_t *r = model_records(m);
	xmlNode *root;
	xmlDocPtr doc = vxml_doc_new("lpdoc-model", &root);
	vxml_attr(root, "version", "1");
	vxml_attr(root, "partnership", r->id);
	vxml_date(root, "as-of", r->as_of);
	view_partnership(root, m);
	view_model_agreement(root, m);
	view_model_bodies(root, m);
	view_model_members(root, m);
	view_model_people(root, m);
	view_model_calendar(root, m);
	view_model_meetings(root, m);
	view_model_finance(root, m);
	view_model_performance(root, m);
	view_model_plans(root, m);
	return doc;
}
