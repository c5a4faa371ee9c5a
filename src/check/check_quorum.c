/* check_quorum: each held meeting against its body's <quorum> rule — present
 * voting members, decisions taken while inquorate, votes against those present —
 * and who is recorded as present. */
#include "check_internal.h"

static int meeting_judged(check_t *c, const model_meeting_t *mt)
{
	return mt->body && check_meeting_held(mt) && date_cmp(mt->date, c->today) <= 0;
}

static size_t meeting_decisions(const model_meeting_t *mt)
{
	size_t n = 0;
	for (size_t i = 0; i < mt->nitems; i++)
		n += mt->items[i]->ndecisions;
	return n;
}

static void quorum_decisions(check_t *c, const model_meeting_t *mt, unsigned present,
                             unsigned membership, unsigned quorum)
{
	const model_body_t *b = mt->body;
	for (size_t i = 0; i < mt->nitems; i++) {
		const model_item_t *it = mt->items[i];
		for (size_t j = 0; j < it->ndecisions; j++) {
			const model_decision_t *dc = it->decisions[j];
			model_standing_t st = model_decision_standing(c->m, dc, c->today);
			if (st == MODEL_DECISION_AWAITING)
				check_report(c, CHECK_MSG_DECISION_INQUORATE, &dc->pos, b->quorum.clause,
				             b->clause, b->name, present, membership, quorum);
			else if (st == MODEL_DECISION_RATIFIED)
				check_report(c, CHECK_MSG_DECISION_RATIFIED, &dc->pos, b->quorum.clause,
				             b->clause, b->name, present, membership, quorum,
				             check_date_text(c, dc->ratified_by->meeting->date));
			unsigned votes = dc->votes_for + dc->votes_against + dc->votes_abstain;
			if (dc->has_vote && votes > present)
				check_report(c, CHECK_MSG_VOTES_EXCEED_PRESENT, &dc->pos, b->quorum.clause,
				             b->clause, check_count_text(c, votes, "vote", "votes"),
				             check_count_text(c, present, "voting member", "voting members"));
		}
	}
}

static void quorum_meeting(check_t *c, const model_meeting_t *mt)
{
	const model_body_t *b = mt->body;
	if (!meeting_judged(c, mt) || b->quorum.kind == MODEL_QUORUM_NONE)
		return;
	unsigned membership = model_body_membership(c->m, b, mt->date);
	unsigned quorum = model_quorum_compute(&b->quorum, membership);
	if (!model_meeting_has_attendance(mt)) {
		check_report(c, CHECK_MSG_ATTENDANCE_MISSING, &mt->pos, b->quorum.clause, b->clause,
		             quorum, membership);
		return;
	}
	unsigned present = model_meeting_present_members(c->m, mt);
	if (present < quorum && meeting_decisions(mt) == 0)
		check_report(c, CHECK_MSG_MEETING_INQUORATE, &mt->pos, b->quorum.clause, b->clause,
		             b->name, present, membership, quorum);
	quorum_decisions(c, mt, present, membership, quorum);
}

/* People present who are not members: they do not count, and the minutes
 * should list them as in attendance. */
static void quorum_presence(check_t *c, const model_meeting_t *mt)
{
	const model_body_t *b = mt->body;
	if (!meeting_judged(c, mt))
		return;
	for (size_t i = 0; i < mt->nattendees; i++) {
		const model_attendee_t *a = mt->attendees[i];
		if (a->kind != MODEL_ATTEND_PRESENT || a->person == NULL)
			continue;
		if (b->members_based) {
			const model_member_t *s = a->for_member ? a->for_member : a->person->org;
			if (s && s->kind == MODEL_MEMBER_SCHOOL && !model_school_is_member(c->m, s, mt->date))
				check_report(c, CHECK_MSG_PRESENT_SCHOOL_NOT_MEMBER, &a->pos, b->quorum.clause,
				             b->clause, s->name, check_date_text(c, mt->date));
		} else if (b->nseats > 0 && model_person_holding(a->person, b, mt->date) == NULL) {
			check_report(c, CHECK_MSG_PRESENT_NOT_MEMBER, &a->pos, b->quorum.clause, b->clause,
			             a->person->name, b->name, check_date_text(c, mt->date));
		}
	}
}

/* Why item it cannot ratify decision dc, or NULL when it can. */
static const char *ratification_fault(check_t *c, const model_item_t *it,
                                      const model_decision_t *dc)
{
	const model_meeting_t *of = dc->item->meeting;
	switch (model_ratification_fault(c->m, it, dc)) {
	case MODEL_RATIFY_OTHER_BODY:
		return check_text_printf(c, "it was taken by the %s", of->body->name);
	case MODEL_RATIFY_NOT_LATER:
		return check_text_printf(c, "it was taken on %s, not before this meeting",
		                         check_date_text(c, of->date));
	case MODEL_RATIFY_WAS_QUORATE:
		return check_text_printf(c, "its meeting on %s was quorate, so it needs no ratification",
		                         check_date_text(c, of->date));
	case MODEL_RATIFY_INQUORATE:
		return "this meeting is itself inquorate";
	default:
		return NULL;
	}
}

static void quorum_ratifications(check_t *c, const model_meeting_t *mt)
{
	if (!meeting_judged(c, mt))
		return;
	for (size_t i = 0; i < mt->nitems; i++)
		for (size_t j = 0; j < mt->items[i]->nratifications; j++) {
			const model_ratification_t *rt = mt->items[i]->ratifications[j];
			const char *fault = rt->decision ? ratification_fault(c, mt->items[i], rt->decision) : NULL;
			if (fault)
				check_report(c, CHECK_MSG_RATIFICATION_INVALID, &rt->pos,
				             mt->body->quorum.clause, mt->body->clause, rt->decision_id, fault);
		}
}

static void quorum_visit(check_t *c, const model_meeting_t *mt)
{
	quorum_meeting(c, mt);
	quorum_presence(c, mt);
	quorum_ratifications(c, mt);
}

const check_family_t check_family_quorum = {
	.name = "quorum",
	.meeting = quorum_visit,
};
