/*
 * compliance: the view behind `lpdoc compliance` — the compliance report
 * of a partnership: every finding of the checker (check.h) as of a day,
 * counted by level with a verdict, then grouped by level (errors first)
 * and, within a level, by the clause of the agreement it cites, in the
 * agreement's order (findings citing no clause of the agreement last).
 * Each clause group carries the clause's heading and its words
 * (paragraphs and lists), so the reader sees the rule beside the breach; each finding
 * its message, the checker's message name and where in the records it is
 * (file:line, the file relative to the partnership's folder).
 *
 * The checker is run here on the model; "today" is capped by the records'
 * as-of date as the checker does (check_date()).
 *
 * Documents returned are the caller's (xmlFreeDoc); elements added by
 * view_finding_add() belong to their document.
 */
#ifndef LPDOC_VIEW_COMPLIANCE_H
#define LPDOC_VIEW_COMPLIANCE_H

#include <libxml/tree.h>

#include "../model/model.h"
#include "../util/date.h"
#include "../util/diag.h"

/* <compliance-report today as-of>: partnership (branding), agreement,
 * summary (errors, warnings, notes, verdict), then one <level> per level
 * that has findings, holding <clause> groups of <finding>s. */
xmlDocPtr view_compliance_build(const model_t *m, date_t today);

/* <finding level cite where>message</finding> under parent.  where is
 * "file:line" with the file relative to dir when it lies in dir, else
 * its last path component (dir NULL: always the last component). */
xmlNode *view_finding_add(xmlNode *parent, const diag_msg_t *g, const char *dir);
/* The same, for a reader of the documents rather than of the records: no
 * where, but the meeting the finding is about (body-name, meeting-date),
 * when it is about one. */
xmlNode *view_finding_add_meeting(xmlNode *parent, const model_t *m, const diag_msg_t *g);

#endif
