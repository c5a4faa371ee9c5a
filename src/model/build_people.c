/* build_people: members.xml and people.xml into the model (see internal.h). */
#include <stdio.h>
#include <string.h>

#include "internal.h"

static void build_school_child(model_ctx_t *c, model_member_t *s, xmlNode *e)
{
	if (xml_is(e, "subscription")) {
		model_subscription_t *sub = ctx_new(c, sizeof *sub);
		sub->pos = ctx_pos(c, e);
		sub->year = attr_year(c, e, "year");
		sub->amount = attr_money(c, e, "amount", NULL);
		sub->paid = attr_date(c, e, "paid");
		ARENA_PUSH(c->a, s->subscriptions, s->nsubscriptions, sub);
	} else if (xml_is(e, "mou")) {
		model_mou_t *mou = ctx_new(c, sizeof *mou);
		mou->pos = ctx_pos(c, e);
		mou->signed_on = attr_date(c, e, "signed");
		mou->signatory_id = attr_str(c, e, "signatory");
		mou->signatory_name = attr_str(c, e, "signatory-name");
		mou->position = attr_str(c, e, "position");
		ctx_ref(c, ID_PERSON, mou->signatory_id, &mou->signatory, e, "signatory");
		ARENA_PUSH(c->a, s->mous, s->nmous, mou);
	} else if (xml_is(e, "review")) {
		model_review_t *rv = ctx_new(c, sizeof *rv);
		rv->pos = ctx_pos(c, e);
		rv->year = (int)attr_uint(c, e, "year");
		rv->date = attr_date(c, e, "date");
		rv->remain = strcmp(attr_raw(e, "choice") ? attr_raw(e, "choice") : "", "remain") == 0;
		ARENA_PUSH(c->a, s->reviews, s->nreviews, rv);
	} else if (xml_is(e, "withdrawal")) {
		if (s->has_withdrawal)
			ctx_error(c, e, "school '%s' has two withdrawals; keep one", s->id);
		s->has_withdrawal = 1;
		s->withdrawal_pos = ctx_pos(c, e);
		s->withdrawal_notice = attr_date(c, e, "notice");
		s->withdrawal_effective = attr_date(c, e, "effective");
		ctx_check_span(c, e, s->withdrawal_notice, s->withdrawal_effective, "notice", "effective");
	}
}

static void build_member(model_ctx_t *c, xmlNode *n)
{
	model_member_t *s = ctx_new(c, sizeof *s);
	s->pos = ctx_pos(c, n);
	s->kind = xml_is(n, "school") ? MODEL_MEMBER_SCHOOL : MODEL_MEMBER_ORGANISATION;
	s->id = attr_str(c, n, "id");
	s->name = attr_str(c, n, "name");
	s->short_name = attr_str(c, n, "short");
	s->joined = attr_date(c, n, "joined");
	s->left = attr_date(c, n, "left");
	ctx_check_span(c, n, s->joined, s->left, "joined", "left");
	ctx_define(c, ID_MEMBER, s->id, s, n);
	if (s->kind == MODEL_MEMBER_ORGANISATION) {
		s->org_kind = attr_str(c, n, "kind");
	} else {
		s->urn = attr_str(c, n, "urn");
		s->phase = attr_str(c, n, "phase");
		s->type = attr_str(c, n, "type");
		s->grouping_id = attr_str(c, n, "grouping");
		s->teaching_school = attr_yesno(n, "teaching-school", 0);
		s->pupils = attr_uint(c, n, "pupils");
		s->headteacher_id = attr_str(c, n, "headteacher");
		s->chair_id = attr_str(c, n, "chair-of-governors");
		s->address = attr_str(c, n, "address");
		if (s->urn) {
			const model_pos_t *first = idmap_put(c->m->ids[ID_URN], s->urn, s, s->pos);
			if (first)
				ctx_error(c, n, "URN %s is already used at %s:%u:%u; each school has "
				          "its own URN", s->urn, first->file, first->line, first->col);
		}
		ctx_ref(c, ID_BODY, s->grouping_id, &s->grouping, n, "grouping");
		ctx_ref(c, ID_PERSON, s->headteacher_id, &s->headteacher, n, "headteacher");
		ctx_ref(c, ID_PERSON, s->chair_id, &s->chair, n, "chair-of-governors");
		FOR_ELEMS(e, n)
			build_school_child(c, s, e);
	}
	ARENA_PUSH(c->a, c->m->r.members, c->m->r.nmembers, s);
}

void build_members(model_ctx_t *c, xmlNode *root)
{
	FOR_ELEMS(e, root)
		build_member(c, e);
}

static void build_holding(model_ctx_t *c, model_person_t *p, xmlNode *e)
{
	model_holding_t *h = ctx_new(c, sizeof *h);
	h->pos = ctx_pos(c, e);
	h->person = p;
	h->body_id = attr_str(c, e, "body");
	h->seat_id = attr_str(c, e, "seat");
	h->nominated_by_id = attr_str(c, e, "nominated-by");
	h->from = attr_date(c, e, "from");
	h->to = attr_date(c, e, "to");
	ctx_check_span(c, e, h->from, h->to, "from", "to");
	ctx_ref(c, ID_BODY, h->body_id, &h->body, e, "body");
	ctx_ref(c, ID_MEMBER, h->nominated_by_id, &h->nominated_by, e, "nominated-by");
	ARENA_PUSH(c->a, p->holdings, p->nholdings, h);
}

static void build_office(model_ctx_t *c, model_person_t *p, xmlNode *e)
{
	model_office_t *o = ctx_new(c, sizeof *o);
	o->pos = ctx_pos(c, e);
	o->person = p;
	o->title = attr_str(c, e, "title");
	o->body_id = attr_str(c, e, "body");
	o->from = attr_date(c, e, "from");
	o->to = attr_date(c, e, "to");
	ctx_check_span(c, e, o->from, o->to, "from", "to");
	ctx_ref(c, ID_BODY, o->body_id, &o->body, e, "body");
	ARENA_PUSH(c->a, p->offices, p->noffices, o);
}

void build_people(model_ctx_t *c, xmlNode *root)
{
	FOR_ELEMS(n, root) {
		model_person_t *p = ctx_new(c, sizeof *p);
		p->pos = ctx_pos(c, n);
		p->id = attr_str(c, n, "id");
		p->name = attr_str(c, n, "name");
		p->title = attr_str(c, n, "title");
		p->org_id = attr_str(c, n, "org");
		p->job = attr_str(c, n, "job");
		p->email = attr_str(c, n, "email");
		ctx_define(c, ID_PERSON, p->id, p, n);
		ctx_ref(c, ID_MEMBER, p->org_id, &p->org, n, "org");
		FOR_ELEMS(e, n) {
			if (xml_is(e, "seat")) {
				build_holding(c, p, e);
			} else if (xml_is(e, "office")) {
				build_office(c, p, e);
			} else if (xml_is(e, "interest")) {
				model_interest_t *i = ctx_new(c, sizeof *i);
				i->pos = ctx_pos(c, e);
				i->declared = attr_date(c, e, "declared");
				i->text = node_text(c, e);
				ARENA_PUSH(c->a, p->interests, p->ninterests, i);
			}
		}
		ARENA_PUSH(c->a, c->m->r.people, c->m->r.npeople, p);
	}
}
