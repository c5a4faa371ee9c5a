/*
 * proforma: the views behind the signing documents.
 *
 *  - view_proforma_build(): for each chosen member school, what its MoU
 *    signing pro-forma shows — the agreement's full text (clause numbers
 *    and text as adopted), the school's details from the records
 *    (URN, phase, headteacher, chair of governors) and the annual review:
 *    which December, which financial year the school stays for, when
 *    notice to withdraw must be given, where to return the form and by
 *    when.  Every date is computed here, none in the stylesheet.
 *  - view_agreement_build(): the agreement with its parties, for the
 *    signature pages of an agreement between parties.
 *
 * Documents returned are owned by the caller (xmlFreeDoc); arrays
 * returned are the caller's to free(), their elements belong to the model.
 */
#ifndef LPDOC_VIEW_PROFORMA_H
#define LPDOC_VIEW_PROFORMA_H

#include <stddef.h>
#include <libxml/tree.h>

#include "../model/model.h"
#include "../util/diag.h"

/* The annual review the pro-formas are for (MoU 5.1 in Liverpool). */
typedef struct view_review {
	int has_review;              /* the agreement has an annual-review rule */
	int year, month;             /* the review: December 2025 */
	date_t current_fy_end;       /* the school may leave at this date */
	date_t next_fy_start, next_fy_end;  /* the year it stays for */
	char current_fy[16], next_fy[16];   /* "2025-26", "2026-27" */
	unsigned notice_months;      /* 0: the agreement sets no notice */
	date_t notice_by;            /* last day to give notice (unset without notice) */
	date_t return_by;            /* the agreement's return-by, else notice_by */
	date_t stale_return_by;      /* the agreement's return-by when already past */
	const char *return_to;       /* the agreement's return-to, or NULL */
} view_review_t;

/* The next annual review on or after as_of and its deadlines. */
void view_review_compute(const model_t *m, date_t as_of, view_review_t *out);

/* 1 when school s is a member on day `on`: joined (or no date), not left,
 * no withdrawal in effect.  Subscriptions do not count here: a school
 * signs before it pays. */
int view_school_current(const model_member_t *s, date_t on);

/* The member schools on as_of in record order; *n gets the count. */
const model_member_t **view_proforma_schools(const model_t *m, date_t as_of, size_t *n);

/* <proformas>: partnership, review, agreement, then one <school> per
 * schools[i]. */
xmlDocPtr view_proforma_build(const model_t *m, const model_member_t *const *schools,
                              size_t n);

/* 1 when school s can have a pro-forma; otherwise reports why to d (an
 * error: the school is left out, the others are still produced).  The
 * schema lets through a name of only spaces, which no form can carry. */
int view_proforma_school_ok(const model_member_t *s, diag_t *d);

/* Warns about what the records leave the pro-formas without: a
 * return-by date already past (the computed deadline is used instead),
 * schools with no headteacher or chair of governors (a few by name, then
 * a count; the name is left blank to be written in). */
void view_proforma_check(const model_t *m, const model_member_t *const *schools, size_t n,
                         diag_t *d);

/* <agreement-document>: partnership, agreement (with its parties);
 * preamble-lists-parties="yes" when the adopted preamble names them all.
 * NULL after an error when the agreement has no parties. */
xmlDocPtr view_agreement_build(const model_t *m, diag_t *d);

#endif
