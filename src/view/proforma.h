/*
 * proforma: the views behind the signing documents.
 *
 *  - view_proforma_build(): for each member the agreement's annual review
 *    asks (schools and partner organisations on the day the review
 *    opens), what its signing pro-forma shows — the agreement's full text
 *    (clause numbers and text as adopted), the member's details from the
 *    records (URN, phase, headteacher, chair of governors; an
 *    organisation's kind), its subscription for the year renewed, and the
 *    review: which December, which financial year the member stays for,
 *    when notice to withdraw must be given, where (post and e-mail) to
 *    return the form and by when.  Every date is computed here (from the
 *    model's review query), none in the stylesheet.
 *  - view_proforma_refusal(): why an agreement asks nobody to sign a
 *    pro-forma (it has no annual review), and what to use instead.
 *  - view_agreement_build(): the agreement with its parties, for the
 *    signature pages of an agreement between parties.
 *
 * Documents returned are owned by the caller (xmlFreeDoc); arrays and
 * strings returned are the caller's to free(), array elements belong to
 * the model.
 */
#ifndef LPDOC_VIEW_PROFORMA_H
#define LPDOC_VIEW_PROFORMA_H

#include <stddef.h>
#include <libxml/tree.h>

#include "../model/model.h"
#include "../model/query.h"
#include "../util/diag.h"

/* The annual review the pro-formas are for (MoU 5.1 in Liverpool). */
typedef struct view_review {
	int has_review;              /* the agreement has an annual-review rule */
	model_review_dates_t when;   /* the review and its deadlines */
	date_t stale_return_by;      /* the agreement's return-by when it belongs
	                              * to an earlier review and is already past */
	const char *return_to;       /* the agreement's return-to, or NULL */
	const char *return_email;    /* the agreement's return-email, or NULL */
} view_review_t;

/* The review the pro-formas are for: the one renewing financial year
 * `year` ("2026-27"), or with year NULL the next on or after as_of.
 * Returns -1 when the agreement has no annual review (out then holds the
 * month of as_of, for a form without a review) or year is not one it
 * renews. */
int view_review_compute(const model_t *m, date_t as_of, const char *year, view_review_t *out);

/* <review>: the review and its dates (annual, year, month-name, opens,
 * current-fy, next-fy, notice-by, return-by, return-to, return-email,
 * clause) under parent; returns it.  The pro-formas' adds return-passed
 * (the return date is before the records' as-of date). */
xmlNode *view_review_node(xmlNode *parent, const model_t *m, const view_review_t *rv);

/* NULL when the agreement asks its members to sign pro-formas (it has an
 * annual review); else one line saying why no one signs one, naming the
 * agreement and the command to use instead (dir as the user gave it).
 * `what` names the document refused: "pro-forma", "review register". */
char *view_proforma_refusal(const model_t *m, const char *dir, const char *what);

/* The members the review asks, schools first then partner
 * organisations, each in record order: members (model_member_is_member)
 * on the day the review opens; with outstanding, only those that have
 * not returned their form to it.  *n gets the count. */
const model_member_t **view_proforma_members(const model_t *m, const view_review_t *rv,
                                             int outstanding, size_t *n);

/* A later date to return the forms by than the review's (a chase round
 * after its date: `lpdoc proforma --return-by`); an unset date changes
 * nothing. */
void view_review_set_return_by(view_review_t *rv, date_t return_by);

/* <proformas>: partnership, review, agreement, then one <school> or
 * <organisation> per member, for the review of `year` (NULL: the next),
 * to be returned by return_by when it is set (view_review_set_return_by). */
xmlDocPtr view_proforma_build(const model_t *m, const char *year, date_t return_by,
                              const model_member_t *const *members, size_t n);

/* 1 when member s can have a pro-forma; otherwise reports why to d (an
 * error: the member is left out, the others are still produced).  The
 * schema lets through a name of only spaces, which no form can carry. */
int view_proforma_school_ok(const model_member_t *s, diag_t *d);

/* Warns about what the records leave the pro-formas without: a
 * return-by date already past (the computed deadline is used instead), a
 * return date before the records' as-of date (a chase round: the forms
 * ask for return as soon as possible),
 * schools with no headteacher or chair of governors (a few by name, then
 * a count; the name is left blank to be written in). */
void view_proforma_check(const model_t *m, const view_review_t *rv,
                         const model_member_t *const *members, size_t n, diag_t *d);

/* <agreement-document>: partnership, agreement (with its parties);
 * preamble-lists-parties="yes" when the adopted preamble names them all.
 * NULL after an error when the agreement has no parties. */
xmlDocPtr view_agreement_build(const model_t *m, diag_t *d);

#endif
