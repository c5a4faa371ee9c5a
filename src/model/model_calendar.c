/* model_calendar: calendar.xml into the model, as the table
 * model_calendar_records says (see internal.h). */
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* Reads start and end, checks their order, and that they lie inside the
 * enclosing span (when there is one) and after the previous sibling. */
static void build_span(model_ctx_t *c, xmlNode *n, date_t *start, date_t *end,
                       const date_t *outer_start, const date_t *outer_end,
                       const date_t *prev_end, const char *what, const char *outer)
{
	*start = model_attr_date(c, n, "start");
	*end = model_attr_date(c, n, "end");
	if (!date_is_set(*start) || !date_is_set(*end))
		return;
	model_ctx_check_span(c, n, *start, *end, "start", "end");
	if (outer_start && date_is_set(*outer_start) && date_is_set(*outer_end)
	    && (date_cmp(*start, *outer_start) < 0 || date_cmp(*end, *outer_end) > 0))
		model_ctx_report(c, n, MODEL_MSG_PERIOD_OUTSIDE, what, outer);
	if (prev_end && date_is_set(*prev_end) && date_cmp(*start, *prev_end) <= 0)
		model_ctx_report(c, n, MODEL_MSG_PERIOD_OVERLAP, what);
}

static void build_term(model_ctx_t *c, model_academic_year_t *y, xmlNode *n)
{
	model_term_t *t = model_ctx_new(c, sizeof *t);
	t->pos = model_ctx_pos(c, n);
	t->id = model_attr_str(c, n, "id");
	t->season = model_attr_enum(n, "season", model_season_names, MODEL_SEASON_NONE);
	t->name = model_attr_str(c, n, "name");
	t->year = y;
	const date_t *prev = y->nterms ? &y->terms[y->nterms - 1]->end : NULL;
	build_span(c, n, &t->start, &t->end, &y->start, &y->end, prev, "term", "academic year");
	if (t->name == NULL) {
		const char *s = model_season_names[t->season];
		char buf[64];
		snprintf(buf, sizeof buf, "%c%s term %d", s[0] ? s[0] - 32 : '?',
		         s[0] ? s + 1 : "", t->start.y);
		t->name = arena_strdup(c->a, buf);
	}
	model_ctx_define(c, MODEL_ID_TERM, t->id, t, n);
	MODEL_FOR_ELEMS(e, n) {
		model_half_term_t *h = model_ctx_new(c, sizeof *h);
		h->pos = model_ctx_pos(c, e);
		h->id = model_attr_str(c, e, "id");
		h->term = t;
		const date_t *hprev = t->nhalf_terms ? &t->half_terms[t->nhalf_terms - 1]->end : NULL;
		build_span(c, e, &h->start, &h->end, &t->start, &t->end, hprev, "half-term", "term");
		model_ctx_define(c, MODEL_ID_HALF_TERM, h->id, h, e);
		ARENA_PUSH(c->a, t->half_terms, t->nhalf_terms, h);
	}
	ARENA_PUSH(c->a, y->terms, y->nterms, t);
}

static void build_academic_year(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	model_academic_year_t *y = obj;
	const model_records_t *r = parent;
	const date_t *prev = r->nyears ? &r->years[r->nyears - 1]->end : NULL;
	build_span(c, n, &y->start, &y->end, NULL, NULL, prev, "academic year", "");
	model_ctx_define(c, MODEL_ID_ACADEMIC_YEAR, y->id, y, n);
	MODEL_FOR_ELEMS(t, n)
		build_term(c, y, t);
}

static void build_financial_year(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	model_financial_year_t *f = obj;
	const model_records_t *r = parent;
	const date_t *prev = r->nfys ? &r->fys[r->nfys - 1]->end : NULL;
	build_span(c, n, &f->start, &f->end, NULL, NULL, prev, "financial year", "");
	model_ctx_define(c, MODEL_ID_FINANCIAL_YEAR, f->id, f, n);
}

static const model_child_t calendar[] = {
	MODEL_CHILD(&model_record_academic_year, model_records_t, years, build_academic_year),
	MODEL_CHILD(&model_record_financial_year, model_records_t, fys, build_financial_year),
};
const model_file_records_t model_calendar_records = { MODEL_ROWS(calendar) };
