/* model_plans: performance.xml and plans.xml into the model, as the tables
 * model_performance_records and model_plans_records say (see internal.h). */
#include <string.h>

#include "internal.h"

/* A measure has one value a year. */
static void build_value(model_ctx_t *c, xmlNode *e, void *obj, void *parent)
{
	model_measure_value_t *v = obj;
	const model_measure_t *ms = parent;
	for (size_t i = 0; v->year && i < ms->nvalues; i++)
		if (strcmp(ms->values[i]->year, v->year) == 0)
			model_ctx_report(c, e, MODEL_MSG_MEASURE_VALUE_TWICE, ms->id, v->year);
}

static void build_measure(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	static const model_child_t values[] = {
		MODEL_CHILD(&model_record_measure_value, model_measure_t, values, build_value),
	};
	(void)parent;
	model_ctx_children(c, n, obj, MODEL_ROWS(values));
}

static const model_child_t performance[] = {
	MODEL_CHILD(&model_record_measure, model_records_t, measures, build_measure),
	MODEL_CHILD(&model_record_inspection, model_records_t, inspections, NULL),
	MODEL_CHILD(&model_record_direction, model_records_t, directions, NULL),
};
const model_file_records_t model_performance_records = { MODEL_ROWS(performance) };

static void build_objective(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	model_objective_t *o = obj;
	(void)parent;
	o->text = model_node_prose(c, n);
}

static void build_priority(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	model_priority_t *p = obj;
	(void)parent;
	MODEL_FOR_ELEMS(e, n) {
		if (model_xml_is(e, "summary")) {
			p->summary = model_node_prose(c, e);
			continue;
		}
		model_milestone_t *ms = model_ctx_record(c, e, &model_record_milestone);
		ARENA_PUSH(c->a, p->milestones, p->nmilestones, ms);
	}
}

static void build_activity(model_ctx_t *c, model_delivery_plan_t *dp, xmlNode *n)
{
	model_activity_t *a = model_ctx_record(c, n, &model_record_activity);
	a->cost = model_attr_money(c, n, "cost", &a->has_cost, 0);
	MODEL_FOR_ELEMS(e, n) {
		if (model_xml_is(e, "output")) {
			ARENA_PUSH(c->a, a->outputs, a->noutputs, model_node_text(c, e));
			continue;
		}
		model_contribution_t *k = model_ctx_record(c, e, &model_record_contribution);
		ARENA_PUSH(c->a, a->contributions, a->ncontributions, k);
	}
	ARENA_PUSH(c->a, dp->activities, dp->nactivities, a);
}

static void build_delivery_plan(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	model_delivery_plan_t *dp = obj;
	(void)parent;
	model_ctx_ref(c, MODEL_ID_ACADEMIC_YEAR, dp->year, NULL, n, "year");
	MODEL_FOR_ELEMS(e, n) {
		if (model_xml_is(e, "strategy"))
			dp->strategy = model_node_prose(c, e);
		else
			build_activity(c, dp, e);
	}
}

static void build_annual_report(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	model_annual_report_t *ar = obj;
	(void)parent;
	MODEL_FOR_ELEMS(e, n) {
		if (model_xml_is(e, "summary")) {
			ar->summary = model_node_prose(c, e);
		} else if (model_xml_is(e, "progress")) {
			model_progress_t *p = model_ctx_record(c, e, &model_record_progress);
			p->text = model_node_prose(c, e);
			ARENA_PUSH(c->a, ar->progress, ar->nprogress, p);
		} else if (model_xml_is(e, "compliance")) {
			ar->compliance = model_node_prose(c, e);
		} else {
			ARENA_PUSH(c->a, ar->changes, ar->nchanges, model_node_prose(c, e));
		}
	}
}

static void build_performance_plan(model_ctx_t *c, xmlNode *n, void *obj, void *parent)
{
	model_performance_plan_t *pp = obj;
	(void)parent;
	MODEL_FOR_ELEMS(e, n) {
		model_prose_t p = model_node_prose(c, e);
		if (model_xml_is(e, "analysis"))
			pp->analysis = p;
		else if (model_xml_is(e, "learners"))
			pp->learners = p;
		else if (model_xml_is(e, "success"))
			ARENA_PUSH(c->a, pp->successes, pp->nsuccesses, p);
		else
			ARENA_PUSH(c->a, pp->shortfalls, pp->nshortfalls, p);
	}
}

static const model_child_t plans[] = {
	MODEL_CHILD(&model_record_objective, model_records_t, objectives, build_objective),
	MODEL_CHILD(&model_record_priority, model_records_t, priorities, build_priority),
	MODEL_CHILD(&model_record_delivery_plan, model_records_t, delivery_plans,
	            build_delivery_plan),
	MODEL_CHILD(&model_record_annual_report, model_records_t, annual_reports,
	            build_annual_report),
	MODEL_CHILD(&model_record_performance_plan, model_records_t, performance_plans,
	            build_performance_plan),
};
const model_file_records_t model_plans_records = { MODEL_ROWS(plans) };
