/* check_agenda: before a meeting — the items the agreement requires on a
 * scheduled meeting's agenda (model/agenda.h) and the notice every
 * meeting but a special one is given (<meeting-notice>). */
#include <stdlib.h>

#include "../model/agenda.h"
#include "check_internal.h"

/* A required item the planned items lack, while the meeting is to come. */
static void agenda_required(check_t *c, const model_meeting_t *mt)
{
	if (mt->status != MODEL_MEETING_SCHEDULED || date_cmp(mt->date, c->today) < 0)
		return;
	size_t n;
	model_required_t *req = model_agenda_required(c->m, mt, &n);
	for (size_t i = 0; i < n; i++) {
		if (req[i].item)
			continue;
		const char *what = req[i].group
			? check_text_printf(c, "report of the %s", req[i].group->name)
			: check_paper_text(c, req[i].paper);
		check_report(c, CHECK_MSG_AGENDA_ITEM_MISSING, &mt->pos, req[i].clause, NULL,
		             check_meeting_text(c, mt->body), check_date_text(c, mt->date), what);
	}
	model_agenda_required_free(req, n);
}

static const char *notice_source(const model_notice_rule_t *rule)
{
	return rule->is_default ? "lpdoc's default notice period (the agreement sets none)"
	                        : "the agreement";
}

static void agenda_notice(check_t *c, const model_meeting_t *mt)
{
	const model_notice_rule_t *rule = model_notice_rule(c->m, mt->body);
	if (rule == NULL || mt->kind == MODEL_MEETING_SPECIAL || mt->status == MODEL_MEETING_CANCELLED)
		return;
	long due = date_to_days(mt->date) - (long)rule->days;
	if (date_is_set(mt->notice)) {
		long given = date_to_days(mt->date) - date_to_days(mt->notice);
		if (given < (long)rule->days)
			check_report(c, CHECK_MSG_NOTICE_LATE, &mt->pos, rule->clause, NULL,
			             check_meeting_text(c, mt->body), check_date_text(c, mt->date),
			             check_date_text(c, mt->notice),
			             check_count_text(c, given < 0 ? 0 : (unsigned)given, "day", "days"),
			             notice_source(rule), check_count_text(c, rule->days, "day", "days"));
	} else if (mt->status == MODEL_MEETING_SCHEDULED && date_to_days(c->today) > due
	           && date_cmp(mt->date, c->today) >= 0) {
		check_report(c, CHECK_MSG_NOTICE_NOT_GIVEN, &mt->pos, rule->clause, NULL,
		             check_meeting_text(c, mt->body), check_date_text(c, mt->date),
		             check_date_text(c, date_from_days(due)));
	}
}

static void agenda_meeting(check_t *c, const model_meeting_t *mt)
{
	if (mt->body == NULL)
		return;
	agenda_required(c, mt);
	agenda_notice(c, mt);
}

const check_family_t check_family_agenda = {
	.name = "agenda",
	.meeting = agenda_meeting,
};
