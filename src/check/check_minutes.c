/* check_minutes: under the <minutes> rule, every held meeting has minutes,
 * approved at the next (or a later) meeting of its body and signed by its chair;
 * actions have an owner and a due date and are not overdue; approvals name an
 * earlier meeting of the same body.  Under <declarations>, each declaration of
 * interest names an item of its own meeting and someone present. */
#include <string.h>

#include "check_internal.h"

static void minutes_approval(check_t *c, const model_rule_t *rule, const model_meeting_t *mt)
{
	const model_body_t *b = mt->body;
	const model_meeting_t *next = check_meeting_next_full(b, mt->date);
	const char *name = check_meeting_text(c, b);
	/* Only a later meeting of the same body approves (other approvals are
	 * reported at the approving item). */
	const model_meeting_t *at = mt->approved_by ? mt->approved_by->meeting : NULL;
	if (at && (at->body != b || date_cmp(at->date, mt->date) <= 0))
		at = NULL;
	if (at == NULL) {
		if (next == NULL || date_cmp(next->date, c->today) > 0)
			return;
		check_report(c, rule->next_meeting ? CHECK_MSG_MINUTES_NOT_APPROVED : CHECK_MSG_MINUTES_UNAPPROVED,
		             &mt->pos, rule->clause, NULL, name, check_date_text(c, mt->date),
		             check_date_text(c, next->date));
		return;
	}
	if (rule->next_meeting && next && date_cmp(at->date, next->date) > 0)
		check_report(c, CHECK_MSG_MINUTES_APPROVED_LATE, &mt->pos, rule->clause, NULL, name,
		             check_date_text(c, mt->date), check_date_text(c, at->date),
		             check_date_text(c, next->date));
	if (!mt->is_signed) {
		check_report(c, CHECK_MSG_MINUTES_UNSIGNED, &mt->pos, rule->clause, NULL, name,
		             check_date_text(c, mt->date), check_date_text(c, at->date));
		return;
	}
	date_t on = date_is_set(mt->signed_on) ? mt->signed_on : at->date;
	if (date_is_set(mt->signed_on) && date_cmp(mt->signed_on, at->date) < 0)
		check_report(c, CHECK_MSG_MINUTES_SIGNED_EARLY, &mt->signed_pos, rule->clause, NULL,
		             check_date_text(c, mt->signed_on), check_date_text(c, at->date));
	const model_person_t *chair = model_office_holder(c->m, "chair", b, on);
	if (chair && mt->signed_by && mt->signed_by != chair)
		check_report(c, CHECK_MSG_MINUTES_SIGNED_NOT_CHAIR, &mt->signed_pos, rule->clause, NULL,
		             mt->signed_by->name, b->name, check_date_text(c, on), chair->name);
}

static int person_present(const model_meeting_t *mt, const model_person_t *p)
{
	for (size_t i = 0; i < mt->nattendees; i++)
		if (mt->attendees[i]->person == p && mt->attendees[i]->kind == MODEL_ATTEND_PRESENT)
			return 1;
	return 0;
}

static void meeting_declarations(check_t *c, const model_meeting_t *mt)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_DECLARATIONS];
	if (!rule->present)
		return;
	for (size_t i = 0; i < mt->ndeclarations; i++) {
		const model_declaration_t *dc = mt->declarations[i];
		if (dc->person && !person_present(mt, dc->person))
			check_report(c, CHECK_MSG_DECLARATION_NOT_PRESENT, &dc->pos, rule->clause, NULL,
			             dc->person->name);
	}
}

static void minutes_meeting(check_t *c, const model_meeting_t *mt)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_MINUTES];
	if (mt->body == NULL || !check_meeting_held(mt) || date_cmp(mt->date, c->today) > 0)
		return;
	meeting_declarations(c, mt);
	if (!rule->present)
		return;
	if (mt->nitems == 0 && date_cmp(mt->date, c->today) < 0)
		check_report(c, CHECK_MSG_MINUTES_MISSING, &mt->pos, rule->clause, NULL,
		             check_meeting_text(c, mt->body),
		             check_date_text(c, mt->date));
	minutes_approval(c, rule, mt);
}

static void item_actions(check_t *c, const model_rule_t *rule, const model_item_t *it)
{
	for (size_t i = 0; i < it->nactions; i++) {
		const model_action_t *a = it->actions[i];
		if (a->owner == NULL)
			check_report(c, CHECK_MSG_ACTION_NO_OWNER, &a->pos, rule->clause, NULL, a->id);
		if (!date_is_set(a->due))
			check_report(c, CHECK_MSG_ACTION_NO_DUE_DATE, &a->pos, rule->clause, NULL, a->id);
		else if (a->status == MODEL_ACTION_OPEN && date_cmp(a->due, c->today) < 0)
			check_report(c, CHECK_MSG_ACTION_OVERDUE, &a->pos, rule->clause, NULL, a->id,
			             a->owner ? a->owner->name : "no owner", check_date_text(c, a->due));
	}
}

static void item_approvals(check_t *c, const model_rule_t *rule, const model_item_t *it)
{
	const model_meeting_t *mt = it->meeting;
	for (size_t i = 0; i < it->napprovals; i++) {
		const model_meeting_t *target = it->approvals[i]->meeting;
		if (target == NULL)
			continue;
		if (target->body != mt->body)
			check_report(c, CHECK_MSG_APPROVAL_OTHER_BODY, &it->approvals[i]->pos, rule->clause,
			             NULL, check_meeting_text(c, mt->body), check_meeting_text(c, target->body));
		else if (date_cmp(target->date, mt->date) >= 0)
			check_report(c, CHECK_MSG_APPROVAL_NOT_EARLIER, &it->approvals[i]->pos, rule->clause,
			             NULL, check_date_text(c, target->date));
	}
}

static void minutes_item(check_t *c, const model_item_t *it)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_MINUTES];
	if (!rule->present || it->meeting == NULL || it->meeting->body == NULL)
		return;
	item_actions(c, rule, it);
	item_approvals(c, rule, it);
}

/* Under the declarations rule, directors keep a register of interests. */
static void minutes_person(check_t *c, const model_person_t *p)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_DECLARATIONS];
	if (!rule->present || p->ninterests > 0)
		return;
	for (size_t i = 0; i < p->nholdings; i++) {
		const model_holding_t *h = p->holdings[i];
		if (h->body && h->body->kind == MODEL_BODY_DIRECTORS && model_holding_active(h, c->today)) {
			check_report(c, CHECK_MSG_INTERESTS_NOT_REGISTERED, &p->pos, rule->clause, NULL,
			             p->name, h->body->name);
			return;
		}
	}
}

const check_family_t check_family_minutes = {
	.name = "minutes",
	.person = minutes_person,
	.meeting = minutes_meeting,
	.item = minutes_item,
};
