/*
 * pack: the view behind `lpdoc pack` — a term's minutes gathered for the
 * Board (member edition) or the website (public edition): the cover
 * figures, a contents list grouped by body, every held meeting of the
 * term (minutes.h) in date order within its body, an action tracker over
 * all their actions (open, done, dropped, overdue as of `today`, with
 * counts), the term's finance as at the pack's date (finance.h: budget,
 * spending, income against commitments, CEO decisions; or that the
 * records hold none for the term), the financial report received at the
 * final meeting of the term of each body that must receive one (with the
 * budget's lines, spent to that meeting and the variance), and a compliance summary of the
 * checker's findings as of `today`.
 *
 * The public edition passes the same rule as the minutes: nothing from a
 * confidential item (its actions, papers, text) enters the document, and
 * the compliance summary gives counts only (a finding may quote a record).
 *
 * Documents returned are the caller's (xmlFreeDoc); the meeting arrays
 * are the caller's to free(), their elements belong to the model.
 */
#ifndef LPDOC_VIEW_PACK_H
#define LPDOC_VIEW_PACK_H

#include <stddef.h>
#include <libxml/tree.h>

#include "../model/model.h"
#include "minutes.h"

/* The held meetings of a term grouped by body (bodies in record order),
 * each body's in date order; *n gets the count. */
const model_meeting_t **view_pack_meetings(const model_t *m, const model_term_t *t, size_t *n);

/* The final held meeting in term t of body b, or NULL. */
const model_meeting_t *view_pack_final_meeting(const model_body_t *b, const model_term_t *t);

/* Money spent against a budget line from the start of its financial year
 * up to and including `to`. */
money_t view_line_spent(const model_t *m, const model_budget_line_t *l, date_t to);

/* <pack-document edition=...>: partnership, pack, contents, bodies with
 * their minutes, action-tracker, finance, financial-report(s), compliance. */
xmlDocPtr view_pack_build(const model_t *m, const model_term_t *t, const view_minutes_opt_t *opt);

#endif
