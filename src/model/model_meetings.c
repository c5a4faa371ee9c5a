/* model_meetings: meetings.xml and the files in meetings/ into the model,
 * as the table model_meetings_records says (see internal.h). */
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

static void build_paper(model_ctx_t *c, xmlNode *e, void *obj, void *parent)
{
	model_paper_t *p = obj;
	(void)parent;
	model_ctx_ref(c, MODEL_ID_FINANCIAL_YEAR, p->year, NULL, e, "year");
	if (p->file)
		free(model_ctx_folder_file(c, e, "file", p->file, "PDF"));
}

static void build_decision(model_ctx_t *c, xmlNode *e, void *obj, void *parent)
{
	model_decision_t *d = obj;
	(void)c;
	(void)parent;
	d->has_vote = model_attr_raw(e, "for") != NULL;
}

static void build_item(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	static const model_child_t item_children[] = {
		MODEL_CHILD(&model_record_paper, model_item_t, papers, build_paper),
		MODEL_CHILD_UP(&model_record_decision, model_item_t, decisions, model_decision_t, item,
		               build_decision),
		MODEL_CHILD_UP(&model_record_action, model_item_t, actions, model_action_t, item, NULL),
		MODEL_CHILD(&model_record_approval, model_item_t, approvals, NULL),
		MODEL_CHILD(&model_record_ratification, model_item_t, ratifications, NULL),
	};
	model_item_t *it = obj;
	model_meeting_t *mt = parent;
	it->minute_given = it->minute != NULL;
	it->index = (unsigned)mt->nitems + 1;
	MODEL_FOR_ELEMS(e, n) {
		model_block_t b;
		if (model_node_block(c, e, &b))
			ARENA_PUSH(c->a, it->text.blocks, it->text.nblocks, b);
		else
			model_ctx_child(c, e, it, MODEL_ROWS(item_children));
	}
}

/* <signed by date>: who signed the minutes as a true record, and when. */
static void build_signed(model_ctx_t *c, model_meeting_t *mt, xmlNode *e)
{
	mt->is_signed = 1;
	mt->signed_pos = model_ctx_pos(c, e);
	mt->signed_by_id = model_attr_str(c, e, "by");
	mt->signed_on = model_attr_date(c, e, "date");
	model_ctx_ref(c, MODEL_ID_PERSON, mt->signed_by_id, &mt->signed_by, e, "by");
	if (date_is_set(mt->signed_on) && date_is_set(mt->date)
	    && date_cmp(mt->signed_on, mt->date) < 0)
		model_ctx_report(c, e, MODEL_MSG_SIGNED_BEFORE_MEETING);
}

static void build_meeting(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	static const model_child_t meeting_children[] = {
		MODEL_CHILD(&model_record_declaration, model_meeting_t, declarations, NULL),
		MODEL_CHILD_UP(&model_record_item, model_meeting_t, items, model_item_t, meeting, build_item),
	};
	model_meeting_t *mt = obj;
	(void)parent;
	model_attr_time(c, n, "start", mt->start);
	model_attr_time(c, n, "end", mt->end);
	if (mt->start[0] && mt->end[0] && strcmp(mt->end, mt->start) < 0)
		model_ctx_report(c, n, MODEL_MSG_MEETING_ENDS_EARLY, mt->end, mt->start);
	if (date_is_set(mt->notice) && date_is_set(mt->date) && date_cmp(mt->notice, mt->date) > 0)
		model_ctx_report(c, n, MODEL_MSG_NOTICE_AFTER_MEETING);
	MODEL_FOR_ELEMS(e, n) {
		if (model_xml_is(e, "attendance"))
			build_attendance(c, mt, e);
		else if (model_xml_is(e, "signed"))
			build_signed(c, mt, e);
		else
			model_ctx_child(c, e, mt, MODEL_ROWS(meeting_children));
	}
}

static const model_child_t meetings[] = {
	MODEL_CHILD(&model_record_meeting, model_records_t, meetings, build_meeting),
};
const model_file_records_t model_meetings_records = { MODEL_ROWS(meetings) };
