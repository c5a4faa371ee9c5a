/* minutes: the view of one meeting's minutes (see minutes.h). */
#include <stdio.h>
#include <string.h>

#include "../model/query.h"
#include "../util/xalloc.h"
#include "brand.h"
#include "minutes.h"
#include "vxml.h"

const char *const view_action_state_names[] = { "open", "done", "dropped", "overdue" };

static const char *const weekdays[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
};

const char *view_weekday_name(date_t a)
{
	long days = date_to_days(a);   /* 1970-01-01 was a Thursday (index 3) */
	return weekdays[((days % 7) + 7 + 3) % 7];
}

void view_date_uk(date_t a, char *out, size_t size)
{
	if (!date_is_set(a)) {
		snprintf(out, size, "%s", "");
		return;
	}
	char long_date[32];
	date_format_long(a, long_date, sizeof long_date);
	snprintf(out, size, "%s %s", view_weekday_name(a), long_date);
}

void view_time_range(const char *start, const char *end, char *out, size_t size)
{
	if (start[0] && end[0])
		snprintf(out, size, "%s to %s", start, end);
	else
		snprintf(out, size, "%s", start);
}

int view_quorum_text(unsigned present, unsigned membership, int has_rule, unsigned quorum,
                     int members_based, const char *cite, char *out, size_t size)
{
	const char *who = members_based ? "member schools represented" : "members present";
	if (membership == 0 && !has_rule) {
		snprintf(out, size, "%u present; this body has no fixed membership and no quorum.",
		         present);
		return 1;
	}
	if (!has_rule) {
		snprintf(out, size, "%u of %u %s; no quorum is set for this body.",
		         present, membership, who);
		return 1;
	}
	int quorate = present >= quorum;
	char rule[48] = "";
	if (cite && cite[0])
		snprintf(rule, sizeof rule, " (%s)", cite);
	snprintf(out, size, "%u of %u %s; quorum %u%s. The meeting was %s.", present,
	         membership, who, quorum, rule, quorate ? "quorate" : "not quorate");
	return quorate;
}

view_action_state_t view_action_state(const model_action_t *a, date_t today)
{
	/* records written later than `today` may say done on a later day:
	 * as of today the action was still open */
	int done_later = date_is_set(a->done) && date_is_set(today) && date_cmp(a->done, today) > 0;
	if (a->status == MODEL_ACTION_DONE && !done_later)
		return VIEW_ACTION_DONE;
	if (a->status == MODEL_ACTION_DROPPED)
		return VIEW_ACTION_DROPPED;
	if (date_is_set(a->due) && date_is_set(today) && date_cmp(a->due, today) < 0)
		return VIEW_ACTION_OVERDUE;
	return VIEW_ACTION_OPEN;
}

void view_action_state_text(const model_action_t *a, date_t today, char *out, size_t size)
{
	char d[32];
	switch (view_action_state(a, today)) {
	case VIEW_ACTION_DONE:
		date_format_long(a->done, d, sizeof d);
		snprintf(out, size, d[0] ? "Done %s" : "Done%s", d);
		return;
	case VIEW_ACTION_DROPPED:
		snprintf(out, size, "%s", "Dropped");
		return;
	case VIEW_ACTION_OVERDUE:
		date_format_long(a->due, d, sizeof d);
		snprintf(out, size, "Overdue: due %s", d);
		return;
	case VIEW_ACTION_OPEN:
		snprintf(out, size, "%s", "Open");
		return;
	}
}

int view_approval_text(const model_meeting_t *mt, char *out, size_t size)
{
	char d[32];
	if (mt->approved_by) {
		date_format_long(mt->approved_by->meeting->date, d, sizeof d);
		snprintf(out, size, "Approved as a correct record at the meeting of %s, minute %s",
		         d, mt->approved_by->minute);
		return 1;
	}
	if (mt->is_signed) {
		date_format_long(mt->signed_on, d, sizeof d);
		snprintf(out, size, "Signed as a correct record on %s", d);
		return 1;
	}
	/* a body that is itself a meeting: "the next Annual General Meeting" */
	int is_meeting = mt->body && (mt->body->kind == MODEL_BODY_AGM ||
	                              mt->body->kind == MODEL_BODY_MEMBERS_MEETING);
	snprintf(out, size, "Subject to approval at the next %s%s", is_meeting ? "" : "meeting of the ",
	         mt->body ? mt->body->name : "body");
	return 0;
}

const char *view_paper_kind_text(const char *kind)
{
	const model_paper_kind_t *p = model_paper_kind(kind);
	return p ? p->label : "Paper";
}

/* ---- building the view ---- */

static int item_shown(const model_item_t *it, int confidential_part)
{
	return it->confidential == confidential_part;
}

static unsigned attendance_count(const model_meeting_t *mt, model_attend_t kind)
{
	unsigned n = 0;
	for (size_t i = 0; i < mt->nattendees; i++)
		n += mt->attendees[i]->kind == kind;
	return n;
}

/* chair and vice_chair: the body's on the day (may be NULL), looked up
 * once for the meeting. */
static const char *const office_labels[][2] = {
	{ "chair", "Chair" }, { "vice-chair", "Vice-chair" }, { "ceo", "CEO" },
	{ "executive-director", "Executive Director" }, { "administrator", "Administrator" },
	{ "clerk", "Clerk" }, { "secretary", "Secretary" }, { "treasurer", "Treasurer" },
	{ "director", "Director" },
};

static const char *office_label(const char *title)
{
	for (size_t i = 0; i < sizeof office_labels / sizeof office_labels[0]; i++)
		if (strcmp(office_labels[i][0], title) == 0)
			return office_labels[i][1];
	return title;
}

/* The office a person holds at a meeting: one of its body (chair, vice-
 * chair) first, else one of the partnership (CEO, administrator, ...); a
 * company director is named as such only at the directors' meetings. */
const char *view_person_office(const model_person_t *p, const model_meeting_t *mt)
{
	const model_office_t *found = NULL;
	for (size_t i = 0; i < p->noffices; i++) {
		const model_office_t *o = p->offices[i];
		if (date_cmp(o->from, mt->date) > 0 || (date_is_set(o->to) && date_cmp(mt->date, o->to) > 0))
			continue;
		if (o->body == mt->body)
			return office_label(o->title);
		int director = strcmp(o->title, "director") == 0;
		if (o->body == NULL && found == NULL && (!director || mt->body->kind == MODEL_BODY_DIRECTORS))
			found = o;
	}
	return found ? office_label(found->title) : NULL;
}

/* Who the attendee is there as: office, seat (or party), whom they stand for. */
static void attendee_add(xmlNode *list, const model_t *m, const model_meeting_t *mt,
                         const model_attendee_t *a)
{
	xmlNode *e = vxml_node(list, model_attend_names[a->kind]);
	const model_person_t *p = a->person;
	vxml_attr(e, "name", p ? p->name : a->name);
	if (p)
		vxml_attr(e, "office", a->role ? NULL : view_person_office(p, mt));
	vxml_attr(e, "role", a->role);
	const model_holding_t *h = p ? model_person_holding(p, mt->body, mt->date) : NULL;
	const model_party_t *party = h ? model_holding_party(m, h) : NULL;
	if (party) {
		vxml_attr(e, "party", party->short_name);
		vxml_attr(e, "party-name", party->org ? party->org->name : party->short_name);
	} else if (h && h->seat) {
		vxml_attr(e, "seat", h->seat->role);
	}
	if (a->for_member)
		vxml_attr(e, "for-name", a->for_member->name);
	else if (p && p->org && !party)
		vxml_attr(e, "org-name", p->org->name);
}

static void attendance_add(xmlNode *parent, const model_t *m, const model_meeting_t *mt)
{
	xmlNode *n = vxml_node(parent, "attendance");
	for (size_t i = 0; i < mt->nattendees; i++)
		attendee_add(n, m, mt, mt->attendees[i]);
	for (int k = MODEL_ATTEND_PRESENT; k <= MODEL_ATTEND_IN_ATTENDANCE; k++)
		vxml_uint(n, model_attend_names[k], attendance_count(mt, (model_attend_t)k));
}

static void quorum_add(xmlNode *parent, const model_t *m, const model_meeting_t *mt)
{
	const model_body_t *b = mt->body;
	unsigned membership = model_body_membership(m, b, mt->date);
	unsigned present = model_meeting_present_members(m, mt);
	if (membership == 0)   /* no seats: say who came */
		present = attendance_count(mt, MODEL_ATTEND_PRESENT);
	int has_rule = b->quorum.kind != MODEL_QUORUM_NONE;
	unsigned quorum = model_quorum_compute(&b->quorum, membership);
	char cite[64], text[256];
	model_cite(m, b->quorum.clause, cite, sizeof cite);
	int quorate = view_quorum_text(present, membership, has_rule, quorum, model_body_counts_schools(b),
	                               cite, text, sizeof text);
	xmlNode *n = vxml_text_node(parent, "quorum", text);
	vxml_uint(n, "present", present);
	vxml_uint(n, "membership", membership);
	if (has_rule)
		vxml_uint(n, "quorum", quorum);
	vxml_yesno(n, "quorate", quorate);
}

/* Declarations about an item of the other part are named by minute only. */
static void declarations_add(xmlNode *parent, const model_meeting_t *mt, int confidential_part)
{
	if (mt->ndeclarations == 0)
		return;
	xmlNode *n = vxml_node(parent, "declarations");
	for (size_t i = 0; i < mt->ndeclarations; i++) {
		const model_declaration_t *d = mt->declarations[i];
		int conf = d->item && d->item->confidential;
		if (confidential_part && !conf)
			continue;
		xmlNode *e = vxml_node(n, "declaration");
		vxml_attr(e, "name", d->person->name);
		if (d->item)
			vxml_attr(e, "minute", d->item->minute);
		if (conf && !confidential_part)
			vxml_attr(e, "withheld", "yes");
		else
			xmlNodeAddContent(e, BAD_CAST d->text);
	}
	if (n->children == NULL) {
		xmlUnlinkNode(n);
		xmlFreeNode(n);
	}
}

static void paper_add(xmlNode *parent, const model_item_t *it, const model_paper_t *p)
{
	xmlNode *e = vxml_node(parent, "paper");
	vxml_attr(e, "minute", it->minute);
	vxml_attr(e, "title", p->title);
	vxml_attr(e, "kind", p->kind);
	vxml_attr(e, "kind-text", view_paper_kind_text(p->kind));
	if (p->by)
		vxml_attr(e, "by-name", p->by->name);
	vxml_attr(e, "year", p->year);
}

void view_decision_standing(xmlNode *e, const model_t *m, const model_decision_t *d, date_t today)
{
	model_standing_t st = model_decision_standing(m, d, today);
	vxml_attr(e, "standing", model_standing_names[st]);
	if (st == MODEL_DECISION_VALID)
		return;
	char text[256], day[32];
	const model_body_t *b = d->item->meeting->body;
	if (st == MODEL_DECISION_AWAITING) {
		size_t n = strlen(b->name);
		int named = n >= 7 && strcmp(b->name + n - 7, "meeting") == 0;
		snprintf(text, sizeof text, "Not validly taken: the meeting was not quorate. "
		         "The decision awaits ratification at a quorate %s%s.",
		         named ? "" : "meeting of the ", b->name);
	} else {
		vxml_date(e, "ratified-on", d->ratified_by->meeting->date);
		vxml_attr(e, "ratified-minute", d->ratified_by->minute);
		date_format_long(d->ratified_by->meeting->date, day, sizeof day);
		snprintf(text, sizeof text, "Not validly taken, as the meeting was not quorate; "
		         "ratified at the meeting of %s, minute %s.", day, d->ratified_by->minute);
	}
	vxml_attr(e, "standing-text", text);
}

static void decision_add(xmlNode *parent, const model_t *m, const model_decision_t *d,
                         date_t today)
{
	xmlNode *e = vxml_text_node(parent, "decision", d->text);
	view_decision_standing(e, m, d, today);
	if (!d->has_vote)
		return;
	char vote[96];
	snprintf(vote, sizeof vote, "For %u, against %u, abstentions %u", d->votes_for,
	         d->votes_against, d->votes_abstain);
	vxml_attr(e, "vote", vote);
}

/* One action as the minutes and the pack's tracker show it. */
static xmlNode *action_add(xmlNode *parent, const model_action_t *a, date_t today)
{
	xmlNode *e = vxml_text_node(parent, "action", a->text);
	vxml_attr(e, "ref", a->id);
	vxml_attr(e, "minute", a->item->minute);
	vxml_attr(e, "owner-name", a->owner ? a->owner->name : NULL);
	vxml_date(e, "due", a->due);
	vxml_attr(e, "state", view_action_state_names[view_action_state(a, today)]);
	char text[64];
	view_action_state_text(a, today, text, sizeof text);
	vxml_attr(e, "state-text", text);
	return e;
}

static void inquorate_meeting_add(xmlNode *list, const model_t *m, const model_meeting_t *mt,
                                  date_t today, int public_edition, unsigned counts[3])
{
	for (size_t i = 0; i < mt->nitems; i++) {
		const model_item_t *it = mt->items[i];
		int hidden = it->confidential && public_edition;
		for (size_t j = 0; j < it->ndecisions; j++) {
			const model_decision_t *d = it->decisions[j];
			xmlNode *e = vxml_text_node(list, "decision", hidden ? NULL : d->text);
			vxml_attr(e, "minute", it->minute);
			vxml_date(e, "date", mt->date);
			vxml_attr(e, "body-name", mt->body->name);
			if (hidden)
				vxml_attr(e, "confidential", "yes");
			view_decision_standing(e, m, d, today);
			counts[model_decision_standing(m, d, today)]++;
		}
	}
}

void view_inquorate_decisions_add(xmlNode *parent, const model_t *m, date_t from, date_t to,
                                  date_t today, int public_edition)
{
	const model_records_t *r = model_records(m);
	xmlNode *list = vxml_node(parent, "inquorate-decisions");
	vxml_date(list, "from", from);
	vxml_date(list, "to", to);
	unsigned counts[3] = { 0, 0, 0 };
	for (size_t i = 0; i < r->nmeetings; i++) {
		const model_meeting_t *mt = r->meetings[i];
		if (mt->body && mt->status == MODEL_MEETING_HELD && date_within(mt->date, from, to)
		    && !model_meeting_quorate(m, mt))
			inquorate_meeting_add(list, m, mt, today, public_edition, counts);
	}
	vxml_uint(list, "awaiting", counts[MODEL_DECISION_AWAITING]);
	vxml_uint(list, "ratified", counts[MODEL_DECISION_RATIFIED]);
}

/* A decision of an earlier, inquorate meeting this item ratifies. */
static void ratification_add(xmlNode *parent, const model_ratification_t *rt)
{
	const model_decision_t *d = rt->decision;
	if (d == NULL)
		return;
	char text[256], day[32];
	date_format_long(d->item->meeting->date, day, sizeof day);
	snprintf(text, sizeof text, "The %s, now quorate, ratified the decision taken at its "
	         "meeting of %s (minute %s), which was not quorate:",
	         d->item->meeting->body->name, day, d->item->minute);
	xmlNode *e = vxml_text_node(parent, "ratifies", d->text);
	vxml_attr(e, "minute", d->item->minute);
	vxml_date(e, "date", d->item->meeting->date);
	vxml_attr(e, "intro", text);
}

static void item_add(xmlNode *parent, const model_t *m, const model_item_t *it, date_t today)
{
	xmlNode *n = vxml_node(parent, "item");
	vxml_attr(n, "minute", it->minute);
	vxml_attr(n, "title", it->title);
	vxml_prose(n, &it->text);
	for (size_t i = 0; i < it->npapers; i++)
		paper_add(n, it, it->papers[i]);
	for (size_t i = 0; i < it->nratifications; i++)
		ratification_add(n, it->ratifications[i]);
	for (size_t i = 0; i < it->ndecisions; i++)
		decision_add(n, m, it->decisions[i], today);
	for (size_t i = 0; i < it->nactions; i++)
		action_add(n, it->actions[i], today);
}

static void withheld_add(xmlNode *parent, const model_item_t *it, int public_edition)
{
	xmlNode *n = vxml_text_node(parent, "withheld", public_edition
	                            ? "Confidential item \u2014 not published"
	                            : "Confidential item \u2014 recorded in the confidential minutes");
	vxml_attr(n, "minute", it->minute);
}

static void papers_add(xmlNode *parent, const model_meeting_t *mt, int confidential_part)
{
	xmlNode *n = vxml_node(parent, "papers");
	for (size_t i = 0; i < mt->nitems; i++) {
		const model_item_t *it = mt->items[i];
		for (size_t j = 0; item_shown(it, confidential_part) && j < it->npapers; j++)
			paper_add(n, it, it->papers[j]);
	}
	if (n->children == NULL) {
		xmlUnlinkNode(n);
		xmlFreeNode(n);
	}
}

static void approval_add(xmlNode *parent, const model_t *m, const model_meeting_t *mt)
{
	char text[256];
	int approved = view_approval_text(mt, text, sizeof text);
	xmlNode *n = vxml_text_node(parent, "approval", text);
	vxml_attr(n, "status", approved ? "approved" : "draft");
	if (mt->is_signed && mt->signed_by)
		vxml_attr(n, "signed-by-name", mt->signed_by->name);
	vxml_date(n, "signed-on", mt->signed_on);
	const model_person_t *chair = model_office_holder(m, "chair", mt->body, mt->date);
	if (chair)
		vxml_attr(n, "chair-name", chair->name);
}

void view_meeting_when_add(xmlNode *n, const model_meeting_t *mt)
{
	char buf[256];
	vxml_attr(n, "body-name", mt->body->name);
	vxml_attr(n, "body-short", mt->body->short_name);
	vxml_date(n, "date", mt->date);
	view_date_uk(mt->date, buf, sizeof buf);
	vxml_attr(n, "date-text", buf);
	view_time_range(mt->start, mt->end, buf, sizeof buf);
	vxml_attr(n, "time-text", buf[0] ? buf : NULL);
	vxml_attr(n, "venue", mt->venue);
}

/* The meeting's heading figures, the same on both parts. */
static void minutes_head(xmlNode *n, const model_meeting_t *mt)
{
	char buf[160];
	vxml_attr(n, "meeting", mt->id);
	view_meeting_when_add(n, mt);
	vxml_attr(n, "kind", model_meeting_kind_names[mt->kind]);
	if (mt->kind == MODEL_MEETING_SPECIAL)
		vxml_attr(n, "reason", mt->reason);
	if (mt->term)
		vxml_attr(n, "term-name", mt->term->name);
	snprintf(buf, sizeof buf, "%s%s", mt->kind == MODEL_MEETING_SPECIAL ? "Special meeting of the "
	         : mt->kind == MODEL_MEETING_AGM ? "Annual general meeting of the " : "Meeting of the ",
	         mt->body->name);
	vxml_attr(n, "title", buf);
	char d[32];
	date_format_long(mt->date, d, sizeof d);
	snprintf(buf, sizeof buf, "%s, %s", mt->body->name, d);
	vxml_attr(n, "running-head", buf);
}

int view_minutes_has_part_ii(const model_meeting_t *mt)
{
	for (size_t i = 0; i < mt->nitems; i++)
		if (mt->items[i]->confidential)
			return 1;
	return 0;
}

static xmlNode *minutes_part(xmlNode *parent, const model_t *m, const model_meeting_t *mt,
                             const view_minutes_opt_t *opt, int confidential_part)
{
	xmlNode *n = vxml_node(parent, "minutes");
	char id[256];
	snprintf(id, sizeof id, "%s-%s", confidential_part ? "conf" : "min", mt->id);
	vxml_attr(n, "id", id);
	vxml_attr(n, "part", confidential_part ? "confidential" : "open");
	minutes_head(n, mt);
	approval_add(n, m, mt);
	attendance_add(n, m, mt);
	quorum_add(n, m, mt);
	declarations_add(n, mt, confidential_part);
	for (size_t i = 0; i < mt->nitems; i++) {
		const model_item_t *it = mt->items[i];
		if (item_shown(it, confidential_part))
			item_add(n, m, it, opt->today);
		else if (!confidential_part)
			withheld_add(n, it, opt->public_edition);
	}
	papers_add(n, mt, confidential_part);
	return n;
}

void view_minutes_add(xmlNode *parent, const model_t *m, const model_meeting_t *mt,
                      const view_minutes_opt_t *opt)
{
	minutes_part(parent, m, mt, opt, 0);
	if (!opt->public_edition && view_minutes_has_part_ii(mt))
		minutes_part(parent, m, mt, opt, 1);
}

xmlDocPtr view_minutes_doc_new(const char *root_name, const model_t *m,
                               const view_minutes_opt_t *opt, xmlNode **root)
{
	xmlDocPtr doc = vxml_doc_new(root_name, root);
	vxml_attr(*root, "edition", opt->public_edition ? "public" : "member");
	vxml_date(*root, "today", opt->today);
	view_brand(*root, m);
	return doc;
}

xmlDocPtr view_minutes_build(const model_t *m, const model_meeting_t *mt,
                             const view_minutes_opt_t *opt)
{
	xmlNode *root;
	xmlDocPtr doc = view_minutes_doc_new("minutes-document", m, opt, &root);
	view_minutes_add(root, m, mt, opt);
	return doc;
}
