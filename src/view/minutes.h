/*
 * minutes: the view behind `lpdoc minutes` — one meeting's minutes with
 * every figure and phrase a reader needs computed here, not in XSLT:
 * the UK long date with its weekday ("Tuesday 14 October 2025"), the
 * attendance lists with the chair marked, the quorum statement ("3 of 4
 * members present; quorum 2"), minute numbers, decisions with their vote,
 * actions with their status (open, done, dropped, overdue as of `today`),
 * the papers received and the approval ("Approved as a correct record at
 * the meeting of 2 December 2025, minute EB 25/26-005") or DRAFT.
 *
 * Editions: the member edition gathers confidential (Part II) items into
 * a second <minutes part="confidential"> element; the public edition
 * leaves them out altogether — no title, text, paper, decision, action or
 * declaration text of a confidential item is put into the document, only
 * its minute number with "Confidential item — not published".
 *
 * Documents returned are the caller's (xmlFreeDoc); nodes added belong
 * to their document.  Text written into caller buffers is truncated to
 * the size given.
 */
#ifndef LPDOC_VIEW_MINUTES_H
#define LPDOC_VIEW_MINUTES_H

#include <stddef.h>
#include <libxml/tree.h>

#include "../model/model.h"

typedef struct view_minutes_opt {
	int public_edition;      /* leave confidential items out */
	date_t today;            /* decides which open actions are overdue */
	int today_given;         /* today was given (--today): a pack is as at
	                          * it, else as at the end of its term */
} view_minutes_opt_t;

typedef enum view_action_state {
	VIEW_ACTION_OPEN, VIEW_ACTION_DONE, VIEW_ACTION_DROPPED, VIEW_ACTION_OVERDUE
} view_action_state_t;
extern const char *const view_action_state_names[];   /* "open", ... */

/* "Tuesday", ..., for a set date. */
const char *view_weekday_name(date_t a);
/* "Tuesday 14 October 2025"; "" when unset. */
void view_date_uk(date_t a, char *out, size_t size);
/* "16:00 to 17:30", "16:00" or "". */
void view_time_range(const char *start, const char *end, char *out, size_t size);
/* The meeting's body (name, short name), date (ISO and as text), time and
 * venue as attributes of n, in that order: the agenda's and the minutes'
 * headings both carry them, so they are written once here. */
void view_meeting_when_add(xmlNode *n, const model_meeting_t *mt);

/* The quorum statement: "9 of 16 members present; quorum 6 (MoU 3.1).
 * The meeting was quorate." — for members-based bodies "member schools
 * represented"; without a quorum rule only the attendance is stated, and
 * for a body without seats (membership 0) only how many were present.
 * cite may be "" or NULL.  Returns 1 when quorate (or no rule). */
int view_quorum_text(unsigned present, unsigned membership, int has_rule, unsigned quorum,
                     int members_based, const char *cite, char *out, size_t size);

/* The action's state on `today`: open actions whose due date is before
 * today are overdue; an action done after today (records written later)
 * was still open or overdue then. */
view_action_state_t view_action_state(const model_action_t *a, date_t today);
/* "Done 20 November 2025", "Overdue: due 28 November 2025", "Open", "Dropped". */
void view_action_state_text(const model_action_t *a, date_t today, char *out, size_t size);

/* The approval line, or the draft notice when nothing approved them:
 * "Approved as a correct record at the meeting of 2 December 2025, minute
 * EB 25/26-005" / "Subject to approval at the next meeting of the Executive
 * Board" (a draft).  Returns 1 when approved (or signed), 0 for a draft. */
int view_approval_text(const model_meeting_t *mt, char *out, size_t size);

/* "Financial report" for a paper kind. */
const char *view_paper_kind_text(const char *kind);
/* The office a person holds at a meeting, as printed ("Chair", "CEO"): one
 * of its body first, else one of the partnership; NULL when none. */
const char *view_person_office(const model_person_t *p, const model_meeting_t *mt);

/* A decision's standing on `today` as attributes of its element e:
 * standing = valid, awaiting-ratification or ratified, and for the last
 * two standing-text, the sentence the minutes print; for a ratified one,
 * ratified-on and ratified-minute. */
void view_decision_standing(xmlNode *e, const model_t *m, const model_decision_t *d, date_t today);

/* <inquorate-decisions from to awaiting ratified>: every decision taken at a
 * held meeting from `from` to `to` while it was inquorate, with its standing
 * on `today` (<decision minute date body-name standing standing-text>text);
 * a public edition gives a confidential item's decision without its text
 * (confidential="yes"). */
void view_inquorate_decisions_add(xmlNode *parent, const model_t *m, date_t from, date_t to,
                                  date_t today, int public_edition);

/* Whether mt has confidential (Part II) items: its member edition then
 * holds confidential minutes, and says so on page 1 and in its file name. */
int view_minutes_has_part_ii(const model_meeting_t *mt);

/* Adds the minutes of mt under parent: <minutes part="open"> and, in the
 * member edition when there are confidential items, <minutes
 * part="confidential">, with ids min-MEETING and conf-MEETING. */
void view_minutes_add(xmlNode *parent, const model_t *m, const model_meeting_t *mt,
                      const view_minutes_opt_t *opt);

/* A new document whose root, root_name, says the edition and the date
 * opt gives, then the partnership (view_brand()): a minutes' or a pack's. */
xmlDocPtr view_minutes_doc_new(const char *root_name, const model_t *m,
                               const view_minutes_opt_t *opt, xmlNode **root);
/* <minutes-document edition=...>: partnership, then view_minutes_add(). */
xmlDocPtr view_minutes_build(const model_t *m, const model_meeting_t *mt,
                             const view_minutes_opt_t *opt);

#endif
