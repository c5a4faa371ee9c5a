/*
 * view_model: the whole model as one canonical XML document — what
 * `lpdoc view DIR` prints and the base every document's view builds on.
 *
 * Canonical: the same records always give the same bytes.  Members and
 * people are sorted by id, meetings by date, start time and id; every
 * other list keeps record order.  References carry the referenced name
 * beside the id (person="p-ada" person-name="Ada Lovelace"), dates their
 * long form, money its printed form, and computed figures are included:
 * each body's places, membership and quorum on the as-of date, each
 * meeting's term, minute numbers, members present and whether quorate,
 * budget totals.
 *
 * The caller owns the returned document (xmlFreeDoc).
 */
#ifndef LPDOC_VIEW_VIEW_MODEL_H
#define LPDOC_VIEW_VIEW_MODEL_H

#include <libxml/tree.h>

#include "../model/model.h"

xmlDocPtr view_model_build(const model_t *m);

/* The parts, each adding one section under parent (used by other views). */
void view_model_agreement(xmlNode *parent, const model_t *m);
void view_model_bodies(xmlNode *parent, const model_t *m);
void view_model_members(xmlNode *parent, const model_t *m);
void view_model_people(xmlNode *parent, const model_t *m);
void view_model_calendar(xmlNode *parent, const model_t *m);
void view_model_meeting(xmlNode *parent, const model_t *m, const model_meeting_t *mt);
void view_model_meetings(xmlNode *parent, const model_t *m);
void view_model_finance(xmlNode *parent, const model_t *m);
void view_model_performance(xmlNode *parent, const model_t *m);
void view_model_plans(xmlNode *parent, const model_t *m);

#endif
