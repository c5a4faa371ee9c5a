/* model_people: members.xml and people.xml into the model, as the tables
 * model_members_records and model_people_records say (see internal.h). */
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* A withdrawal is no record of its own: the school's notice to leave. */
static void build_withdrawal(model_ctx_t *c, model_member_t *s, xmlNode *e)
{
	if (s->has_withdrawal)
		model_ctx_report(c, e, MODEL_MSG_WITHDRAWAL_TWICE, s->id);
	s->has_withdrawal = 1;
	s->withdrawal_pos = model_ctx_pos(c, e);
	s->withdrawal_notice = model_attr_date(c, e, "notice");
	s->withdrawal_effective = model_attr_date(c, e, "effective");
	model_ctx_check_span(c, e, s->withdrawal_notice, s->withdrawal_effective, "notice", "effective");
}

static void build_member(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	static const model_child_t school_children[] = {
		MODEL_CHILD(&model_record_subscription, model_member_t, subscriptions, NULL),
		MODEL_CHILD(&model_record_mou, model_member_t, mous, NULL),
	};
	model_member_t *s = obj;
	int school = model_xml_is(n, "school");
	(void)parent;
	s->kind = school ? MODEL_MEMBER_SCHOOL : MODEL_MEMBER_ORGANISATION;
	if (s->urn) {
		const model_pos_t *first = idmap_put(c->m->ids[MODEL_ID_URN], s->urn, s, s->pos);
		if (first)
			model_ctx_report(c, n, MODEL_MSG_DUPLICATE_URN, s->urn, first->file, first->line,
			           first->col);
	}
	if (!school)
		return;
	MODEL_FOR_ELEMS(e, n)
		if (model_ctx_child(c, e, s, MODEL_ROWS(school_children)) == NULL
		    && model_xml_is(e, "withdrawal"))
			build_withdrawal(c, s, e);
}

/* A <return> of a review: a member answers a review once. */
static void build_return(model_ctx_t *c, xmlNode *e, void *obj, void *parent)
{
	model_return_t *ret = obj;
	model_review_t *rv = parent;
	ret->remain = ret->choice && strcmp(ret->choice, "remain") == 0;
	for (size_t i = 0; i < rv->nreturns; i++)
		if (strcmp(rv->returns[i]->member_id, ret->member_id) == 0)
			model_ctx_report(c, e, MODEL_MSG_RETURN_TWICE, ret->member_id,
			           rv->year ? rv->year : "", rv->returns[i]->pos.line);
}

/* <review year>: the register of an annual review, one <return> per
 * member that answered. */
static void build_review(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	static const model_child_t returns[] = {
		MODEL_CHILD_UP(&model_record_return, model_review_t, returns, model_return_t, review,
		               build_return),
	};
	model_review_t *rv = obj;
	const model_records_t *r = parent;
	for (size_t i = 0; rv->year && i < r->nreviews; i++)
		if (strcmp(r->reviews[i]->year, rv->year) == 0)
			model_ctx_report(c, n, MODEL_MSG_REGISTER_TWICE, rv->year, r->reviews[i]->pos.line);
	model_ctx_children(c, n, rv, MODEL_ROWS(returns));
}

static const model_child_t members[] = {
	MODEL_CHILD(&model_record_review, model_records_t, reviews, build_review),
	MODEL_CHILD(&model_record_school, model_records_t, members, build_member),
	MODEL_CHILD(&model_record_organisation, model_records_t, members, build_member),
};
const model_file_records_t model_members_records = { MODEL_ROWS(members) };

static void build_person(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	static const model_child_t person_children[] = {
		MODEL_CHILD_UP(&model_record_holding, model_person_t, holdings, model_holding_t, person, NULL),
		MODEL_CHILD_UP(&model_record_office, model_person_t, offices, model_office_t, person, NULL),
		MODEL_CHILD(&model_record_interest, model_person_t, interests, NULL),
	};
	(void)parent;
	model_ctx_children(c, n, obj, MODEL_ROWS(person_children));
}

static const model_child_t people[] = {
	MODEL_CHILD(&model_record_person, model_records_t, people, build_person),
};
const model_file_records_t model_people_records = { MODEL_ROWS(people) };
