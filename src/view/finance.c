/* finance: see finance.h. */
#include <string.h>

#include "../model/query.h"
#include "finance.h"
#include "pack.h"
#include "vxml.h"

const model_budget_t *view_budget_of_year(const model_t *m, const char *fy)
{
	const model_records_t *r = model_records(m);
	for (size_t i = 0; fy && i < r->nbudgets; i++)
		if (strcmp(r->budgets[i]->year, fy) == 0)
			return r->budgets[i];
	return NULL;
}

xmlNode *view_ceo_decisions_add(xmlNode *parent, const model_t *m, date_t from, date_t to,
                                date_t as_of)
{
	const model_records_t *r = model_records(m);
	const model_rule_t *lim = &r->rules[MODEL_RULE_SPENDING_LIMIT];
	xmlNode *cd = vxml_node(parent, "ceo-decisions");
	if (lim->present) {
		vxml_money(cd, "limit", lim->amount);
		vxml_clause(cd, m, lim->clause);
	}
	money_t total = 0;
	unsigned n = 0;
	for (size_t i = 0; i < r->nceo_decisions; i++) {
		const model_ceo_decision_t *x = r->ceo_decisions[i];
		if (!date_within(x->date, from, to))
			continue;
		xmlNode *e = vxml_text_node(cd, "decision", x->purpose);
		vxml_attr(e, "id", x->id);
		vxml_date(e, "date", x->date);
		vxml_person(e, "by", x->by);
		vxml_money(e, "amount", x->amount);
		if (x->line)
			vxml_attr(e, "line-name", x->line->name);
		if (x->reported_at && (!date_is_set(as_of) || date_cmp(x->reported_at->date, as_of) <= 0)) {
			vxml_body(e, "reported-to", x->reported_at->body);
			vxml_date(e, "reported-at", x->reported_at->date);
		}
		if (lim->present)
			vxml_yesno(e, "within-limit", x->amount <= lim->amount);
		total += x->amount;
		n++;
	}
	vxml_uint(cd, "count", n);
	vxml_money(cd, "total", total);
	return cd;
}

/* ---- the termly pack ---- */

typedef struct period {
	date_t term_from, term_to;   /* the term's days up to the pack's date */
	date_t year_from, as_of;     /* the financial year's first day to the pack's date */
} period_t;

static money_t line_spent_between(const model_t *m, const model_budget_line_t *l, date_t from,
                                  date_t to)
{
	const model_records_t *r = model_records(m);
	money_t spent = 0;
	for (size_t i = 0; i < r->nexpenditure; i++)
		if (r->expenditure[i]->line == l && date_within(r->expenditure[i]->date, from, to))
			spent += r->expenditure[i]->amount;
	return spent;
}

/* The budget's lines with their spending; the term's spending charged to
 * other years' budgets as one figure.  Returns the term's spending. */
static money_t budget_add(xmlNode *fin, const model_t *m, const model_budget_t *b,
                          const period_t *p)
{
	const model_records_t *r = model_records(m);
	money_t budget = 0, term = 0, year = 0, elsewhere = 0;
	xmlNode *bn = b ? vxml_node(fin, "budget") : NULL;
	for (size_t i = 0; b && i < b->nlines; i++) {
		const model_budget_line_t *l = b->lines[i];
		money_t in_term = line_spent_between(m, l, p->term_from, p->term_to);
		money_t to_date = view_line_spent(m, l, p->as_of);
		xmlNode *e = vxml_node(bn, "line");
		vxml_attr(e, "name", l->name);
		vxml_money(e, "amount", l->amount);
		vxml_money(e, "spent-term", in_term);
		vxml_money(e, "spent-year", to_date);
		vxml_money(e, "remaining", l->amount - to_date);
		vxml_yesno(e, "overspent", to_date > l->amount);
		budget += l->amount;
		term += in_term;
		year += to_date;
	}
	if (bn) {
		vxml_date(bn, "approved", b->approved);
		vxml_money(bn, "amount", budget);
		vxml_money(bn, "spent-term", term);
		vxml_money(bn, "spent-year", year);
		vxml_money(bn, "remaining", budget - year);
	}
	for (size_t i = 0; i < r->nexpenditure; i++) {
		const model_expenditure_t *x = r->expenditure[i];
		if (date_within(x->date, p->term_from, p->term_to) && (b == NULL || x->line == NULL || x->line->budget != b))
			elsewhere += x->amount;
	}
	if (elsewhere)
		vxml_money(fin, "spent-other-budgets", elsewhere);
	return term + elsewhere;
}

/* Received against commitment c: in the term, and for the year (a yearly
 * commitment) or in all (a one-off or a total) to the pack's date. */
static void commitment_add(xmlNode *in, const model_t *m, const model_commitment_t *c,
                           const period_t *p, money_t *term, money_t *to_date)
{
	const model_records_t *r = model_records(m);
	int yearly = c->per && strcmp(c->per, "year") == 0;
	money_t got_term = 0, got = 0;
	for (size_t i = 0; i < r->nincome; i++) {
		const model_income_t *x = r->income[i];
		if (x->commitment != c || date_cmp(x->date, p->as_of) > 0)
			continue;
		if (date_within(x->date, p->term_from, p->term_to))
			got_term += x->amount;
		if (!yearly || date_cmp(x->date, p->year_from) >= 0)
			got += x->amount;
	}
	xmlNode *e = vxml_text_node(in, "commitment", c->purpose);
	vxml_member(e, "from", c->from);
	vxml_attr(e, "per", c->per);
	vxml_money(e, "amount", c->amount);
	vxml_money(e, "received-term", got_term);
	vxml_money(e, "received", got);
	vxml_money(e, "outstanding", got < c->amount ? c->amount - got : 0);
	*term += got_term;
	*to_date += got;
}

/* Income against each commitment, then the rest.  Returns the term's income. */
static money_t income_add(xmlNode *fin, const model_t *m, const period_t *p)
{
	const model_records_t *r = model_records(m);
	xmlNode *in = vxml_node(fin, "income");
	money_t term = 0, to_date = 0, other_term = 0, other = 0;
	for (size_t i = 0; i < r->ncommitments; i++)
		commitment_add(in, m, r->commitments[i], p, &term, &to_date);
	for (size_t i = 0; i < r->nincome; i++) {
		const model_income_t *x = r->income[i];
		if (x->commitment || !date_within(x->date, p->year_from, p->as_of))
			continue;
		other += x->amount;
		if (date_within(x->date, p->term_from, p->term_to))
			other_term += x->amount;
	}
	vxml_money(in, "other-term", other_term);
	vxml_money(in, "other", other);
	vxml_money(in, "received-term", term + other_term);
	return term + other_term;
}

void view_pack_finance_add(xmlNode *pack, const model_t *m, const model_term_t *t, date_t as_of)
{
	period_t p = { t->start, date_cmp(as_of, t->end) < 0 ? as_of : t->end, t->start, as_of };
	char fy[8];
	model_financial_year_label(m, p.term_to, fy);
	const model_financial_year_t *y = model_financial_year_at(m, p.term_to);
	if (y)
		p.year_from = y->start;
	xmlNode *fin = vxml_node(pack, "finance");
	vxml_attr(fin, "year", fy);
	vxml_date(fin, "as-of", as_of);
	/* a pack as at a day before its term: no period to report yet */
	vxml_yesno(fin, "begun", date_cmp(as_of, t->start) >= 0);
	vxml_date(fin, "from", p.term_from);
	vxml_date(fin, "to", p.term_to);
	vxml_date(fin, "year-from", p.year_from);
	const model_budget_t *b = view_budget_of_year(m, fy);
	money_t spent = budget_add(fin, m, b, &p);
	money_t income = income_add(fin, m, &p);
	xmlNode *cd = view_ceo_decisions_add(fin, m, p.term_from, p.term_to, as_of);
	vxml_yesno(fin, "recorded", b || spent || income || cd->children);
}
