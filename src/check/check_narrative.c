/* check_narrative: numbers in the annual report's narrative (summary,
 * progress, procedure changes) that the records can count — "five
 * donor-school credits", "84 member schools" — against the count the
 * records give for the report's financial year. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "check_internal.h"

/* What narrative text names and how the records count it in a year. */
typedef struct countable {
	const char *noun;      /* as written after the number, singular */
	unsigned (*count)(check_t *c, const model_financial_year_t *fy);
	int at_end;            /* counted on the year's last day, not over the year */
} countable_t;

static unsigned count_credits(check_t *c, const model_financial_year_t *fy)
{
	unsigned n = 0;
	for (size_t i = 0; i < c->r->ncredits; i++)
		n += (unsigned)date_within(c->r->credits[i]->date, fy->start, fy->end);
	return n;
}

static unsigned count_members(check_t *c, const model_financial_year_t *fy)
{
	return model_school_count(c->m, fy->end);
}

static const countable_t countables[] = {
	{ "donor-school credit", count_credits, 0 },
	{ "member school", count_members, 1 },
};

static const char *const number_words[] = {
	"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen", "twenty"
};

/* The value of the word [w, w + len): digits or a number word; -1 if neither. */
static long word_value(const char *w, size_t len)
{
	if (len > 0 && len < 10 && strspn(w, "0123456789") == len) {
		long v = 0;
		for (size_t i = 0; i < len; i++)
			v = v * 10 + (w[i] - '0');
		return v;
	}
	for (size_t i = 0; i < sizeof number_words / sizeof number_words[0]; i++)
		if (strlen(number_words[i]) == len && strncasecmp(number_words[i], w, len) == 0)
			return (long)i;
	return -1;
}

/* The first place of needle in s, ignoring case, or NULL. */
static const char *find_nocase(const char *s, const char *needle)
{
	size_t n = strlen(needle);
	for (; *s; s++)
		if (strncasecmp(s, needle, n) == 0)
			return s;
	return NULL;
}

/* The word just before text[at] (skipping spaces): its start, or NULL. */
static const char *word_before(const char *text, const char *at, size_t *len)
{
	const char *e = at;
	while (e > text && e[-1] == ' ')
		e--;
	const char *s = e;
	while (s > text && (isalnum((unsigned char)s[-1]) || s[-1] == ','))
		s--;
	*len = (size_t)(e - s);
	return *len ? s : NULL;
}

static void narrative_text(check_t *c, const model_pos_t *pos, const model_financial_year_t *fy,
                           const char *text)
{
	for (size_t k = 0; text && k < sizeof countables / sizeof countables[0]; k++) {
		const countable_t *ct = &countables[k];
		size_t nlen = strlen(ct->noun);
		for (const char *p = find_nocase(text, ct->noun); p; p = find_nocase(p + nlen, ct->noun)) {
			size_t len;
			const char *w = word_before(text, p, &len);
			char digits[16];
			size_t d = 0;
			for (size_t i = 0; w && i < len && d + 1 < sizeof digits; i++)
				if (w[i] != ',')
					digits[d++] = w[i];
			digits[d] = '\0';
			long said = w ? word_value(digits, d) : -1;
			unsigned given = ct->count(c, fy);
			if (said < 0 || (unsigned long)said == given)
				continue;
			const char *end = p + nlen;
			end += (*end == 's');
			const char *period = ct->at_end
				? check_text_printf(c, "on %s", check_date_text(c, fy->end))
				: check_text_printf(c, "from %s to %s", check_date_text(c, fy->start),
				                    check_date_text(c, fy->end));
			check_report(c, CHECK_MSG_NARRATIVE_FIGURE_DIFFERS, pos,
			             c->r->rules[MODEL_RULE_ANNUAL_REPORT].clause, NULL, fy->id,
			             check_text_printf(c, "%.*s", (int)(end - w), w), given, period);
		}
	}
}

static void narrative_prose(check_t *c, const model_pos_t *pos, const model_financial_year_t *fy,
                            const model_prose_t *p)
{
	for (size_t i = 0; i < p->nblocks; i++) {
		narrative_text(c, pos, fy, p->blocks[i].text);
		for (size_t j = 0; j < p->blocks[i].nitems; j++)
			narrative_text(c, pos, fy, p->blocks[i].items[j]);
	}
}

void check_narrative(check_t *c)
{
	for (size_t i = 0; i < c->r->nannual_reports; i++) {
		const model_annual_report_t *ar = c->r->annual_reports[i];
		const model_financial_year_t *fy = model_financial_year_find(c->m, ar->year);
		if (fy == NULL || date_cmp(fy->end, c->today) > 0)
			continue;
		narrative_prose(c, &ar->pos, fy, &ar->summary);
		for (size_t j = 0; j < ar->nprogress; j++)
			narrative_prose(c, &ar->progress[j]->pos, fy, &ar->progress[j]->text);
		for (size_t j = 0; j < ar->nchanges; j++)
			narrative_prose(c, &ar->pos, fy, &ar->changes[j]);
	}
}
