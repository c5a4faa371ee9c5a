/* check_util: dates, periods and meeting helpers shared by the rule families. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/xalloc.h"
#include "check_internal.h"
#include "../util/plural.h"

static char *check_slot(check_t *c)
{
	char *s = c->text[c->next_text];
	c->next_text = (c->next_text + 1) % CHECK_TEXT_SLOTS;
	return s;
}

const char *check_date_text(check_t *c, date_t d)
{
	char *s = check_slot(c);
	date_format_long(d, s, CHECK_TEXT_SIZE);
	return s;
}

const char *check_money_text(check_t *c, money_t v)
{
	char *s = check_slot(c);
	money_format(v, 0, s, CHECK_TEXT_SIZE);
	return s;
}

const char *check_text_printf(check_t *c, const char *fmt, ...)
{
	char *s = check_slot(c);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(s, CHECK_TEXT_SIZE, fmt, ap);
	va_end(ap);
	return s;
}

long long check_tenths(const char *decimal)
{
	double x = strtod(decimal, NULL);
	return (long long)(x * 10 + (x < 0 ? -0.5 : 0.5));
}

const char *check_meetings_text(check_t *c, unsigned n)
{
	char *s = check_slot(c);
	if (n == 0)
		snprintf(s, CHECK_TEXT_SIZE, "no meetings");
	else
		plural_count(n, "meeting", "meetings", s, CHECK_TEXT_SIZE);
	return s;
}

const char *check_count_text(check_t *c, unsigned n, const char *one, const char *many)
{
	char *s = check_slot(c);
	plural_count(n, one, many, s, CHECK_TEXT_SIZE);
	return s;
}

/* Office titles as people write them. */
const char *check_office_text(const char *title)
{
	static const struct { const char *title, *text; } offices[] = {
		{ "ceo", "CEO" }, { "chair", "Chair" }, { "vice-chair", "Vice-Chair" },
		{ "executive-director", "Executive Director" }, { "administrator", "Administrator" },
		{ "clerk", "Clerk" }, { "director", "Director" }, { "secretary", "Secretary" },
		{ "treasurer", "Treasurer" },
	};
	for (size_t i = 0; title && i < sizeof offices / sizeof offices[0]; i++)
		if (strcmp(offices[i].title, title) == 0)
			return offices[i].text;
	return title ? title : "";
}

const char *check_meeting_text(check_t *c, const model_body_t *b)
{
	char *s = check_slot(c);
	size_t n = strlen(b->name);
	int named = n >= 7 && strcasecmp(b->name + n - 7, "meeting") == 0;
	snprintf(s, CHECK_TEXT_SIZE, "%s%s", b->name, named ? "" : " meeting");
	return s;
}

/* The paper kinds of the records format as a reader names them. */
const char *check_paper_text(check_t *c, const char *kind)
{
	const model_paper_kind_t *p = model_paper_kind(kind);
	if (p)
		return p->noun;
	return check_words_text(c, kind ? kind : "paper");
}

const char *check_words_text(check_t *c, const char *value)
{
	char *s = check_slot(c);
	snprintf(s, CHECK_TEXT_SIZE, "%s", value);
	for (char *p = s; *p; p++)
		if (*p == '-')
			*p = ' ';
	return s;
}

/* ---- periods ---- */

static const char *const half_names[] = { "first", "second", "third", "fourth" };

static date_t day_before(date_t d)
{
	return date_from_days(date_to_days(d) - 1);
}

static void window_add(check_window_t **w, size_t *n, size_t *cap, date_t start, date_t end,
                       date_t last_day, model_season_t season, const char *label)
{
	*w = xgrow(*w, cap, *n + 1, sizeof **w);
	check_window_t *x = &(*w)[(*n)++];
	x->start = start;
	x->end = end;
	x->last_day = last_day;
	x->season = season;
	snprintf(x->label, sizeof x->label, "%s", label);
}

/* One year's terms (or half-terms) as windows that cover the year. */
static void windows_of_year(const model_academic_year_t *y, int halves, check_window_t **w,
                            size_t *n, size_t *cap)
{
	/* Collect the starts in order, then cut the year at each. */
	const model_term_t *term[64];
	const model_half_term_t *half[64];
	size_t k = 0;
	for (size_t t = 0; t < y->nterms; t++) {
		const model_term_t *tm = y->terms[t];
		if (!halves || tm->nhalf_terms == 0) {
			if (k < 64) { term[k] = tm; half[k] = NULL; k++; }
			continue;
		}
		for (size_t h = 0; h < tm->nhalf_terms && k < 64; h++) {
			term[k] = tm;
			half[k] = tm->half_terms[h];
			k++;
		}
	}
	for (size_t i = 0; i < k; i++) {
		date_t start = i == 0 ? y->start : half[i] ? half[i]->start : term[i]->start;
		date_t end = i + 1 < k ? day_before(half[i + 1] ? half[i + 1]->start : term[i + 1]->start)
		                       : y->end;
		char label[80];
		if (half[i]) {
			size_t idx = 0;
			while (idx < term[i]->nhalf_terms && term[i]->half_terms[idx] != half[i])
				idx++;
			snprintf(label, sizeof label, "the %s half of %s",
			         idx < 4 ? half_names[idx] : "last", term[i]->name);
		} else {
			snprintf(label, sizeof label, "%s", term[i]->name);
		}
		window_add(w, n, cap, start, end, half[i] ? half[i]->end : term[i]->end,
		           term[i]->season, label);
	}
}

size_t check_windows(const model_records_t *r, model_period_t per, check_window_t **out)
{
	check_window_t *w = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i < r->nyears; i++) {
		const model_academic_year_t *y = r->years[i];
		if (per == MODEL_PERIOD_YEAR) {
			char label[80];
			snprintf(label, sizeof label, "the academic year %s", y->id);
			window_add(&w, &n, &cap, y->start, y->end, y->end, MODEL_SEASON_NONE, label);
		} else if (per == MODEL_PERIOD_TERM || per == MODEL_PERIOD_HALF_TERM) {
			windows_of_year(y, per == MODEL_PERIOD_HALF_TERM, &w, &n, &cap);
		}
	}
	*out = w;
	return n;
}

int check_window_due(const check_window_t *w, date_t today, date_t from, date_t to)
{
	if (date_cmp(w->last_day, today) >= 0)
		return 0;
	if (date_is_set(from) && date_cmp(w->end, from) < 0)
		return 0;
	if (date_is_set(to) && date_cmp(w->start, to) > 0)
		return 0;
	return 1;
}

/* ---- meetings ---- */

int check_meeting_held(const model_meeting_t *mt)
{
	return mt->status == MODEL_MEETING_HELD;
}

int check_meeting_full(const model_meeting_t *mt)
{
	return mt->status == MODEL_MEETING_HELD && mt->kind != MODEL_MEETING_SPECIAL;
}

/* Index of the first meeting of b dated on or after d (meetings are in date order). */
static size_t first_on_or_after(const model_body_t *b, date_t d)
{
	size_t lo = 0, hi = b->nmeetings;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (date_cmp(b->meetings[mid]->date, d) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

unsigned check_meetings_between(const model_body_t *b, date_t lo, date_t hi)
{
	unsigned n = 0;
	for (size_t i = first_on_or_after(b, lo); i < b->nmeetings; i++) {
		if (date_cmp(b->meetings[i]->date, hi) > 0)
			break;
		n += (unsigned)check_meeting_held(b->meetings[i]);
	}
	return n;
}

const model_meeting_t *check_meeting_next_full(const model_body_t *b, date_t after)
{
	for (size_t i = first_on_or_after(b, date_from_days(date_to_days(after) + 1)); i < b->nmeetings; i++)
		if (check_meeting_full(b->meetings[i]))
			return b->meetings[i];
	return NULL;
}

const model_meeting_t *check_meeting_prev_full(const model_body_t *b, date_t before)
{
	for (size_t i = first_on_or_after(b, before); i-- > 0;)
		if (check_meeting_full(b->meetings[i]))
			return b->meetings[i];
	return NULL;
}

int check_meeting_has_paper(const model_meeting_t *mt, const char *kind)
{
	for (size_t i = 0; i < mt->nitems; i++)
		for (size_t j = 0; j < mt->items[i]->npapers; j++)
			if (strcmp(mt->items[i]->papers[j]->kind, kind) == 0)
				return 1;
	return 0;
}

int check_school_enrolled(const model_member_t *s, date_t from, date_t to)
{
	return s->kind == MODEL_MEMBER_SCHOOL && model_member_enrolled(s, from, to);
}

date_t check_body_from(const check_t *c, const model_body_t *b)
{
	date_t f = c->r->founded;
	if (date_is_set(b->from) && date_cmp(b->from, f) > 0)
		f = b->from;
	return f;
}

int check_body_active(const check_t *c, const model_body_t *b, date_t on)
{
	date_t from = check_body_from(c, b);
	return (!date_is_set(from) || date_cmp(from, on) <= 0)
	       && (!date_is_set(b->to) || date_cmp(on, b->to) <= 0);
}
