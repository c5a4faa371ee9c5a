/* ics: meetings and the agreement's dates as iCalendar, with libical (see ics.h). */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/query.h"
#include "../util/xalloc.h"
#include "ics.h"

typedef struct ics_ctx {
	const model_t *m;
	const model_records_t *r;
	icalcomponent *cal;
	struct icaltimetype stamp;
	ics_counts_t *counts;
} ics_ctx_t;

static struct icaltimetype ics_date(date_t d)
{
	struct icaltimetype t = icaltime_null_date();
	t.year = d.y;
	t.month = d.m;
	t.day = d.d;
	return t;
}

/* d at "HH:MM", a floating local time. */
static struct icaltimetype ics_time(date_t d, const char *hhmm)
{
	struct icaltimetype t = icaltime_null_time();
	t.year = d.y;
	t.month = d.m;
	t.day = d.d;
	t.hour = atoi(hhmm);
	t.minute = atoi(hhmm + 3);
	t.is_date = 0;
	return t;
}

/* A VEVENT with its UID (uid@partnership.lpdoc), DTSTAMP and SUMMARY. */
static icalcomponent *event_new(ics_ctx_t *c, const char *uid, const char *summary)
{
	icalcomponent *e = icalcomponent_new_vevent();
	char *full = xasprintf("%s@%s.lpdoc", uid, c->r->id ? c->r->id : "partnership");
	icalcomponent_add_property(e, icalproperty_new_uid(full));
	icalcomponent_add_property(e, icalproperty_new_dtstamp(c->stamp));
	icalcomponent_add_property(e, icalproperty_new_summary(summary));
	icalcomponent_add_component(c->cal, e);
	free(full);
	return e;
}

static void meeting_add(ics_ctx_t *c, const model_meeting_t *mt)
{
	const char *kind = mt->kind == MODEL_MEETING_AGM ? "annual general meeting"
	                   : mt->kind == MODEL_MEETING_SPECIAL ? "special meeting" : "meeting";
	char *summary = xasprintf("%s %s", mt->body ? mt->body->name : mt->body_id, kind);
	char *uid = xasprintf("meeting-%s", mt->id);
	icalcomponent *e = event_new(c, uid, summary);
	if (mt->start[0]) {
		icalcomponent_add_property(e, icalproperty_new_dtstart(ics_time(mt->date, mt->start)));
		if (mt->end[0])
			icalcomponent_add_property(e, icalproperty_new_dtend(ics_time(mt->date, mt->end)));
	} else {
		icalcomponent_add_property(e, icalproperty_new_dtstart(ics_date(mt->date)));
	}
	if (mt->venue)
		icalcomponent_add_property(e, icalproperty_new_location(mt->venue));
	char *desc = xasprintf("%s %s%s%s (lpdoc: meeting %s)", mt->body ? mt->body->name
	                       : mt->body_id, kind, mt->reason ? ": " : "",
	                       mt->reason ? mt->reason : "", mt->id);
	icalcomponent_add_property(e, icalproperty_new_description(desc));
	icalcomponent_add_property(e, icalproperty_new_status(
		mt->status == MODEL_MEETING_CANCELLED ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
	c->counts->meetings++;
	free(desc);
	free(uid);
	free(summary);
}

/* An all-day date the agreement sets, citing the clause. */
static void date_add(ics_ctx_t *c, const char *uid, date_t on, const model_rule_t *rule,
                     const char *summary)
{
	char cite[64] = "";
	if (rule && rule->clause)
		model_cite(c->m, rule->clause, cite, sizeof cite);
	char *text = cite[0] ? xasprintf("%s [%s]", summary, cite) : xstrdup(summary);
	icalcomponent *e = event_new(c, uid, text);
	icalcomponent_add_property(e, icalproperty_new_dtstart(ics_date(on)));
	icalcomponent_add_property(e, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	c->counts->dates++;
	free(text);
}

/* The review, the notice date and the annual report due in fy. */
static void year_dates_add(ics_ctx_t *c, const model_financial_year_t *fy)
{
	const model_rule_t *review = &c->r->rules[MODEL_RULE_ANNUAL_REVIEW];
	const model_rule_t *notice = &c->r->rules[MODEL_RULE_WITHDRAWAL_NOTICE];
	const model_rule_t *report = &c->r->rules[MODEL_RULE_ANNUAL_REPORT];
	char uid[96], summary[160];
	if (review->present && review->months >= 1 && review->months <= 12) {
		date_t on = { fy->start.y, (int)review->months, 1 };
		if (date_cmp(on, fy->start) < 0)
			on.y++;
		snprintf(uid, sizeof uid, "annual-review-%s", fy->id);
		snprintf(summary, sizeof summary, "Annual review of membership (%s)", fy->id);
		date_add(c, uid, on, review, summary);
	}
	if (notice->present && notice->months > 0) {
		date_t by = date_add_months(fy->end, -(int)notice->months);
		snprintf(uid, sizeof uid, "withdrawal-notice-%s", fy->id);
		snprintf(summary, sizeof summary, "Last day to give notice of withdrawal "
		         "(%u months before the end of %s)", notice->months, fy->id);
		date_add(c, uid, by, notice, summary);
	}
	if (report->present) {
		date_t due = date_add_months(fy->end, report->months ? (int)report->months : 12);
		snprintf(uid, sizeof uid, "annual-report-%s", fy->id);
		snprintf(summary, sizeof summary, "Annual report for %s due", fy->id);
		date_add(c, uid, due, report, summary);
	}
}

char *ics_text(const model_t *m, date_t stamp, ics_counts_t *counts)
{
	memset(counts, 0, sizeof *counts);
	ics_ctx_t c = { m, model_records(m), icalcomponent_new_vcalendar(), icaltime_null_time(),
	                counts };
	c.stamp = ics_time(stamp, "00:00");
	c.stamp.zone = icaltimezone_get_utc_timezone();
	icalcomponent_add_property(c.cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(c.cal, icalproperty_new_prodid("-//lpdoc//lpdoc calendar//EN"));
	icalcomponent_add_property(c.cal, icalproperty_new_calscale("GREGORIAN"));
	icalcomponent_add_property(c.cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
	for (size_t i = 0; i < c.r->nmeetings; i++)
		meeting_add(&c, c.r->meetings[i]);
	for (size_t i = 0; i < c.r->nfys; i++)
		year_dates_add(&c, c.r->fys[i]);
	if (date_is_set(c.r->agreement.return_by))
		date_add(&c, "agreement-return-by", c.r->agreement.return_by, NULL,
		         "Signed agreement pro-formas to be returned");
	char *text = icalcomponent_as_ical_string_r(c.cal);
	char *out = xstrdup(text);
	free(text);
	icalcomponent_free(c.cal);
	return out;
}
