/*
 * agenda: the view behind `lpdoc agenda` — the notice of one meeting (held
 * or scheduled) and its agenda, with the papers pack: who is summoned (the
 * body's members by seat on the day), the notice given against the notice
 * rule, then the numbered items — the standing items of the agreement
 * data (apologies, declarations, minutes of the previous meeting named,
 * matters arising as the body's open actions across terms and years), the
 * items the agreement requires at this meeting (model/agenda.h; a missing
 * one is added and marked), the planned items, any other business and the
 * next meeting — each with its presenter, purpose and papers ("Paper 4a").
 * Papers are the PDFs the records name (file=) and lpdoc's own: the CEO's
 * decisions to report and the financial report of the term (budget spent
 * to today), generated from the records.  Last, the register of interests
 * of the body's members (view_interests_add(), also `lpdoc interests`).
 *
 * The public edition replaces a confidential item's title with a
 * placeholder and leaves out its presenter and papers.
 *
 * Documents returned are the caller's (xmlFreeDoc).
 */
#ifndef LPDOC_VIEW_AGENDA_H
#define LPDOC_VIEW_AGENDA_H

#include <libxml/tree.h>

#include "../model/model.h"
#include "../util/date.h"
#include "../util/diag.h"

typedef struct view_agenda_opt {
	int public_edition;
	date_t today;
} view_agenda_opt_t;

/* <agenda-document edition today>: partnership, meeting, notice, summoned,
 * item..., interests.  NULL after reporting to d (a paper that is not a
 * readable PDF, at its <paper>'s file:line). */
xmlDocPtr view_agenda_build(const model_t *m, const model_meeting_t *mt,
                            const view_agenda_opt_t *opt, diag_t *d);

/* <interests body-name on on-text>: the members of body b on day `on`
 * (every body's, when b is NULL), each with their registered interests. */
void view_interests_add(xmlNode *parent, const model_t *m, const model_body_t *b, date_t on);

/* <interests-document>: partnership and the register (lpdoc interests). */
xmlDocPtr view_interests_build(const model_t *m, const model_body_t *b, date_t on);

#endif
