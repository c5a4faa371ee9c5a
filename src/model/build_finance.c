/* build_finance: finance.xml into the model (see internal.h). */
#include <string.h>

#include "internal.h"

/* Every finance record has an id of its kind; define it and return it. */
static char *finance_id(model_ctx_t *c, xmlNode *n, model_id_kind_t kind, void *obj)
{
	char *id = attr_str(c, n, "id");
	ctx_define(c, kind, id, obj, n);
	return id;
}

static void build_fund(model_ctx_t *c, xmlNode *n)
{
	model_fund_t *f = ctx_new(c, sizeof *f);
	f->pos = ctx_pos(c, n);
	f->id = finance_id(c, n, ID_FUND, f);
	f->name = attr_str(c, n, "name");
	f->total = attr_money(c, n, "total", NULL);
	f->from = attr_date(c, n, "from");
	f->to = attr_date(c, n, "to");
	ctx_check_span(c, n, f->from, f->to, "from", "to");
	f->provider_id = attr_str(c, n, "provider");
	ctx_ref(c, ID_MEMBER, f->provider_id, &f->provider, n, "provider");
	ctx_clause_ref(c, n, &f->clause);
	ARENA_PUSH(c->a, c->m->r.funds, c->m->r.nfunds, f);
}

static void build_commitment(model_ctx_t *c, xmlNode *n)
{
	model_commitment_t *k = ctx_new(c, sizeof *k);
	k->pos = ctx_pos(c, n);
	k->id = finance_id(c, n, ID_COMMITMENT, k);
	k->from_id = attr_str(c, n, "from");
	k->amount = attr_money(c, n, "amount", NULL);
	k->per = attr_str(c, n, "per");
	k->years = attr_uint(c, n, "years");
	k->fund_id = attr_str(c, n, "fund");
	k->purpose = attr_str(c, n, "purpose");
	ctx_ref(c, ID_MEMBER, k->from_id, &k->from, n, "from");
	ctx_ref(c, ID_FUND, k->fund_id, &k->fund, n, "fund");
	ctx_clause_ref(c, n, &k->clause);
	ARENA_PUSH(c->a, c->m->r.commitments, c->m->r.ncommitments, k);
}

static void build_budget(model_ctx_t *c, xmlNode *n)
{
	model_budget_t *b = ctx_new(c, sizeof *b);
	b->pos = ctx_pos(c, n);
	b->year = attr_year(c, n, "year");
	b->approved = attr_date(c, n, "approved");
	b->approved_at_id = attr_str(c, n, "approved-at");
	ctx_ref(c, ID_FINANCIAL_YEAR, b->year, NULL, n, "year");
	ctx_ref(c, ID_MEETING, b->approved_at_id, &b->approved_at, n, "approved-at");
	for (size_t i = 0; i < c->m->r.nbudgets; i++)
		if (b->year && strcmp(c->m->r.budgets[i]->year, b->year) == 0)
			ctx_error(c, n, "a second budget for %s: there is one budget per financial year",
			          b->year);
	FOR_ELEMS(e, n) {
		model_budget_line_t *l = ctx_new(c, sizeof *l);
		l->pos = ctx_pos(c, e);
		l->id = finance_id(c, e, ID_BUDGET_LINE, l);
		l->name = attr_str(c, e, "name");
		l->priority_id = attr_str(c, e, "priority");
		l->amount = attr_money(c, e, "amount", NULL);
		l->budget = b;
		b->total += l->amount;
		ctx_ref(c, ID_PRIORITY, l->priority_id, &l->priority, e, "priority");
		ARENA_PUSH(c->a, b->lines, b->nlines, l);
	}
	ARENA_PUSH(c->a, c->m->r.budgets, c->m->r.nbudgets, b);
}

static void build_income(model_ctx_t *c, xmlNode *n)
{
	model_income_t *i = ctx_new(c, sizeof *i);
	i->pos = ctx_pos(c, n);
	i->id = finance_id(c, n, ID_INCOME, i);
	i->date = attr_date(c, n, "date");
	i->source = attr_str(c, n, "source");
	i->from_id = attr_str(c, n, "from");
	i->fund_id = attr_str(c, n, "fund");
	i->commitment_id = attr_str(c, n, "commitment");
	i->amount = attr_money(c, n, "amount", NULL);
	i->description = attr_str(c, n, "description");
	ctx_ref(c, ID_MEMBER, i->from_id, &i->from, n, "from");
	ctx_ref(c, ID_FUND, i->fund_id, &i->fund, n, "fund");
	ctx_ref(c, ID_COMMITMENT, i->commitment_id, &i->commitment, n, "commitment");
	ARENA_PUSH(c->a, c->m->r.income, c->m->r.nincome, i);
}

static void build_expenditure(model_ctx_t *c, xmlNode *n)
{
	model_expenditure_t *x = ctx_new(c, sizeof *x);
	x->pos = ctx_pos(c, n);
	x->id = finance_id(c, n, ID_EXPENDITURE, x);
	x->date = attr_date(c, n, "date");
	x->line_id = attr_str(c, n, "line");
	x->amount = attr_money(c, n, "amount", NULL);
	x->payee = attr_str(c, n, "payee");
	x->ceo_decision_id = attr_str(c, n, "ceo-decision");
	x->description = attr_str(c, n, "description");
	ctx_ref(c, ID_BUDGET_LINE, x->line_id, &x->line, n, "line");
	ctx_ref(c, ID_CEO_DECISION, x->ceo_decision_id, &x->ceo_decision, n, "ceo-decision");
	ARENA_PUSH(c->a, c->m->r.expenditure, c->m->r.nexpenditure, x);
}

static void build_ceo_decision(model_ctx_t *c, xmlNode *n)
{
	model_ceo_decision_t *k = ctx_new(c, sizeof *k);
	k->pos = ctx_pos(c, n);
	k->id = finance_id(c, n, ID_CEO_DECISION, k);
	k->date = attr_date(c, n, "date");
	k->by_id = attr_str(c, n, "by");
	k->amount = attr_money(c, n, "amount", NULL);
	k->purpose = attr_str(c, n, "purpose");
	k->line_id = attr_str(c, n, "line");
	k->reported_at_id = attr_str(c, n, "reported-at");
	ctx_ref(c, ID_PERSON, k->by_id, &k->by, n, "by");
	ctx_ref(c, ID_BUDGET_LINE, k->line_id, &k->line, n, "line");
	ctx_ref(c, ID_MEETING, k->reported_at_id, &k->reported_at, n, "reported-at");
	ARENA_PUSH(c->a, c->m->r.ceo_decisions, c->m->r.nceo_decisions, k);
}

static void build_grant(model_ctx_t *c, xmlNode *n)
{
	model_grant_t *g = ctx_new(c, sizeof *g);
	g->pos = ctx_pos(c, n);
	g->id = finance_id(c, n, ID_GRANT, g);
	g->school_id = attr_str(c, n, "school");
	g->fund_id = attr_str(c, n, "fund");
	g->amount = attr_money(c, n, "amount", NULL);
	g->awarded = attr_date(c, n, "awarded");
	g->decided_at_id = attr_str(c, n, "decided-at");
	g->purpose = attr_str(c, n, "purpose");
	ctx_ref(c, ID_MEMBER, g->school_id, &g->school, n, "school");
	ctx_ref(c, ID_FUND, g->fund_id, &g->fund, n, "fund");
	ctx_ref(c, ID_MEETING, g->decided_at_id, &g->decided_at, n, "decided-at");
	ARENA_PUSH(c->a, c->m->r.grants, c->m->r.ngrants, g);
}

static void build_credit(model_ctx_t *c, xmlNode *n)
{
	model_credit_t *k = ctx_new(c, sizeof *k);
	k->pos = ctx_pos(c, n);
	k->id = finance_id(c, n, ID_CREDIT, k);
	k->school_id = attr_str(c, n, "school");
	k->supported_id = attr_str(c, n, "supported");
	k->date = attr_date(c, n, "date");
	k->days = attr_str(c, n, "days");
	k->description = attr_str(c, n, "description");
	ctx_ref(c, ID_MEMBER, k->school_id, &k->school, n, "school");
	ctx_ref(c, ID_MEMBER, k->supported_id, &k->supported, n, "supported");
	ARENA_PUSH(c->a, c->m->r.credits, c->m->r.ncredits, k);
}

static void build_balance(model_ctx_t *c, xmlNode *n)
{
	model_balance_t *b = ctx_new(c, sizeof *b);
	b->pos = ctx_pos(c, n);
	b->year = attr_year(c, n, "year");
	b->opening = attr_money(c, n, "opening", NULL);
	ctx_ref(c, ID_FINANCIAL_YEAR, b->year, NULL, n, "year");
	ARENA_PUSH(c->a, c->m->r.balances, c->m->r.nbalances, b);
}

void build_finance(model_ctx_t *c, xmlNode *root)
{
	static const struct {
		const char *name;
		void (*build)(model_ctx_t *, xmlNode *);
	} kinds[] = {
		{ "fund", build_fund }, { "commitment", build_commitment },
		{ "budget", build_budget }, { "income", build_income },
		{ "expenditure", build_expenditure }, { "ceo-decision", build_ceo_decision },
		{ "grant", build_grant }, { "credit", build_credit }, { "balance", build_balance },
	};
	FOR_ELEMS(n, root)
		for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
			if (xml_is(n, kinds[k].name))
				kinds[k].build(c, n);
}
