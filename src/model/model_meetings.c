/* model_meetings_read: meetings.xml and the files in meetings/ into the model (see internal.h). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

const char *const model_meeting_kind_names[] = { "ordinary", "special", "agm", NULL };
const char *const model_meeting_status_names[] = { "held", "scheduled", "cancelled", NULL };
const char *const model_attend_names[] = { "present", "apologies", "absent", "attending", NULL };
const char *const model_action_status_names[] = { "open", "done", "dropped", NULL };

static void build_attendance(model_ctx_t *c, model_meeting_t *mt, xmlNode *n)
{
	MODEL_FOR_ELEMS(e, n) {
		model_attendee_t *a = model_ctx_new(c, sizeof *a);
		a->pos = model_ctx_pos(c, e);
		a->kind = MODEL_ATTEND_IN_ATTENDANCE;
		for (int k = 0; model_attend_names[k]; k++)
			if (model_xml_is(e, model_attend_names[k]))
				a->kind = (model_attend_t)k;
		a->person_id = model_attr_str(c, e, "person");
		a->for_id = model_attr_str(c, e, "for");
		a->name = model_attr_str(c, e, "name");
		a->role = model_attr_str(c, e, "role");
		model_ctx_ref(c, MODEL_ID_PERSON, a->person_id, &a->person, e, "person");
		model_ctx_ref(c, MODEL_ID_MEMBER, a->for_id, &a->for_member, e, "for");
		for (size_t i = 0; a->person_id && i < mt->nattendees; i++)
			if (mt->attendees[i]->person_id && strcmp(mt->attendees[i]->person_id, a->person_id) == 0)
				model_ctx_report(c, e, MODEL_MSG_ATTENDEE_TWICE, a->person_id,
				           mt->attendees[i]->pos.line);
		ARENA_PUSH(c->a, mt->attendees, mt->nattendees, a);
	}
}

static void build_paper(model_ctx_t *c, model_item_t *it, xmlNode *e)
{
	model_paper_t *p = model_ctx_record(c, e, &model_record_paper);
	model_ctx_ref(c, MODEL_ID_FINANCIAL_YEAR, p->year, NULL, e, "year");
	if (p->file)
		free(model_ctx_folder_file(c, e, "file", p->file, "PDF"));
	ARENA_PUSH(c->a, it->papers, it->npapers, p);
}

static void build_decision(model_ctx_t *c, model_item_t *it, xmlNode *e)
{
	model_decision_t *d = model_ctx_record(c, e, &model_record_decision);
	d->item = it;
	d->has_vote = model_attr_raw(e, "for") != NULL;
	ARENA_PUSH(c->a, it->decisions, it->ndecisions, d);
}

static void build_action(model_ctx_t *c, model_item_t *it, xmlNode *e)
{
	model_action_t *a = model_ctx_record(c, e, &model_record_action);
	a->item = it;
	ARENA_PUSH(c->a, it->actions, it->nactions, a);
}

static void build_item(model_ctx_t *c, model_meeting_t *mt, xmlNode *n)
{
	model_item_t *it = model_ctx_record(c, n, &model_record_item);
	it->minute_given = it->minute != NULL;
	it->meeting = mt;
	it->index = (unsigned)mt->nitems + 1;
	MODEL_FOR_ELEMS(e, n) {
		model_block_t b;
		if (model_node_block(c, e, &b)) {
			ARENA_PUSH(c->a, it->text.blocks, it->text.nblocks, b);
		} else if (model_xml_is(e, "paper")) {
			build_paper(c, it, e);
		} else if (model_xml_is(e, "decision")) {
			build_decision(c, it, e);
		} else if (model_xml_is(e, "action")) {
			build_action(c, it, e);
		} else if (model_xml_is(e, "approves")) {
			model_approval_t *ap = model_ctx_new(c, sizeof *ap);
			ap->pos = model_ctx_pos(c, e);
			ap->meeting_id = model_attr_str(c, e, "meeting");
			model_ctx_ref(c, MODEL_ID_MEETING, ap->meeting_id, &ap->meeting, e, "meeting");
			ARENA_PUSH(c->a, it->approvals, it->napprovals, ap);
		} else if (model_xml_is(e, "ratifies")) {
			model_ratification_t *rt = model_ctx_new(c, sizeof *rt);
			rt->pos = model_ctx_pos(c, e);
			rt->decision_id = model_attr_str(c, e, "decision");
			model_ctx_ref(c, MODEL_ID_DECISION, rt->decision_id, &rt->decision, e, "decision");
			ARENA_PUSH(c->a, it->ratifications, it->nratifications, rt);
		}
	}
	ARENA_PUSH(c->a, mt->items, mt->nitems, it);
}

static void build_meeting(model_ctx_t *c, xmlNode *n)
{
	model_meeting_t *mt = model_ctx_record(c, n, &model_record_meeting);
	model_attr_time(c, n, "start", mt->start);
	model_attr_time(c, n, "end", mt->end);
	if (mt->start[0] && mt->end[0] && strcmp(mt->end, mt->start) < 0)
		model_ctx_report(c, n, MODEL_MSG_MEETING_ENDS_EARLY, mt->end, mt->start);
	if (date_is_set(mt->notice) && date_is_set(mt->date) && date_cmp(mt->notice, mt->date) > 0)
		model_ctx_report(c, n, MODEL_MSG_NOTICE_AFTER_MEETING);
	MODEL_FOR_ELEMS(e, n) {
		if (model_xml_is(e, "attendance")) {
			build_attendance(c, mt, e);
		} else if (model_xml_is(e, "declaration")) {
			ARENA_PUSH(c->a, mt->declarations, mt->ndeclarations,
			           model_ctx_record(c, e, &model_record_declaration));
		} else if (model_xml_is(e, "item")) {
			build_item(c, mt, e);
		} else if (model_xml_is(e, "signed")) {
			mt->is_signed = 1;
			mt->signed_pos = model_ctx_pos(c, e);
			mt->signed_by_id = model_attr_str(c, e, "by");
			mt->signed_on = model_attr_date(c, e, "date");
			model_ctx_ref(c, MODEL_ID_PERSON, mt->signed_by_id, &mt->signed_by, e, "by");
			if (date_is_set(mt->signed_on) && date_is_set(mt->date)
			    && date_cmp(mt->signed_on, mt->date) < 0)
				model_ctx_report(c, e, MODEL_MSG_SIGNED_BEFORE_MEETING);
		}
	}
	ARENA_PUSH(c->a, c->m->r.meetings, c->m->r.nmeetings, mt);
}

void model_meetings_read(model_ctx_t *c, xmlNode *root)
{
	MODEL_FOR_ELEMS(n, root)
		build_meeting(c, n);
}
