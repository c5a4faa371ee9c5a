/*
 * recedit: changes an import makes to record documents in memory
 * (members.xml's schools, performance.xml's inspections, finance.xml's
 * income and spending), keeping
 * everything it does not change: other attributes, children
 * (subscriptions, MoUs, reviews), comments, the elements' order and the
 * file's indentation.  A new element goes after the last one of its kind,
 * indented as that one is.  Each change is described in a summary.
 *
 * Ownership: the documents stay the caller's; recedit_summary_t owns its
 * text (recedit_summary_free()); strings returned are the caller's.
 */
#ifndef LPDOC_IMPORT_RECEDIT_H
#define LPDOC_IMPORT_RECEDIT_H

#include <stddef.h>
#include <libxml/tree.h>

#include "../util/buf.h"
#include "gias.h"
#include "ledger.h"

typedef struct recedit_summary {
	buf_t text;          /* one line per school added or changed */
	size_t added, updated, unchanged, inspections, heads;
} recedit_summary_t;

/* The urn attributes of members's schools, as new strings (free each and
 * the array). */
char **recedit_urns(xmlDocPtr members, size_t *n);

/* Adds or updates l's schools in members (matched by URN: name, phase,
 * type, pupils, address) and their latest inspections in performance
 * (when not already there for that school and date). */
void recedit_gias_apply(xmlDocPtr members, xmlDocPtr performance, const gias_list_t *l,
                        recedit_summary_t *s);

/* For each of l's schools with a head in GIAS and no headteacher in
 * members: a <person> in people (id p-FIRST-LAST, org the school, job
 * Headteacher; an existing person of that name and school is reused) and
 * the school's headteacher attribute.  A school whose headteacher is
 * someone else than GIAS's head is noted in the summary, not changed. */
void recedit_heads_apply(xmlDocPtr members, xmlDocPtr people, const gias_list_t *l,
                         recedit_summary_t *s);

/* Adds l's lines to finance as <income> and <expenditure>, each with the
 * id inc-REF or exp-REF (REF the export's reference, other characters as
 * '-'; -2, -3, ... when taken), except those already there: a record of
 * the same kind, date and amount whose id is made from the same
 * reference (counted in s->unchanged). */
void recedit_ledger_apply(xmlDocPtr finance, const ledger_list_t *l, recedit_summary_t *s);

/* doc as UTF-8 text with its declaration (a new string). */
char *recedit_text(xmlDocPtr doc);

void recedit_summary_free(recedit_summary_t *s);

#endif
