/*
 * plan: the view behind the delivery plan for an academic year
 * (Leicester agreement clause 5): the Parties' strategy, the objectives
 * with their activities (lead, outputs, start and due dates, cost, RAG
 * and, judged on "today", whether each is complete, in progress, not yet
 * started or overdue), the priorities' milestones in the year, each
 * Party's contribution to each activity with totals (clause 5.2.3), and
 * a Gantt-style timeline of the activities by term and half-term whose
 * geometry is computed here (see chart.h).
 *
 * The document returned is the caller's (xmlFreeDoc); NULL after
 * reporting an error to d (the calendar has no such academic year, or
 * the plans have no delivery plan for it).
 */
#ifndef LPDOC_VIEW_PLAN_H
#define LPDOC_VIEW_PLAN_H

#include <libxml/tree.h>

#include "../model/model.h"
#include "../util/diag.h"

xmlDocPtr view_plan_build(const model_t *m, const char *year, date_t today, diag_t *d);

/* An activity's state on today: "complete" (done on or before today, or
 * rag complete without a done date),
 * "overdue" (due before today and not complete), "not-started" (starts
 * after today) or "in-progress". */
const char *view_activity_status(const model_activity_t *a, date_t today);

#endif
