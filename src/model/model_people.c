/* model_people_read: members.xml and people.xml into the model (see internal.h). */
#include <stdio.h>
#include <string.h>

#include "internal.h"

static void build_school_child(model_ctx_t *c, model_member_t *s, xmlNode *e)
{
	if (model_xml_is(e, "subscription")) {
		ARENA_PUSH(c->a, s->subscriptions, s->nsubscriptions,
		           model_ctx_record(c, e, &model_record_subscription));
	} else if (model_xml_is(e, "mou")) {
		ARENA_PUSH(c->a, s->mous, s->nmous, model_ctx_record(c, e, &model_record_mou));
	} else if (model_xml_is(e, "withdrawal")) {
		if (s->has_withdrawal)
			model_ctx_report(c, e, MODEL_MSG_WITHDRAWAL_TWICE, s->id);
		s->has_withdrawal = 1;
		s->withdrawal_pos = model_ctx_pos(c, e);
		s->withdrawal_notice = model_attr_date(c, e, "notice");
		s->withdrawal_effective = model_attr_date(c, e, "effective");
		model_ctx_check_span(c, e, s->withdrawal_notice, s->withdrawal_effective, "notice", "effective");
	}
}

static void build_member(model_ctx_t *c, xmlNode *n)
{
	int school = model_xml_is(n, "school");
	model_member_t *s = model_ctx_record(c, n, school ? &model_record_school : &model_record_organisation);
	s->kind = school ? MODEL_MEMBER_SCHOOL : MODEL_MEMBER_ORGANISATION;
	model_ctx_check_span(c, n, s->joined, s->left, "joined", "left");
	if (s->urn) {
		const model_pos_t *first = idmap_put(c->m->ids[MODEL_ID_URN], s->urn, s, s->pos);
		if (first)
			model_ctx_report(c, n, MODEL_MSG_DUPLICATE_URN, s->urn, first->file, first->line,
			           first->col);
	}
	if (school)
		MODEL_FOR_ELEMS(e, n)
			build_school_child(c, s, e);
	ARENA_PUSH(c->a, c->m->r.members, c->m->r.nmembers, s);
}

/* <review year>: the register of an annual review, one <return> per
 * member that answered (a member answers once). */
static void build_review(model_ctx_t *c, xmlNode *n)
{
	model_review_t *rv = model_ctx_record(c, n, &model_record_review);
	for (size_t i = 0; rv->year && i < c->m->r.nreviews; i++)
		if (strcmp(c->m->r.reviews[i]->year, rv->year) == 0)
			model_ctx_report(c, n, MODEL_MSG_REGISTER_TWICE, rv->year, c->m->r.reviews[i]->pos.line);
	MODEL_FOR_ELEMS(e, n) {
		model_return_t *ret = model_ctx_record(c, e, &model_record_return);
		ret->remain = ret->choice && strcmp(ret->choice, "remain") == 0;
		ret->review = rv;
		for (size_t i = 0; i < rv->nreturns; i++)
			if (strcmp(rv->returns[i]->member_id, ret->member_id) == 0)
				model_ctx_report(c, e, MODEL_MSG_RETURN_TWICE, ret->member_id,
				           rv->year ? rv->year : "", rv->returns[i]->pos.line);
		ARENA_PUSH(c->a, rv->returns, rv->nreturns, ret);
	}
	ARENA_PUSH(c->a, c->m->r.reviews, c->m->r.nreviews, rv);
}

void model_members_read(model_ctx_t *c, xmlNode *root)
{
	MODEL_FOR_ELEMS(e, root) {
		if (model_xml_is(e, "review"))
			build_review(c, e);
		else
			build_member(c, e);
	}
}

static void build_holding(model_ctx_t *c, model_person_t *p, xmlNode *e)
{
	model_holding_t *h = model_ctx_record(c, e, &model_record_holding);
	h->person = p;
	model_ctx_check_span(c, e, h->from, h->to, "from", "to");
	ARENA_PUSH(c->a, p->holdings, p->nholdings, h);
}

static void build_office(model_ctx_t *c, model_person_t *p, xmlNode *e)
{
	model_office_t *o = model_ctx_record(c, e, &model_record_office);
	o->person = p;
	model_ctx_check_span(c, e, o->from, o->to, "from", "to");
	ARENA_PUSH(c->a, p->offices, p->noffices, o);
}

void model_people_read(model_ctx_t *c, xmlNode *root)
{
	MODEL_FOR_ELEMS(n, root) {
		model_person_t *p = model_ctx_record(c, n, &model_record_person);
		MODEL_FOR_ELEMS(e, n) {
			if (model_xml_is(e, "seat")) {
				build_holding(c, p, e);
			} else if (model_xml_is(e, "office")) {
				build_office(c, p, e);
			} else if (model_xml_is(e, "interest")) {
				ARENA_PUSH(c->a, p->interests, p->ninterests,
				           model_ctx_record(c, e, &model_record_interest));
			}
		}
		ARENA_PUSH(c->a, c->m->r.people, c->m->r.npeople, p);
	}
}
