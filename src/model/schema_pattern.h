/*
 * schema_pattern: a cheaper road past RELAX NG's pattern facets.
 *
 * libxml2 compiles a <param name="pattern"> regular expression again for
 * every value it checks against it: with an id pattern on every id
 * attribute, that was a third of validating a large partnership.  This
 * module learns from a grammar, for each element and attribute name,
 * the patterns the grammar may apply to that attribute's value, and
 * gives a copy of the grammar without them.  A record that the copy
 * accepts and whose attribute values all match their patterns (compiled
 * once, by the same libxml2 regular expressions) is one the whole
 * grammar accepts.  Anything else — a value that does not match, a
 * grammar whose patterns cannot all be placed on attributes — goes to
 * the whole grammar, so what is accepted and what is reported never
 * change.
 *
 * A schema_pattern_t owns its compiled expressions and copies of the
 * names; the loose grammar it returns belongs to the caller.
 */
#ifndef LPDOC_MODEL_SCHEMA_PATTERN_H
#define LPDOC_MODEL_SCHEMA_PATTERN_H

#include <libxml/tree.h>

typedef struct schema_pattern schema_pattern_t;

/* Learns from a RELAX NG grammar (includes already spliced in).  Returns
 * NULL when it has no patterns or some cannot be placed (the whole
 * grammar must then do all the work); otherwise *loose gets a copy of
 * the grammar without its pattern facets. */
schema_pattern_t *schema_pattern_new(xmlDocPtr rng, xmlDocPtr *loose);
void schema_pattern_free(schema_pattern_t *sp);
/* 1 when every attribute of doc that the grammar may constrain by a
 * pattern has a value matching all of them (and no white space); 0
 * otherwise. */
int schema_pattern_check(const schema_pattern_t *sp, xmlDocPtr doc);

#endif
