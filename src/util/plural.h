/*
 * plural: the one rule for a count and its noun, shared by the C code and
 * the stylesheets ("1 breach", "2 breaches", "0 warnings", "1 body",
 * "2 bodies"): the singular when the count is exactly 1, else the plural.
 *
 * stylesheets/plural.xsl (template lp-count, included by common.xsl)
 * applies the same rule; the unit test test_plural runs both over the
 * same counts and nouns and requires the same text.
 */
#ifndef LPDOC_UTIL_PLURAL_H
#define LPDOC_UTIL_PLURAL_H

#include <stddef.h>

/* one when n is 1, else many. */
const char *plural_noun(unsigned long long n, const char *one, const char *many);

/* "N noun" into out (truncated to size). */
void plural_count(unsigned long long n, const char *one, const char *many, char *out, size_t size);

#endif
