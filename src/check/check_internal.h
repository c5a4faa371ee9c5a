/*
 * check_internal: what the rule families share — the checker's state, the
 * one reporting function, the family handler table and small helpers
 * about dates, periods and meetings.  Only src/check/ includes it.
 */
#ifndef LPDOC_CHECK_CHECK_INTERNAL_H
#define LPDOC_CHECK_CHECK_INTERNAL_H

#include "../model/model.h"
#include "../model/query.h"
#include "check.h"

enum { CHECK_TEXT_SLOTS = 12, CHECK_TEXT_SIZE = 96 };

struct check {
	const model_t *m;
	const model_records_t *r;
	diag_t *d;
	date_t today;                       /* the date judged at */
	check_msg_t *ids;                   /* message id by diag arrival number */
	size_t nids, capids;
	const model_item_t **confidential;  /* confidential items with a minute number */
	size_t nconfidential, capconfidential;
	unsigned char *fy_subscriptions;    /* per financial year: any subscription recorded */
	char text[CHECK_TEXT_SLOTS][CHECK_TEXT_SIZE];  /* ring of formatted values */
	unsigned next_text;
};

/* A partnership-wide duty of a family: judges the records as a whole. */
typedef void check_duty_fn(check_t *c);

/* A rule family: its duties, then a handler per kind of object; any may
 * be NULL.  Every family's duties run first, in order (the list ends with
 * NULL), then the walk visits every body, person, member, meeting and
 * item in record order. */
typedef struct check_family {
	const char *name;
	check_duty_fn *const *duties;
	void (*body)(check_t *c, const model_body_t *b);
	void (*person)(check_t *c, const model_person_t *p);
	void (*member)(check_t *c, const model_member_t *s);
	void (*meeting)(check_t *c, const model_meeting_t *mt);
	void (*item)(check_t *c, const model_item_t *it);
} check_family_t;

extern const check_family_t check_family_seats, check_family_quorum, check_family_pattern,
	check_family_reports, check_family_money, check_family_membership,
	check_family_minutes, check_family_confidentiality, check_family_agreement,
	check_family_text, check_family_agenda;

/* The one reporting function: message id at pos, citing clause (or, when
 * that is NULL, fallback; both may be NULL), with the message's arguments. */
void check_report(check_t *c, check_msg_t id, const model_pos_t *pos,
                  const model_clause_t *clause, const model_clause_t *fallback, ...);

/* Values formatted into the ring of text slots: valid until a dozen more. */
const char *check_date_text(check_t *c, date_t d);       /* "7 October 2025" */
const char *check_money_text(check_t *c, money_t v);     /* "£1,234" */
const char *check_office_text(const char *title);        /* "ceo" -> "CEO" */
/* Any text, formatted into a slot (cut at the slot's size). */
const char *check_text_printf(check_t *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Numbers in the annual reports' narrative the records can count. */
void check_narrative(check_t *c);
/* A decimal as written ("84.1") in tenths (841), rounded half away from 0. */
long long check_tenths(const char *decimal);
/* "no meetings", "1 meeting", "3 meetings" */
const char *check_meetings_text(check_t *c, unsigned n);
/* "1 place", "3 places": n and its noun by the one plural rule (plural.h) */
const char *check_count_text(check_t *c, unsigned n, const char *one, const char *many);

/* ---- periods: the calendar cut into windows that cover each year ---- */

typedef struct check_window {
	date_t start, end;
	date_t last_day;           /* the period's own last day (before any holiday) */
	model_season_t season;     /* NONE for a whole year */
	char label[80];            /* "the first half of Autumn term 2025" */
} check_window_t;

/* Windows of kind per (half-term, term, year) across the calendar, in date
 * order; a half-term or term runs to the day before the next one starts
 * (holidays belong to the period before them), the first of a year starts
 * with the year.  Returns the count; *out is allocated (free it). */
size_t check_windows(const model_records_t *r, model_period_t per, check_window_t **out);
/* Whether a period is over on today (its own last day has passed; a
 * meeting in the holiday after it still counts for it) and overlaps the
 * lifetime from..to (unset ends are open). */
int check_window_due(const check_window_t *w, date_t today, date_t from, date_t to);

/* The first day a body's duties apply: the later of its own start and the
 * partnership's founding (unset when neither is known). */
date_t check_body_from(const check_t *c, const model_body_t *b);
/* Whether a body exists on a day (its duties apply). */
int check_body_active(const check_t *c, const model_body_t *b, date_t on);

/* ---- meetings ---- */

/* Held (not scheduled or cancelled). */
int check_meeting_held(const model_meeting_t *mt);
/* Held and not special: a "full" meeting. */
int check_meeting_full(const model_meeting_t *mt);
/* Held meetings of b dated within lo..hi. */
unsigned check_meetings_between(const model_body_t *b, date_t lo, date_t hi);
/* The first full meeting of b dated after `after`, NULL when none. */
const model_meeting_t *check_meeting_next_full(const model_body_t *b, date_t after);
/* The last full meeting of b dated before `before`, NULL when none. */
const model_meeting_t *check_meeting_prev_full(const model_body_t *b, date_t before);
/* Whether a meeting received a paper of that kind. */
int check_meeting_has_paper(const model_meeting_t *mt, const char *kind);
/* "the Executive Board meeting" reads "Executive Board meeting"; a body
 * already named a meeting ("Members' Meeting") is not doubled. */
const char *check_meeting_text(check_t *c, const model_body_t *b);
/* A value of the records format as words: "requires-improvement" ->
 * "requires improvement". */
const char *check_words_text(check_t *c, const char *value);
/* Display name of a paper kind: "financial-report" -> "financial report". */
const char *check_paper_text(check_t *c, const char *kind);

/* Whether a school belonged to the partnership at some time from..to
 * (joined, not left or withdrawn), whatever its subscription. */
int check_school_enrolled(const model_member_t *s, date_t from, date_t to);

#endif
