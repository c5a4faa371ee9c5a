/*
 * agenda: what the agreement requires on the agenda of one meeting, and the
 * notice it must be given — one definition, used by `lpdoc check` (a
 * required item missing from the planned items, notice sent late) and by
 * the agenda itself (the required item added).
 *
 * Required at a meeting of body B (each with the rule's clause):
 *  - a <report paper at> received by B (its own, or another body's naming
 *    B in `to`): at="each-meeting" at every meeting; at="final-meeting-of-
 *    term" at the last meeting of B (held or scheduled, not cancelled, not
 *    special) in the term of the meeting (holidays count with the term
 *    before); at="each-term"/"each-year" at the last such meeting of the
 *    term / academic year when no earlier held meeting of it received one;
 *  - <spending-limit report-to="B">: the office holder's decisions not yet
 *    reported (or reported at this meeting) dated before it, at a meeting
 *    that is not special, when there are any;
 *  - <meets relative="before" body="B"> of a body G: a report of G's
 *    meeting when G met (or is to meet) after B's previous held meeting
 *    and before this one.
 * A planned item covers a requirement when it holds a <paper> of the
 * required kind (a group's report: kind="group-report" body="G").
 *
 * Arrays returned are the caller's to free(); their pointers are the model's.
 */
#ifndef LPDOC_MODEL_AGENDA_H
#define LPDOC_MODEL_AGENDA_H

#include <stddef.h>

#include "model.h"

typedef enum model_required_kind {
	MODEL_REQUIRED_REPORT,         /* a <report>: paper kind */
	MODEL_REQUIRED_DECISIONS,      /* an office holder's decisions (<spending-limit>) */
	MODEL_REQUIRED_GROUP_REPORT    /* a group that meets before the body */
} model_required_kind_t;

typedef struct model_required {
	model_required_kind_t kind;
	const char *paper;             /* the paper kind: "financial-report", "ceo-decisions", "group-report" */
	const model_pos_t *rule_pos;   /* the rule in partnership.xml */
	const model_clause_t *clause;  /* the rule's clause, or the body's; may be NULL */
	const model_rule_t *limit;     /* DECISIONS: the <spending-limit> */
	const model_ceo_decision_t **decisions;   /* DECISIONS: the decisions to report */
	size_t ndecisions;
	const model_body_t *group;     /* GROUP_REPORT: the group */
	const model_meeting_t *group_meeting;     /* GROUP_REPORT: its latest meeting */
	const model_item_t *item;      /* the planned item covering it, NULL when missing */
} model_required_t;

/* The items required at mt (not cancelled); *n gets the count.  Free with
 * model_agenda_required_free(). */
model_required_t *model_agenda_required(const model_t *m, const model_meeting_t *mt, size_t *n);
void model_agenda_required_free(model_required_t *req, size_t n);

/* The standing items of mt's body's agendas: those naming the body, else
 * those naming no body, in record order; *n gets the count. */
const model_standing_item_t **model_agenda_standing(const model_t *m, const model_body_t *b,
                                                    size_t *n);

/* The notice rule for body b (one naming it, else one naming no body), or
 * NULL when the records have none. */
const model_notice_rule_t *model_notice_rule(const model_t *m, const model_body_t *b);

/* The open actions of b's held meetings before `before` (every year and
 * term: the rolling action log), in meeting then record order; *n gets
 * the count. */
const model_action_t **model_agenda_open_actions(const model_body_t *b, date_t before, size_t *n);

/* The last meeting of b dated before mt, held or scheduled (not cancelled),
 * or NULL: the meeting whose minutes mt approves. */
const model_meeting_t *model_agenda_previous(const model_meeting_t *mt);

#endif
