/*
 * review: the view behind `lpdoc review` — the register of an annual
 * review (MoU 5.1 in Liverpool): which members the review asked (members
 * on the day it opened, model_member_is_member()), the returns received
 * (choice, date, who signed, whether a withdrawal came too late for the
 * notice the agreement requires), the members not yet returned with
 * their contact details from the records (the chase list), the tallies,
 * and the dates: when the review opened, the return date and the last
 * day notice to withdraw can arrive.
 *
 * Documents returned are the caller's (xmlFreeDoc).
 */
#ifndef LPDOC_VIEW_REVIEW_H
#define LPDOC_VIEW_REVIEW_H

#include <libxml/tree.h>

#include "../model/model.h"
#include "../util/diag.h"

/* The financial year ("2026-27") the default register is for: that of
 * the latest review on or before `on`, into out (>= 8 bytes); -1 when the
 * agreement has no annual review. */
int view_review_default_year(const model_t *m, date_t on, char *out);

/* 1 when the register of the review renewing `year` records a return. */
int view_review_has_returns(const model_t *m, const char *year);

/* <review-register as-of today>: partnership, review (dates, clause),
 * tally, <returned> (one <return> per return received), <outstanding>
 * (one <member> per member asked and not returned, with <contact>s).
 * NULL after reporting to d when the agreement has no annual review or
 * `year` is not a year one renews. */
xmlDocPtr view_review_build(const model_t *m, const char *year, date_t today, diag_t *d);

#endif
