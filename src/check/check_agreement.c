/* check_agreement: the agreement's own text, as it is printed for
 * signature — clause numbers used twice, numbering out of order
 * (including items numbered in the text of a paragraph, "4.2.1 set all
 * ..."), clauses and annexes cited that the agreement does not have, and
 * drafting placeholders left in ("[insert", "REPLACE:", "TBC", "XX"). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "check_internal.h"

/* ---- where a text is: "clause 5.2", "the preamble" ---- */

static const char *where_text(check_t *c, const model_clause_t *cl, const char *outside)
{
	if (cl == NULL)
		return outside;
	return check_text_printf(c, "clause %s", cl->num ? cl->num : cl->title ? cl->title : "");
}

static const model_pos_t *block_pos(const model_block_t *b, const model_clause_t *cl,
                                    const model_pos_t *fallback)
{
	if (b && b->pos.file)
		return &b->pos;
	return cl ? &cl->pos : fallback;
}

/* ---- placeholders ---- */

static int word_char(char ch)
{
	return isalnum((unsigned char)ch) != 0;
}

/* The placeholder in text, copied to out; 0 when none. */
static int placeholder_find(const char *text, char *out, size_t size)
{
	for (const char *p = text; *p; p++) {
		if (*p == '[' && strncasecmp(p + 1, "insert", 6) == 0) {
			const char *end = strchr(p, ']');
			size_t n = end ? (size_t)(end - p + 1) : strlen(p);
			snprintf(out, size, "%.*s", (int)(n < 60 ? n : 60), p);
			return 1;
		}
		if (strncmp(p, "REPLACE:", 8) == 0) {
			snprintf(out, size, "REPLACE:");
			return 1;
		}
		int start = p == text || !word_char(p[-1]);
		if (start && strncmp(p, "TBC", 3) == 0 && !word_char(p[3])) {
			snprintf(out, size, "TBC");
			return 1;
		}
		if (start && p[0] == 'X' && p[1] == 'X') {
			size_t n = 0;
			while (p[n] == 'X')
				n++;
			if (!word_char(p[n])) {
				snprintf(out, size, "%.*s", (int)(n < 20 ? n : 20), p);
				return 1;
			}
		}
	}
	return 0;
}

/* ---- references: "clause 6.1", "clauses 3.1 and 3.2", "Annex A" ---- */

/* Length of a clause number at p ("6.1", "3.a"), without a closing dot. */
static size_t number_len(const char *p)
{
	if (!isdigit((unsigned char)*p))
		return 0;
	size_t n = 0;
	while (isalnum((unsigned char)p[n]) || (p[n] == '.' && isalnum((unsigned char)p[n + 1])))
		n++;
	return n;
}

static int annex_exists(const model_agreement_t *ag, const char *label, size_t n)
{
	for (size_t i = 0; i < ag->nclauses; i++) {
		const char *names[2] = { ag->clauses[i]->num, ag->clauses[i]->title };
		for (int k = 0; k < 2; k++) {
			const char *s = names[k];
			if (s == NULL || strncmp(s, "Annex", 5) != 0)
				continue;
			const char *rest = s + 5;
			while (*rest == ' ')
				rest++;
			if (n == 0 || (strncmp(rest, label, n) == 0 && !isalnum((unsigned char)rest[n])))
				return 1;
		}
	}
	return 0;
}

typedef struct lint_at {
	const model_clause_t *clause;  /* where the text is (NULL: outside clauses) */
	const char *outside;           /* "the preamble", ... */
	const model_pos_t *pos;
} lint_at_t;

static void ref_report(check_t *c, const lint_at_t *at, const char *ref)
{
	check_report(c, CHECK_MSG_CLAUSE_REF_MISSING, at->pos, at->clause, NULL,
	             where_text(c, at->clause, at->outside), ref);
}

/* The clause numbers cited after "clause(s)" at p, in turn. */
static void clause_refs(check_t *c, const lint_at_t *at, const char *p)
{
	for (;;) {
		while (*p == ' ')
			p++;
		size_t n = number_len(p);
		if (n == 0)
			return;
		char num[64], ref[80];
		snprintf(num, sizeof num, "%.*s", (int)(n < 60 ? n : 60), p);
		if (model_clause_find(c->m, num) == NULL) {
			snprintf(ref, sizeof ref, "clause %s", num);
			ref_report(c, at, ref);
		}
		p += n;
		if (strncmp(p, ", ", 2) == 0)
			p += 2;
		else if (strncmp(p, " and ", 5) == 0 || strncmp(p, " or ", 4) == 0)
			p += p[1] == 'a' ? 5 : 4;
		else if (strncmp(p, " to ", 4) == 0)
			p += 4;
		else
			return;
	}
}

static void refs_in(check_t *c, const lint_at_t *at, const char *text)
{
	for (const char *p = text; *p; p++) {
		int start = p == text || !word_char(p[-1]);
		if (start && (strncmp(p, "clause", 6) == 0 || strncmp(p, "Clause", 6) == 0)) {
			const char *q = p + 6 + (p[6] == 's');
			if (*q == ' ')
				clause_refs(c, at, q);
		} else if (start && strncmp(p, "Annex", 5) == 0 && !word_char(p[5])) {
			const char *q = p + 5;
			while (*q == ' ')
				q++;
			size_t n = 0;
			/* "Annex A", "Annex 1"; "the Annex to this Agreement" names none */
			while (isalnum((unsigned char)q[n]) && n < 3)
				n++;
			if (n > 2 || (n == 2 && islower((unsigned char)q[0])) ||
			    (n == 1 && islower((unsigned char)q[0])) || word_char(q[n]))
				n = 0;
			if (!annex_exists(&c->r->agreement, q, n)) {
				char ref[40];
				snprintf(ref, sizeof ref, "Annex%s%.*s", n ? " " : "", (int)n, q);
				ref_report(c, at, ref);
			}
		}
	}
}

static void text_lint(check_t *c, const lint_at_t *at, const char *text)
{
	if (text == NULL)
		return;
	char found[64];
	if (placeholder_find(text, found, sizeof found))
		check_report(c, CHECK_MSG_CLAUSE_PLACEHOLDER, at->pos, at->clause, NULL,
		             where_text(c, at->clause, at->outside), found);
	refs_in(c, at, text);
}

static void prose_lint(check_t *c, const model_prose_t *p, const model_clause_t *cl,
                       const char *outside, const model_pos_t *fallback)
{
	for (size_t i = 0; i < p->nblocks; i++) {
		const model_block_t *b = &p->blocks[i];
		if (b->kind == MODEL_BLOCK_CLAUSE)
			continue;
		lint_at_t at = { cl, outside, block_pos(b, cl, fallback) };
		text_lint(c, &at, b->term);
		text_lint(c, &at, b->text);
		for (size_t j = 0; j < b->nitems; j++)
			text_lint(c, &at, b->items[j]);
	}
}

/* ---- numbering ---- */

/* The number a paragraph's text starts with ("4.2.1 set all ..."), with
 * at least one dot, into out; 0 when none. */
static int paragraph_number(const char *text, char *out, size_t size)
{
	size_t n = text ? number_len(text) : 0;
	if (n == 0 || memchr(text, '.', n) == NULL || text[n] != ' ')
		return 0;
	snprintf(out, size, "%.*s", (int)n, text);
	return 1;
}

/* The last part of a number: "3" of "5.3", "e" of "3.e". */
static const char *last_part(const char *num)
{
	const char *dot = strrchr(num, '.');
	return dot ? dot + 1 : num;
}

/* The number after prev in the same style (1 -> 2, a -> b); first when
 * prev is NULL, in the style of like. */
static void next_number(const char *parent, const char *prev, const char *like, char *out,
                        size_t size)
{
	char part[24];
	const char *p = prev ? last_part(prev) : NULL;
	if (isalpha((unsigned char)(p ? p[0] : like[0]))) {
		char first = isupper((unsigned char)(p ? p[0] : like[0])) ? 'A' : 'a';
		snprintf(part, sizeof part, "%c", p ? (char)(p[0] + 1) : first);
	} else {
		snprintf(part, sizeof part, "%ld", p ? strtol(p, NULL, 10) + 1 : 1L);
	}
	snprintf(out, size, "%s%s%s", parent ? parent : "", parent ? "." : "", part);
}

/* The rank of a number's last part: 3 for "5.3", 5 for "3.e". */
static long part_rank(const char *num)
{
	const char *p = last_part(num);
	if (isalpha((unsigned char)p[0]))
		return tolower((unsigned char)p[0]) - 'a' + 1;
	return strtol(p, NULL, 10);
}

/* 1 when num is an item of prefix ("5.2.1" of "5.2"; "4" at the top). */
static int number_in_place(const char *num, const char *prefix)
{
	if (prefix == NULL)
		return strchr(num, '.') == NULL;
	size_t plen = strlen(prefix);
	return strncmp(num, prefix, plen) == 0 && num[plen] == '.'
	       && strchr(num + plen + 1, '.') == NULL;
}

/* One numbered child of a clause (or of the agreement). */
typedef struct numbered {
	char num[64];
	const model_pos_t *pos;
	const model_clause_t *clause;  /* NULL for a number in a paragraph */
	int paragraph;           /* numbered in a paragraph's text */
} numbered_t;

/* Items numbered as another clause's ("4.2.1" in clause 5.2), or not
 * after the one before ("2.1" after "2.2"); a number skipped is no
 * finding (an adopted text may leave sections out). */
static void sequence_check(check_t *c, const model_clause_t *parent, const numbered_t *kids,
                           size_t n)
{
	const char *prefix = parent ? parent->num : NULL;
	char expected[80];
	const char *prev = NULL;
	for (size_t i = 0; i < n; i++) {
		const numbered_t *k = &kids[i];
		size_t j = 0;
		while (j < i && strcmp(kids[j].num, k->num) != 0)
			j++;
		if (j < i) {
			/* two clauses: duplicates_check() reports them */
			if (k->paragraph || kids[j].paragraph)
				check_report(c, CHECK_MSG_CLAUSE_DUPLICATE, k->pos, parent, NULL, k->num,
				             kids[j].pos->line);
			continue;
		}
		int in_place = number_in_place(k->num, prefix);
		if (in_place && (prev == NULL || part_rank(k->num) > part_rank(prev))) {
			prev = k->num;
			continue;
		}
		next_number(prefix, prev, last_part(k->num), expected, sizeof expected);
		check_report(c, CHECK_MSG_CLAUSE_OUT_OF_ORDER, k->pos, parent, k->clause, k->num,
		             parent ? where_text(c, parent, "") : "the agreement", expected);
	}
}

static void numbering_check(check_t *c, const model_clause_t *parent, const model_prose_t *content,
                            model_clause_t *const *top, size_t ntop)
{
	size_t cap = (content ? content->nblocks : ntop) + 1;
	numbered_t *kids = xcalloc(cap, sizeof *kids);
	size_t n = 0;
	for (size_t i = 0; content && i < content->nblocks; i++) {
		const model_block_t *b = &content->blocks[i];
		if (b->kind == MODEL_BLOCK_CLAUSE && b->clause->num) {
			snprintf(kids[n].num, sizeof kids[n].num, "%s", b->clause->num);
			kids[n].clause = b->clause;
			kids[n++].pos = &b->clause->pos;
		} else if (b->kind == MODEL_BLOCK_P && paragraph_number(b->text, kids[n].num, sizeof kids[n].num)) {
			kids[n].pos = block_pos(b, parent, &parent->pos);
			kids[n++].paragraph = 1;
		}
	}
	for (size_t i = 0; !content && i < ntop; i++)
		if (top[i]->num) {
			snprintf(kids[n].num, sizeof kids[n].num, "%s", top[i]->num);
			kids[n].clause = top[i];
			kids[n++].pos = &top[i]->pos;
		}
	/* an unnumbered heading's items have no number to follow */
	if (parent == NULL || parent->num)
		sequence_check(c, parent, kids, n);
	free(kids);
}

static int clause_num_cmp(const void *pa, const void *pb)
{
	const model_clause_t *a = *(const model_clause_t *const *)pa;
	const model_clause_t *b = *(const model_clause_t *const *)pb;
	int r = strcmp(a->num, b->num);
	if (r == 0)
		r = a->pos.line < b->pos.line ? -1 : a->pos.line > b->pos.line;
	return r;
}

/* The same number on two clauses anywhere in the agreement. */
static void duplicates_check(check_t *c)
{
	const model_agreement_t *ag = &c->r->agreement;
	const model_clause_t **sorted = xcalloc(ag->nclauses + 1, sizeof *sorted);
	size_t n = 0;
	for (size_t i = 0; i < ag->nclauses; i++)
		if (ag->clauses[i]->num)
			sorted[n++] = ag->clauses[i];
	qsort(sorted, n, sizeof *sorted, clause_num_cmp);
	for (size_t i = 1; i < n; i++) {
		size_t first = i - 1;
		while (first > 0 && strcmp(sorted[first - 1]->num, sorted[i]->num) == 0)
			first--;
		if (strcmp(sorted[i]->num, sorted[i - 1]->num) == 0)
			check_report(c, CHECK_MSG_CLAUSE_DUPLICATE, &sorted[i]->pos, sorted[first], NULL,
			             sorted[i]->num, sorted[first]->pos.line);
	}
	free(sorted);
}

static void agreement_start(check_t *c)
{
	const model_agreement_t *ag = &c->r->agreement;
	duplicates_check(c);
	numbering_check(c, NULL, NULL, ag->top, ag->ntop);
	prose_lint(c, &ag->preamble, NULL, "the preamble", &ag->pos);
	prose_lint(c, &ag->closing, NULL, "the closing text", &ag->pos);
	for (size_t i = 0; i < ag->nclauses; i++) {
		const model_clause_t *cl = ag->clauses[i];
		lint_at_t at = { cl, NULL, &cl->pos };
		text_lint(c, &at, cl->title);
		prose_lint(c, &cl->content, cl, NULL, &cl->pos);
		numbering_check(c, cl, &cl->content, NULL, 0);
	}
}

const check_family_t check_family_agreement = {
	.name = "agreement",
	.duties = (check_duty_fn *const[]){ agreement_start, NULL },
};
