/*
 * query: questions asked of a loaded model — find a record by id, which
 * term or year a date falls in, a body's membership and quorum on a day,
 * how to cite a clause.  Nothing here changes the model; every pointer
 * returned lives as long as the model.
 */
#ifndef LPDOC_MODEL_QUERY_H
#define LPDOC_MODEL_QUERY_H

#include <stddef.h>

#include "model.h"

/* By id; NULL when there is none. */
const model_body_t *model_body_find(const model_t *m, const char *id);
const model_person_t *model_person_find(const model_t *m, const char *id);
const model_member_t *model_member_find(const model_t *m, const char *id);
const model_member_t *model_school_find_urn(const model_t *m, const char *urn);
const model_meeting_t *model_meeting_find(const model_t *m, const char *id);
const model_item_t *model_item_find(const model_t *m, const char *id);
const model_action_t *model_action_find(const model_t *m, const char *id);
const model_party_t *model_party_find(const model_t *m, const char *id);
const model_clause_t *model_clause_find(const model_t *m, const char *num);
const model_academic_year_t *model_academic_year_find(const model_t *m, const char *id);
const model_term_t *model_term_find(const model_t *m, const char *id);
const model_financial_year_t *model_financial_year_find(const model_t *m, const char *id);
const model_fund_t *model_fund_find(const model_t *m, const char *id);
const model_budget_line_t *model_budget_line_find(const model_t *m, const char *id);
const model_priority_t *model_priority_find(const model_t *m, const char *id);
/* The nearest existing id of a kind to a mistyped one, or NULL; kind is
 * "body", "person", "member", "meeting", "term", ... (as in messages). */
const char *model_id_nearest(const model_t *m, const char *kind, const char *id);
/* A seat of a body by its id. */
const model_seat_t *model_seat_find(const model_body_t *b, const char *id);

/* A body's meetings in date order (also b->meetings). */
model_meeting_t *const *model_body_meetings(const model_body_t *b, size_t *n);

/* The held meeting of the same body just before / after mt (by date,
 * start time, id), or NULL: "approved at the next meeting", "reported
 * at the next full meeting". */
const model_meeting_t *model_meeting_previous(const model_meeting_t *mt);
const model_meeting_t *model_meeting_next(const model_meeting_t *mt);
/* The first held meeting of body on or after a day, or NULL. */
const model_meeting_t *model_body_meeting_from(const model_body_t *b, date_t on);

/* The first day the meeting records cover: the start of the academic year
 * of the earliest meeting recorded (its date when the calendar has no such
 * year); unset when there are no meetings.  A figure about meetings over a
 * period that starts earlier covers only part of it. */
date_t model_meetings_recorded_from(const model_t *m);

/* What contains a date; NULL when the calendar does not cover it.  Dates
 * in a holiday between terms have a year but no term. */
const model_academic_year_t *model_academic_year_at(const model_t *m, date_t on);
const model_term_t *model_term_at(const model_t *m, date_t on);
const model_half_term_t *model_half_term_at(const model_t *m, date_t on);
const model_financial_year_t *model_financial_year_at(const model_t *m, date_t on);
/* Money spent against a budget line from `from` to `to`, both included
 * (DATE_NONE: no limit on that side). */
money_t model_line_spent(const model_t *m, const model_budget_line_t *l, date_t from, date_t to);
/* The financial year id ("2025-26") of a date from the partnership's
 * fy-start, whether or not the calendar lists it; out >= 8 bytes. */
void model_financial_year_label(const model_t *m, date_t on, char *out);

/* Quorum for a membership of n: a fraction or percentage of n rounded
 * up (one third of 16 is 6; 25% of 84 is 21), or the fixed number.
 * 0 when the body has no quorum rule. */
unsigned model_quorum_compute(const model_quorum_t *q, unsigned n);
/* Places on a body: the sum of its seats' counts (minimums for "at
 * least" seats; "per party" seats times the agreement's parties). */
unsigned model_body_places(const model_t *m, const model_body_t *b);
/* 1 when a body's members are schools, not seat holders: a members-based
 * body (members' meeting, AGM), or a grouping without seats, whose members
 * are the schools the records place in it. */
int model_body_counts_schools(const model_body_t *b);
/* The body's membership on a day: the people holding its seats then, the
 * member schools for a members-based body, a seatless grouping's schools. */
unsigned model_body_membership(const model_t *m, const model_body_t *b, date_t on);
unsigned model_body_quorum(const model_t *m, const model_body_t *b, date_t on);
/* Voting members present at a meeting: present people holding a voting
 * seat on its body that day, or for a body that counts schools the
 * distinct schools (of the grouping) represented. */
unsigned model_meeting_present_members(const model_t *m, const model_meeting_t *mt);

/* 1 when the attendance of the meeting is recorded: anyone present, sending
 * apologies or absent (not only those in attendance). */
int model_meeting_has_attendance(const model_meeting_t *mt);
/* 1 when the meeting was quorate: its body has a quorum rule, attendance is
 * recorded and fewer voting members were present than the quorum.  0 when
 * it was inquorate; a meeting without a rule or attendance counts as quorate
 * (the check reports the missing attendance). */
int model_meeting_quorate(const model_t *m, const model_meeting_t *mt);

/* A decision's standing: taken at a quorate meeting (valid), taken while
 * the meeting was inquorate and not yet ratified by a later quorate
 * meeting (awaiting ratification), or so ratified (ratified). */
typedef enum model_standing {
	MODEL_DECISION_VALID, MODEL_DECISION_AWAITING, MODEL_DECISION_RATIFIED
} model_standing_t;
extern const char *const model_standing_names[];   /* "valid", "awaiting-ratification", "ratified" */
/* The standing on day `on` (a ratification after `on` does not count yet). */
model_standing_t model_decision_standing(const model_t *m, const model_decision_t *d, date_t on);
/* Whether item it can ratify decision d: a ratification is made at a later,
 * quorate meeting of the same body, of a decision taken while its meeting
 * was inquorate. */
typedef enum model_ratify_fault {
	MODEL_RATIFY_OK, MODEL_RATIFY_OTHER_BODY, MODEL_RATIFY_NOT_LATER,
	MODEL_RATIFY_WAS_QUORATE, MODEL_RATIFY_INQUORATE
} model_ratify_fault_t;
model_ratify_fault_t model_ratification_fault(const model_t *m, const model_item_t *it,
                                              const model_decision_t *d);

/* Attendance of a member of a body: of the body's held meetings from
 * `from` to `to` (inclusive) at which p held a seat, returns how many,
 * and stores in *present how many p was present at. */
unsigned model_attendance(const model_person_t *p, const model_body_t *b, date_t from,
                          date_t to, unsigned *present);

int model_holding_active(const model_holding_t *h, date_t on);
/* The party a seat is held for: a per-party seat nominated by a party's
 * organisation; NULL for other seats. */
const model_party_t *model_holding_party(const model_t *m, const model_holding_t *h);
/* The person's holding of a seat on body on that day, or NULL. */
const model_holding_t *model_person_holding(const model_person_t *p, const model_body_t *b, date_t on);
/* A school is a member on a day when it has joined and not left (nor
 * withdrawn); when the rules require a subscription, it must also have
 * paid one for the financial year of that day. */
int model_school_is_member(const model_t *m, const model_member_t *s, date_t on);
/* Whether a member belonged at some time from..to (joined, not left, its
 * withdrawal not yet effective), whatever its subscription: the one rule
 * of enrolment that membership, quorum, check and documents share. */
int model_member_enrolled(const model_member_t *s, date_t from, date_t to);
unsigned model_school_count(const model_t *m, date_t on);
/* Any member on a day: a school as model_school_is_member(); a partner
 * organisation when it has joined and not left. */
int model_member_is_member(const model_t *m, const model_member_t *s, date_t on);

/* An annual review (<annual-review>, with <withdrawal-notice>): the
 * members on the day it opens are asked whether they remain for the
 * financial year it renews. */
typedef struct model_review_dates {
	int year, month;                 /* December 2025 */
	date_t opens;                    /* the first day of the review month */
	date_t current_fy_end;           /* a member withdrawing leaves at this date */
	date_t next_fy_start, next_fy_end;  /* the year it renews */
	char current_fy[8], next_fy[8];  /* "2025-26", "2026-27" */
	unsigned notice_months;          /* 0: the agreement sets no notice */
	date_t notice_by;                /* last day to give notice (unset without notice) */
	date_t return_by;                /* the agreement's return-by when it falls in this
	                                  * review, else notice_by */
} model_review_dates_t;
/* The review of a month of a year (whatever the rules say). */
void model_review_compute(const model_t *m, int year, int month, model_review_dates_t *out);
/* The agreement's review in the review month on or after `on` / on or
 * before `on` / renewing financial year fy ("2026-27").  -1 when the
 * agreement has no annual review (or fy is not a year). */
int model_review_next(const model_t *m, date_t on, model_review_dates_t *out);
int model_review_latest(const model_t *m, date_t on, model_review_dates_t *out);
int model_review_for_year(const model_t *m, const char *fy, model_review_dates_t *out);
/* The register of the review renewing fy, NULL when none is recorded. */
const model_review_t *model_review_register(const model_t *m, const char *fy);
/* A member's return to the review renewing fy, NULL when none. */
const model_return_t *model_member_return(const model_member_t *s, const char *fy);
/* Whether the review w asked member s (a member when it opened) and s has
 * not returned its form; how many such members the review has. */
int model_member_outstanding(const model_t *m, const model_member_t *s, const model_review_dates_t *w);
unsigned model_review_outstanding(const model_t *m, const model_review_dates_t *w);

/* A member school on a day with its latest inspection and direction of
 * travel on or before that day (NULL: none recorded). */
typedef struct model_school_standing {
	const model_member_t *school;
	const model_inspection_t *inspection;
	const model_direction_t *direction;
} model_school_standing_t;
/* The member schools on `on` with their standings, sorted by address (for
 * bsearch); *n gets the count; the caller frees the array. */
model_school_standing_t *model_school_standings(const model_t *m, date_t on, size_t *n);
/* 1 for the Ofsted outcomes "good" and "outstanding". */
int model_outcome_good(const char *outcome);
/* What lpdoc computes for a measure with computed="good-or-outstanding" in
 * financial year fy: the share of the member schools inspected by the
 * year's last day that were judged good or outstanding, in tenths of a per
 * cent rounded half up (871 for 87.1%), with the counts in *part and
 * *whole.  -1 when it cannot: the measure is not computed, the calendar
 * has no such year, the year has not ended on `today`, or no member
 * school was inspected. */
long long model_measure_computed(const model_t *m, const model_measure_t *ms, const char *fy,
                                 date_t today, unsigned *part, unsigned *whole);

/* The meeting whose element starts last at or before line of file: the
 * one a message at file:line is about, if any (NULL: none). */
const model_meeting_t *model_meeting_at(const model_t *m, const char *file, unsigned line);
/* Who holds an office ("ceo", "chair" of a body, ...) on a day; NULL if nobody. */
const model_person_t *model_office_holder(const model_t *m, const char *title,
                                          const model_body_t *body, date_t on);

/* A kind of paper the records format knows (<paper kind=...>): how a
 * sentence names it ("the financial report", in the checker's messages)
 * and its label in a document ("Financial report"). */
typedef struct model_paper_kind {
	const char *kind, *noun, *label;
} model_paper_kind_t;
/* The kind named kind; NULL when there is none (or kind is NULL). */
const model_paper_kind_t *model_paper_kind(const char *kind);

/* How diagnostics cite a clause: "MoU 3.1" into out; "" for NULL. */
void model_cite(const model_t *m, const model_clause_t *c, char *out, size_t size);

#endif
