/* build_meetings: meetings.xml and the files in meetings/ into the model (see internal.h). */
#include <string.h>

#include "internal.h"

const char *const model_meeting_kind_names[] = { "ordinary", "special", "agm", NULL };
const char *const model_meeting_status_names[] = { "held", "scheduled", "cancelled", NULL };
const char *const model_attend_names[] = { "present", "apologies", "absent", "attending", NULL };
const char *const model_action_status_names[] = { "open", "done", "dropped", NULL };

static void build_attendance(model_ctx_t *c, model_meeting_t *mt, xmlNode *n)
{
	FOR_ELEMS(e, n) {
		model_attendee_t *a = ctx_new(c, sizeof *a);
		a->pos = ctx_pos(c, e);
		a->kind = MODEL_ATTEND_IN_ATTENDANCE;
		for (int k = 0; model_attend_names[k]; k++)
			if (xml_is(e, model_attend_names[k]))
				a->kind = (model_attend_t)k;
		a->person_id = attr_str(c, e, "person");
		a->for_id = attr_str(c, e, "for");
		a->name = attr_str(c, e, "name");
		a->role = attr_str(c, e, "role");
		ctx_ref(c, ID_PERSON, a->person_id, &a->person, e, "person");
		ctx_ref(c, ID_MEMBER, a->for_id, &a->for_member, e, "for");
		for (size_t i = 0; a->person_id && i < mt->nattendees; i++)
			if (mt->attendees[i]->person_id && strcmp(mt->attendees[i]->person_id, a->person_id) == 0)
				ctx_error(c, e, "person '%s' is listed twice in the attendance "
				          "(already at line %u)", a->person_id, mt->attendees[i]->pos.line);
		ARENA_PUSH(c->a, mt->attendees, mt->nattendees, a);
	}
}

static void build_paper(model_ctx_t *c, model_item_t *it, xmlNode *e)
{
	model_paper_t *p = ctx_new(c, sizeof *p);
	p->pos = ctx_pos(c, e);
	p->kind = attr_str(c, e, "kind");
	p->title = attr_str(c, e, "title");
	p->by_id = attr_str(c, e, "by");
	p->year = attr_year(c, e, "year");
	ctx_ref(c, ID_PERSON, p->by_id, &p->by, e, "by");
	ctx_ref(c, ID_FINANCIAL_YEAR, p->year, NULL, e, "year");
	ARENA_PUSH(c->a, it->papers, it->npapers, p);
}

static void build_decision(model_ctx_t *c, model_item_t *it, xmlNode *e)
{
	model_decision_t *d = ctx_new(c, sizeof *d);
	d->pos = ctx_pos(c, e);
	d->id = attr_str(c, e, "id");
	d->text = node_text(c, e);
	d->item = it;
	d->has_vote = attr_raw(e, "for") != NULL;
	d->votes_for = attr_uint(c, e, "for");
	d->votes_against = attr_uint(c, e, "against");
	d->votes_abstain = attr_uint(c, e, "abstain");
	ctx_define(c, ID_DECISION, d->id, d, e);
	ARENA_PUSH(c->a, it->decisions, it->ndecisions, d);
}

static void build_action(model_ctx_t *c, model_item_t *it, xmlNode *e)
{
	model_action_t *a = ctx_new(c, sizeof *a);
	a->pos = ctx_pos(c, e);
	a->id = attr_str(c, e, "id");
	a->owner_id = attr_str(c, e, "owner");
	a->text = node_text(c, e);
	a->item = it;
	a->due = attr_date(c, e, "due");
	a->done = attr_date(c, e, "done");
	a->status = attr_enum(e, "status", model_action_status_names, MODEL_ACTION_OPEN);
	ctx_define(c, ID_ACTION, a->id, a, e);
	ctx_ref(c, ID_PERSON, a->owner_id, &a->owner, e, "owner");
	ARENA_PUSH(c->a, it->actions, it->nactions, a);
}

static void build_item(model_ctx_t *c, model_meeting_t *mt, xmlNode *n)
{
	model_item_t *it = ctx_new(c, sizeof *it);
	it->pos = ctx_pos(c, n);
	it->id = attr_str(c, n, "id");
	it->title = attr_str(c, n, "title");
	it->minute = attr_str(c, n, "minute");
	it->minute_given = it->minute != NULL;
	it->confidential = attr_yesno(n, "confidential", 0);
	it->meeting = mt;
	it->index = (unsigned)mt->nitems + 1;
	ctx_define(c, ID_ITEM, it->id, it, n);
	FOR_ELEMS(e, n) {
		model_block_t b;
		if (node_block(c, e, &b)) {
			ARENA_PUSH(c->a, it->text.blocks, it->text.nblocks, b);
		} else if (xml_is(e, "paper")) {
			build_paper(c, it, e);
		} else if (xml_is(e, "decision")) {
			build_decision(c, it, e);
		} else if (xml_is(e, "action")) {
			build_action(c, it, e);
		} else if (xml_is(e, "approves")) {
			model_approval_t *ap = ctx_new(c, sizeof *ap);
			ap->pos = ctx_pos(c, e);
			ap->meeting_id = attr_str(c, e, "meeting");
			ctx_ref(c, ID_MEETING, ap->meeting_id, &ap->meeting, e, "meeting");
			ARENA_PUSH(c->a, it->approvals, it->napprovals, ap);
		}
	}
	ARENA_PUSH(c->a, mt->items, mt->nitems, it);
}

static void build_meeting(model_ctx_t *c, xmlNode *n)
{
	model_meeting_t *mt = ctx_new(c, sizeof *mt);
	mt->pos = ctx_pos(c, n);
	mt->id = attr_str(c, n, "id");
	mt->body_id = attr_str(c, n, "body");
	mt->venue = attr_str(c, n, "venue");
	mt->reason = attr_str(c, n, "reason");
	mt->date = attr_date(c, n, "date");
	mt->notice = attr_date(c, n, "notice");
	attr_time(c, n, "start", mt->start);
	attr_time(c, n, "end", mt->end);
	if (mt->start[0] && mt->end[0] && strcmp(mt->end, mt->start) < 0)
		ctx_error(c, n, "the meeting ends (%s) before it starts (%s)", mt->end, mt->start);
	if (date_is_set(mt->notice) && date_is_set(mt->date) && date_cmp(mt->notice, mt->date) > 0)
		ctx_error(c, n, "notice is dated after the meeting");
	mt->kind = attr_enum(n, "kind", model_meeting_kind_names, MODEL_MEETING_ORDINARY);
	mt->status = attr_enum(n, "status", model_meeting_status_names, MODEL_MEETING_HELD);
	ctx_define(c, ID_MEETING, mt->id, mt, n);
	ctx_ref(c, ID_BODY, mt->body_id, &mt->body, n, "body");
	FOR_ELEMS(e, n) {
		if (xml_is(e, "attendance")) {
			build_attendance(c, mt, e);
		} else if (xml_is(e, "declaration")) {
			model_declaration_t *dc = ctx_new(c, sizeof *dc);
			dc->pos = ctx_pos(c, e);
			dc->person_id = attr_str(c, e, "person");
			dc->item_id = attr_str(c, e, "item");
			dc->text = node_text(c, e);
			ctx_ref(c, ID_PERSON, dc->person_id, &dc->person, e, "person");
			ctx_ref(c, ID_ITEM, dc->item_id, &dc->item, e, "item");
			ARENA_PUSH(c->a, mt->declarations, mt->ndeclarations, dc);
		} else if (xml_is(e, "item")) {
			build_item(c, mt, e);
		} else if (xml_is(e, "signed")) {
			mt->is_signed = 1;
			mt->signed_pos = ctx_pos(c, e);
			mt->signed_by_id = attr_str(c, e, "by");
			mt->signed_on = attr_date(c, e, "date");
			ctx_ref(c, ID_PERSON, mt->signed_by_id, &mt->signed_by, e, "by");
			if (date_is_set(mt->signed_on) && date_is_set(mt->date)
			    && date_cmp(mt->signed_on, mt->date) < 0)
				ctx_error(c, e, "the minutes are signed before the meeting took place");
		}
	}
	ARENA_PUSH(c->a, c->m->r.meetings, c->m->r.nmeetings, mt);
}

void build_meetings(model_ctx_t *c, xmlNode *root)
{
	FOR_ELEMS(n, root)
		build_meeting(c, n);
}
