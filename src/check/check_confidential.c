/* check_confidential: under the <confidentiality> rule, what is said in a
 * confidential (Part II) item stays in its group: no public minute cites a
 * confidential one by number (public editions leave those out), and actions
 * from a confidential item are owned by members of the body. */
#include <string.h>

#include "../util/xalloc.h"
#include "check_internal.h"

static int conf_rule(check_t *c)
{
	return c->r->rules[MODEL_RULE_CONFIDENTIALITY].present;
}

static void conf_start(check_t *c)
{
	if (!conf_rule(c))
		return;
	for (size_t i = 0; i < c->r->nmeetings; i++) {
		const model_meeting_t *mt = c->r->meetings[i];
		for (size_t j = 0; j < mt->nitems; j++) {
			const model_item_t *it = mt->items[j];
			if (!it->confidential || it->minute == NULL || !*it->minute)
				continue;
			c->confidential = xgrow(c->confidential, &c->capconfidential, c->nconfidential + 1,
			                        sizeof *c->confidential);
			c->confidential[c->nconfidential++] = it;
		}
	}
}

/* The confidential item whose minute number appears in s, NULL when none.
 * A number only counts when not followed by another digit (003 is not 0031). */
static const model_item_t *cites_confidential(check_t *c, const char *s)
{
	for (size_t i = 0; s && i < c->nconfidential; i++) {
		const char *num = c->confidential[i]->minute;
		size_t len = strlen(num);
		for (const char *p = strstr(s, num); p; p = strstr(p + 1, num))
			if (p[len] < '0' || p[len] > '9')
				return c->confidential[i];
	}
	return NULL;
}

static const model_item_t *prose_cites(check_t *c, const model_prose_t *pr)
{
	for (size_t i = 0; i < pr->nblocks; i++) {
		const model_block_t *bl = &pr->blocks[i];
		const model_item_t *hit = cites_confidential(c, bl->text);
		for (size_t j = 0; !hit && j < bl->nitems; j++)
			hit = cites_confidential(c, bl->items[j]);
		if (hit)
			return hit;
	}
	return NULL;
}

static const model_item_t *item_cites(check_t *c, const model_item_t *it)
{
	const model_item_t *hit = cites_confidential(c, it->title);
	if (!hit)
		hit = prose_cites(c, &it->text);
	for (size_t i = 0; !hit && i < it->ndecisions; i++)
		hit = cites_confidential(c, it->decisions[i]->text);
	for (size_t i = 0; !hit && i < it->nactions; i++)
		hit = cites_confidential(c, it->actions[i]->text);
	for (size_t i = 0; !hit && i < it->npapers; i++)
		hit = cites_confidential(c, it->papers[i]->title);
	return hit;
}

static void conf_actions(check_t *c, const model_item_t *it)
{
	const model_meeting_t *mt = it->meeting;
	const model_body_t *b = mt->body;
	if (b->members_based || b->nseats == 0)
		return;
	for (size_t i = 0; i < it->nactions; i++) {
		const model_action_t *a = it->actions[i];
		if (a->owner && model_person_holding(a->owner, b, mt->date) == NULL)
			check_report(c, CHECK_MSG_CONFIDENTIAL_ACTION_OUTSIDE, &a->pos,
			             c->r->rules[MODEL_RULE_CONFIDENTIALITY].clause, NULL, a->id,
			             a->owner->name, b->name);
	}
}

static void conf_item(check_t *c, const model_item_t *it)
{
	if (!conf_rule(c) || it->meeting == NULL || it->meeting->body == NULL)
		return;
	if (it->confidential) {
		conf_actions(c, it);
		return;
	}
	if (c->nconfidential == 0)
		return;
	const model_item_t *hit = item_cites(c, it);
	if (hit)
		check_report(c, CHECK_MSG_CONFIDENTIAL_MINUTE_CITED, &it->pos,
		             c->r->rules[MODEL_RULE_CONFIDENTIALITY].clause, NULL,
		             it->minute ? it->minute : it->id, hit->minute);
}

const check_family_t check_family_confidentiality = {
	.name = "confidentiality",
	.duties = (check_duty_fn *const[]){ conf_start, NULL },
	.item = conf_item,
};
