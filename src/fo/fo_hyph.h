/*
 * fo_hyph: hyphenation points of words, from the LibreOffice patterns
 * libhyphen reads (/usr/share/hyphen/hyph_<lang>_<COUNTRY>.dic).
 *
 * The dictionary is chosen by the FO language and country properties (or
 * xml:lang, "en-GB"): hyph_<lang>_<COUNTRY>.dic, else the language's
 * default country (en: GB), else hyph_<lang>.dic.  fo_hyph_t is a
 * per-document cache: each dictionary is loaded once, on first use, and
 * owned by the cache until fo_hyph_free().
 */
#ifndef LPDOC_FO_HYPH_H
#define LPDOC_FO_HYPH_H

#include <stddef.h>
#include <libxml/tree.h>

#include "fo_props.h"

#define FO_HYPH_DIR "/usr/share/hyphen"

typedef struct fo_hyph fo_hyph_t;
/* libhyphen's HyphenDict, so users need not include hyphen.h. */
typedef struct _HyphenDict fo_hyph_dict_t;

/* Dictionaries are looked up in dir (FO_HYPH_DIR normally). */
fo_hyph_t *fo_hyph_new(const char *dir);
void fo_hyph_free(fo_hyph_t *h);

/* The dictionary for language and country (either may be NULL; language
 * may carry the country: "en-GB", "en_US"), or NULL when there is none. */
fo_hyph_dict_t *fo_hyph_dict(fo_hyph_t *h, const char *language, const char *country);

/* Finds where word (len bytes of UTF-8, letters only) may be hyphenated,
 * at least push characters from its start and remain from its end.
 * Stores the byte offsets (after which the hyphen goes) in at, at most
 * max of them in increasing order, and returns how many. */
int fo_hyph_points(fo_hyph_dict_t *dict, const char *word, size_t len, int push,
                   int remain, size_t *at, int max);

/* Warns once per language (at el) when style s asks for hyphenation but
 * no dictionary serves its language, or no language is set.  Called
 * where a style is computed, when hyphenate or the language changed. */
void fo_hyph_style_check(const fo_style_t *s, const fo_style_t *parent, xmlNode *el,
                         const char *file, diag_t *d);

#endif
