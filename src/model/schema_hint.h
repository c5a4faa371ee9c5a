/*
 * schema_hint: plain-words explanations of RELAX NG failures.
 *
 * libxml2 reports a missing attribute as "Element meeting failed to
 * validate attributes", with no line.  From the schema itself this module
 * learns, for each element name, which attributes are required and which
 * values an enumerated attribute allows, and reports each element that
 * breaks those rules at its own line: "meeting is missing the required
 * attribute 'date'", "kind=\"x\" is not allowed: use one of ...".
 * A schema_hint_t owns copies of everything it keeps.
 */
#ifndef LPDOC_MODEL_SCHEMA_HINT_H
#define LPDOC_MODEL_SCHEMA_HINT_H

#include <stddef.h>
#include <libxml/tree.h>

#include "../util/diag.h"

typedef struct schema_hint schema_hint_t;

/* Learns from a RELAX NG grammar (includes already spliced in). */
schema_hint_t *schema_hint_new(xmlDocPtr rng);
void schema_hint_free(schema_hint_t *h);
/* Reports every problem it can explain in doc to d; stores the lines it
 * reported on in *lines (the caller frees) and returns how many. */
size_t schema_hint_explain(const schema_hint_t *h, xmlDocPtr doc, const char *file,
                           diag_t *d, unsigned **lines);

#endif
