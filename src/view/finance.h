/*
 * finance: the money a document shows for a period, every figure computed
 * here from finance.xml (the stylesheets only print them).
 *
 * view_ceo_decisions_add() lists the decisions an office took under its
 * delegated authority (<ceo-decision>) dated within a period, with the
 * spending limit (<spending-limit>) and where each was reported; the
 * annual report shows the year's, the termly pack the term's.
 *
 * view_pack_finance_add() is the termly pack's financial section as at
 * the pack's date: the budget of the financial year the term's last day
 * (or the pack's date, when earlier) falls in, each line with its spending
 * in the term and in the year to date and what remains; the income
 * received against each commitment (for the year, or in all for a one-off
 * or a total) and the other income; the term's CEO decisions.  When the
 * records hold none of these for the term it says so (recorded="no").
 */
#ifndef LPDOC_VIEW_FINANCE_H
#define LPDOC_VIEW_FINANCE_H

#include <libxml/tree.h>

#include "../model/model.h"

/* <ceo-decisions limit count total> with a <decision> per decision dated
 * from..to; a decision reported after as_of (when set) shows as not yet
 * reported.  Returns the element. */
xmlNode *view_ceo_decisions_add(xmlNode *parent, const model_t *m, date_t from, date_t to,
                                date_t as_of);

/* The budget of financial year fy ("2025-26"), NULL when none. */
const model_budget_t *view_budget_of_year(const model_t *m, const char *fy);

/* <finance recorded year as-of from to>: the pack's financial section for
 * term t as at as_of. */
void view_pack_finance_add(xmlNode *pack, const model_t *m, const model_term_t *t, date_t as_of);

#endif
