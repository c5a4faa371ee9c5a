/* check_wording: see check_wording.h. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "check_wording.h"

/* The words, as whole words (any case); the first found in a clause decides
 * when it binds, else the first that asks. */
static const char *const binds[] = {
	"will", "shall", "must", "is required to", "are required to", "duty to", NULL
};
static const char *const asks[] = {
	"should", "aim", "aims", "aim to", "expect", "expects", "expected", "endeavour",
	"endeavours", "endeavor", "intend", "intends", "intention", "with a view to", NULL
};

static int word_at(const char *text, const char *at, size_t n)
{
	int before = at == text || !isalnum((unsigned char)at[-1]);
	int after = !isalnum((unsigned char)at[n]);
	return before && after;
}

/* The first of words in text as a whole word, NULL when none. */
static const char *text_find(const char *text, const char *const *words)
{
	for (const char *p = text; text && *p; p++)
		for (size_t w = 0; words[w]; w++) {
			size_t n = strlen(words[w]);
			if (strncasecmp(p, words[w], n) == 0 && word_at(text, p, n))
				return words[w];
		}
	return NULL;
}

/* The first of words in the clause's own text (not its sub-clauses). */
static const char *clause_find(const model_clause_t *cl, const char *const *words)
{
	for (size_t i = 0; i < cl->content.nblocks; i++) {
		const model_block_t *b = &cl->content.blocks[i];
		const char *w = text_find(b->text, words);
		for (size_t j = 0; !w && b->kind == MODEL_BLOCK_LIST && j < b->nitems; j++)
			w = text_find(b->items[j], words);
		if (w)
			return w;
	}
	return NULL;
}

check_wording_t check_clause_wording(const model_clause_t *cl, char *word, size_t size)
{
	if (size)
		word[0] = '\0';
	for (; cl; cl = cl->parent) {
		const char *w = clause_find(cl, binds);
		check_wording_t says = CHECK_WORDING_BINDS;
		if (w == NULL) {
			w = clause_find(cl, asks);
			says = CHECK_WORDING_ASKS;
		}
		if (w) {
			snprintf(word, size, "%s", w);
			return says;
		}
	}
	return CHECK_WORDING_NONE;
}

diag_level_t check_msg_level(check_msg_t id, const model_clause_t *cl)
{
	const check_msg_info_t *info = check_msg_info(id);
	if (info == NULL)
		return DIAG_ERROR;
	if (!info->duty)
		return info->level;
	char word[32];
	switch (check_clause_wording(cl, word, sizeof word)) {
	case CHECK_WORDING_BINDS: return DIAG_ERROR;
	case CHECK_WORDING_ASKS: return DIAG_WARNING;
	default: return info->level;
	}
}
