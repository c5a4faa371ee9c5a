/* model_finance: finance.xml into the model, as the table
 * model_finance_records says (see internal.h).  Every finance record is
 * flat, so fields.c describes them; only the checks particular to a
 * record are here. */
#include <string.h>

#include "internal.h"

static void build_budget(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	model_budget_t *b = obj;
	model_records_t *r = parent;
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
}

static void build_balance(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	model_balance_t *b = obj;
	(void)parent;
	model_ctx_ref(c, MODEL_ID_FINANCIAL_YEAR, b->year, NULL, n, "year");
}

static const model_child_t finance[] = {
	MODEL_CHILD(&model_record_fund, model_records_t, funds, NULL),
	MODEL_CHILD(&model_record_commitment, model_records_t, commitments, NULL),
	MODEL_CHILD(&model_record_budget, model_records_t, budgets, build_budget),
	MODEL_CHILD(&model_record_income, model_records_t, income, NULL),
	MODEL_CHILD(&model_record_expenditure, model_records_t, expenditure, NULL),
	MODEL_CHILD(&model_record_ceo_decision, model_records_t, ceo_decisions, NULL),
	MODEL_CHILD(&model_record_grant, model_records_t, grants, NULL),
	MODEL_CHILD(&model_record_credit, model_records_t, credits, NULL),
	MODEL_CHILD(&model_record_balance, model_records_t, balances, build_balance),
};
const model_file_records_t model_finance_records = { MODEL_ROWS(finance) };
