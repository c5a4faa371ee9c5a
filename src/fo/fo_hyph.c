/* fo_hyph: see fo_hyph.h. */
#include "fo_hyph.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <hyphen.h>

#include "fo_msg.h"
#include "../util/xalloc.h"
#include "../util/xmlsafe.h"

/* Loaded (or missing) dictionaries, by language and country as given. */
typedef struct hyph_entry {
	char *language, *country;   /* "" for none */
	char *path;                 /* NULL: no dictionary */
	HyphenDict *dict;
	int owned;                  /* dict is freed with this entry */
} hyph_entry_t;

struct fo_hyph {
	char *dir;
	hyph_entry_t *e;
	size_t n, cap;
};

fo_hyph_t *fo_hyph_new(const char *dir)
{
	fo_hyph_t *h = xcalloc(1, sizeof *h);
	h->dir = xstrdup(dir);
	return h;
}

void fo_hyph_free(fo_hyph_t *h)
{
	if (h == NULL)
		return;
	for (size_t i = 0; i < h->n; i++) {
		if (h->e[i].owned)
			hnj_hyphen_free(h->e[i].dict);
		free(h->e[i].language);
		free(h->e[i].country);
		free(h->e[i].path);
	}
	free(h->e);
	free(h->dir);
	free(h);
}

/* Countries a bare language means (UK users: "en" is British English). */
static const char *default_country(const char *lang)
{
	return strcmp(lang, "en") == 0 ? "GB" : NULL;
}

static char *dict_file(const char *dir, const char *lang, const char *country)
{
	char *path = country ? xasprintf("%s/hyph_%s_%s.dic", dir, lang, country)
	                     : xasprintf("%s/hyph_%s.dic", dir, lang);
	if (access(path, R_OK) == 0)
		return path;
	free(path);
	return NULL;
}

/* Splits "en-GB" / "en_gb" into "en" and "GB"; an explicit country wins. */
static void lang_split(const char *language, const char *country, char *lang, size_t lcap,
                       char *ctry, size_t ccap)
{
	size_t i = 0, j = 0;
	for (; language && language[i] && language[i] != '-' && language[i] != '_' && i + 1 < lcap; i++)
		lang[i] = (char)tolower((unsigned char)language[i]);
	lang[i] = '\0';
	const char *c = country && *country ? country
	              : language && (language[i] == '-' || language[i] == '_') ? language + i + 1 : "";
	for (; c[j] && c[j] != '-' && c[j] != '_' && j + 1 < ccap; j++)
		ctry[j] = (char)toupper((unsigned char)c[j]);
	ctry[j] = '\0';
}

/* The dictionary file for language/country, or NULL. */
static char *dict_path(const char *dir, const char *language, const char *country)
{
	char lang[16], ctry[16];
	lang_split(language, country, lang, sizeof lang, ctry, sizeof ctry);
	if (lang[0] == '\0' || strcmp(lang, "none") == 0 || strspn(lang, "abcdefghijklmnopqrstuvwxyz") != strlen(lang))
		return NULL;
	char *path = ctry[0] && strspn(ctry, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == strlen(ctry)
	             ? dict_file(dir, lang, ctry) : NULL;
	if (path == NULL && default_country(lang))
		path = dict_file(dir, lang, default_country(lang));
	if (path == NULL)
		path = dict_file(dir, lang, NULL);
	return path;
}

static int str_eq(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "") == 0;
}

fo_hyph_dict_t *fo_hyph_dict(fo_hyph_t *h, const char *language, const char *country)
{
	for (size_t i = 0; i < h->n; i++)
		if (str_eq(h->e[i].language, language) && str_eq(h->e[i].country, country))
			return h->e[i].dict;
	h->e = xgrow(h->e, &h->cap, h->n + 1, sizeof *h->e);
	hyph_entry_t *e = &h->e[h->n++];
	memset(e, 0, sizeof *e);
	e->language = xstrdup(language ? language : "");
	e->country = xstrdup(country ? country : "");
	e->path = dict_path(h->dir, language, country);
	/* The same file under another name is loaded once. */
	for (size_t i = 0; e->path && i + 1 < h->n; i++)
		if (h->e[i].path && strcmp(h->e[i].path, e->path) == 0)
			return e->dict = h->e[i].dict;
	e->dict = e->path ? hnj_hyphen_load(e->path) : NULL;
	e->owned = e->dict != NULL;
	return e->dict;
}

static int utf8_len(unsigned char c)
{
	return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

int fo_hyph_points(fo_hyph_dict_t *dict, const char *word, size_t len, int push,
                   int remain, size_t *at, int max)
{
	if (dict == NULL || len == 0 || len > 1000)
		return 0;
	char *low = xmalloc(len + 1), *hy = xmalloc(len + 5);
	size_t nchars = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)word[i];
		low[i] = (char)(c < 0x80 ? tolower(c) : c);
		nchars += (c & 0xC0) != 0x80;
	}
	low[len] = '\0';
	char **rep = NULL;
	int *pos = NULL, *cut = NULL;
	int n = 0;
	if (hnj_hyphen_hyphenate2(dict, low, (int)len, hy, NULL, &rep, &pos, &cut) == 0) {
		size_t chars = 0;
		for (size_t i = 0; i < len && n < max; i += (size_t)utf8_len((unsigned char)word[i])) {
			size_t last = i + (size_t)utf8_len((unsigned char)word[i]) - 1;
			chars++;
			/* Odd: a break after this byte; rep: a non-standard change
			 * (not in the English patterns) that we do not make. */
			if ((hy[last] & 1) && (rep == NULL || rep[last] == NULL) &&
			    (int)chars >= push && (int)(nchars - chars) >= remain && last + 1 < len)
				at[n++] = last + 1;
		}
	}
	if (rep) {
		for (size_t i = 0; i < len; i++)
			free(rep[i]);
		free(rep);
	}
	free(pos);
	free(cut);
	free(low);
	free(hy);
	return n;
}

void fo_hyph_style_check(const fo_style_t *s, const fo_style_t *parent, xmlNode *el,
                         const char *file, diag_t *d)
{
	if (!s->hyphenate || s->nowrap)
		return;
	if (parent->hyphenate && str_eq(s->language, parent->language) &&
	    str_eq(s->country, parent->country))
		return;  /* checked where it was set */
	const char *lang = s->language ? s->language : "none";
	char *path = dict_path(FO_HYPH_DIR, s->language, s->country);
	if (path) {
		free(path);
		return;
	}
	char *key = xasprintf("hyph:%s", lang);
	if (diag_once(d, key)) {
		if (s->language == NULL || strcmp(lang, "none") == 0) {
			fo_report(d, file, xml_node_line(el), xml_node_col(el), FO_MSG_HYPHENATE_NO_LANGUAGE);
		} else {
			char *which = s->country ? xasprintf("'%s', country '%s'", lang, s->country)
			                         : xasprintf("'%s'", lang);
			fo_report(d, file, xml_node_line(el), xml_node_col(el),
			          FO_MSG_HYPHENATION_PATTERNS_MISSING, which, FO_HYPH_DIR);
			free(which);
		}
	}
	free(key);
}
