/* model_finance_read: finance.xml into the model (see internal.h).  Every
 * finance record is flat, so fields.c describes them; only the checks
 * particular to a record are here. */
#include <string.h>

#include "internal.h"

static void build_fund(model_ctx_t *c, xmlNode *n, void *obj)
{
	model_fund_t *f = obj;
	model_ctx_check_span(c, n, f->from, f->to, "from", "to");
	ARENA_PUSH(c->a, c->m->r.funds, c->m->r.nfunds, f);
}

static void build_commitment(model_ctx_t *c, xmlNode *n, void *obj)
{
	(void)n;
	ARENA_PUSH(c->a, c->m->r.commitments, c->m->r.ncommitments, (model_commitment_t *)obj);
}

static void build_budget(model_ctx_t *c, xmlNode *n, void *obj)
{
	model_budget_t *b = obj;
	model_records_t *r = &c->m->r;
	model_ctx_ref(c, MODEL_ID_FINANCIAL_YEAR, b->year, NULL, n, "year");
	for (size_t i = 0; i < r->nbudgets; i++)
		if (b->year && strcmp(r->budgets[i]->year, b->year) == 0)
			model_ctx_report(c, n, MODEL_MSG_BUDGET_TWICE, b->year);
	MODEL_FOR_ELEMS(e, n) {
		model_budget_line_t *l = model_ctx_record(c, e, &model_record_budget_line);
		l->budget = b;
		b->total += l->amount;
		ARENA_PUSH(c->a, b->lines, b->nlines, l);
	}
	ARENA_PUSH(c->a, r->budgets, r->nbudgets, b);
}

static void build_income(model_ctx_t *c, xmlNode *n, void *obj)
{
	(void)n;
	ARENA_PUSH(c->a, c->m->r.income, c->m->r.nincome, (model_income_t *)obj);
}

static void build_expenditure(model_ctx_t *c, xmlNode *n, void *obj)
{
	(void)n;
	ARENA_PUSH(c->a, c->m->r.expenditure, c->m->r.nexpenditure, (model_expenditure_t *)obj);
}

static void build_ceo_decision(model_ctx_t *c, xmlNode *n, void *obj)
{
	(void)n;
	ARENA_PUSH(c->a, c->m->r.ceo_decisions, c->m->r.nceo_decisions, (model_ceo_decision_t *)obj);
}

static void build_grant(model_ctx_t *c, xmlNode *n, void *obj)
{
	(void)n;
	ARENA_PUSH(c->a, c->m->r.grants, c->m->r.ngrants, (model_grant_t *)obj);
}

static void build_credit(model_ctx_t *c, xmlNode *n, void *obj)
{
	(void)n;
	ARENA_PUSH(c->a, c->m->r.credits, c->m->r.ncredits, (model_credit_t *)obj);
}

static void build_balance(model_ctx_t *c, xmlNode *n, void *obj)
{
	model_balance_t *b = obj;
	model_ctx_ref(c, MODEL_ID_FINANCIAL_YEAR, b->year, NULL, n, "year");
	ARENA_PUSH(c->a, c->m->r.balances, c->m->r.nbalances, b);
}

void model_finance_read(model_ctx_t *c, xmlNode *root)
{
	static const struct {
		const model_record_kind_t *kind;
		void (*build)(model_ctx_t *, xmlNode *, void *);
	} kinds[] = {
		{ &model_record_fund, build_fund }, { &model_record_commitment, build_commitment },
		{ &model_record_budget, build_budget }, { &model_record_income, build_income },
		{ &model_record_expenditure, build_expenditure },
		{ &model_record_ceo_decision, build_ceo_decision },
		{ &model_record_grant, build_grant }, { &model_record_credit, build_credit },
		{ &model_record_balance, build_balance },
	};
	MODEL_FOR_ELEMS(n, root)
		for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
			if (model_xml_is(n, kinds[k].kind->element))
				kinds[k].build(c, n, model_ctx_record(c, n, kinds[k].kind));
}
