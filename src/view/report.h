/*
 * report: the views behind the CEO's yearly documents, with every figure
 * computed here so that the stylesheets only lay them out.
 *
 *  - view_report_build(): the annual report for a financial year (MoU
 *    5.2 in Liverpool): members by phase and type, joiners and leavers,
 *    MoU status; progress against each priority (RAG, narrative,
 *    milestones, measures against target); spending against budget by
 *    priority and line with variances, income by source, reserves, CEO
 *    decisions; grants by fund and school within each fund's total;
 *    meetings held per body and each member's attendance rate; inspection
 *    outcomes, share good or outstanding, the direction-of-travel
 *    brokerage matrix (Suffolk paper 2-3); procedure changes; the
 *    Board's seats and holders.  Charts come with their geometry (see
 *    chart.h).
 *  - view_performance_plan_build(): the Annual Performance Plan agreed at
 *    the end of that year (Leicester agreement 6.1): the analysis of the
 *    year, successes and shortfalls, targets for the next year beside
 *    this and last year's figures, the full financial report, learner
 *    progress and quality of provision.  Its narrative comes from the
 *    <performance-plan> record for the next year.
 *
 * "today" decides what is overdue: the caller passes --today, else
 * SOURCE_DATE_EPOCH's date, else the clock's; the records' as-of date
 * caps it (see view_report_today()).
 *
 * Documents returned are the caller's (xmlFreeDoc); NULL after reporting
 * an error to d (a year the calendar does not have).
 */
#ifndef LPDOC_VIEW_REPORT_H
#define LPDOC_VIEW_REPORT_H

#include <libxml/tree.h>

#include "../model/model.h"
#include "../util/diag.h"

xmlDocPtr view_report_build(const model_t *m, const char *year, date_t today, diag_t *d);
xmlDocPtr view_performance_plan_build(const model_t *m, const char *year, date_t today,
                                      diag_t *d);

/* The day documents judge "overdue" on: the earlier of given (unset:
 * SOURCE_DATE_EPOCH's date, else today's) and the records' as-of date. */
date_t view_report_today(const model_t *m, date_t given);

/* Helpers shared with the delivery plan (plan.c). */
/* <partnership> (branding) and <agreement> (title, short, the clause of
 * rule when present, one <party> per party) under root. */
void view_report_head(xmlNode *root, const model_t *m, const model_rule_t *rule);
/* A label for a record value: "requires-improvement" -> "Requires
 * improvement", "red" -> "Red", "pvi" -> "PVI"; the value itself when
 * unknown. */
const char *view_label(const char *value);
/* name="value" and name-label="Label" (view_label). */
void view_enum(xmlNode *n, const char *name, const char *value);
/* attr = part / whole as a percentage with one decimal ("" omitted). */
void view_percent(xmlNode *n, const char *attr, long long part, long long whole);
/* Milestone status on today: done, done-late (done on or before today),
 * overdue (due before today, not done by then) or open. */
const char *view_milestone_status(date_t due, date_t done, date_t today);
/* <milestone id due done clause status>text</milestone> under parent. */
xmlNode *view_milestone(xmlNode *parent, const model_t *m, const model_milestone_t *ms,
                        date_t today);

#endif
