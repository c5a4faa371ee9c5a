/* build_plans: performance.xml and plans.xml into the model (see internal.h). */
#include <string.h>

#include "internal.h"

static void build_measure(model_ctx_t *c, xmlNode *n)
{
	model_measure_t *ms = ctx_record(c, n, &model_record_measure);
	FOR_ELEMS(e, n) {
		model_measure_value_t *v = ctx_record(c, e, &model_record_measure_value);
		for (size_t i = 0; v->year && i < ms->nvalues; i++)
			if (strcmp(ms->values[i]->year, v->year) == 0)
				ctx_error(c, e, "measure '%s' has two values for %s", ms->id, v->year);
		ARENA_PUSH(c->a, ms->values, ms->nvalues, v);
	}
	ARENA_PUSH(c->a, c->m->r.measures, c->m->r.nmeasures, ms);
}

void build_performance(model_ctx_t *c, xmlNode *root)
{
	model_records_t *r = &c->m->r;
	FOR_ELEMS(n, root) {
		if (xml_is(n, "measure"))
			build_measure(c, n);
		else if (xml_is(n, "inspection"))
			ARENA_PUSH(c->a, r->inspections, r->ninspections,
			           ctx_record(c, n, &model_record_inspection));
		else
			ARENA_PUSH(c->a, r->directions, r->ndirections,
			           ctx_record(c, n, &model_record_direction));
	}
}

static void build_objective(model_ctx_t *c, xmlNode *n)
{
	model_objective_t *o = ctx_record(c, n, &model_record_objective);
	o->text = node_prose(c, n);
	ARENA_PUSH(c->a, c->m->r.objectives, c->m->r.nobjectives, o);
}

static void build_priority(model_ctx_t *c, xmlNode *n)
{
	model_priority_t *p = ctx_record(c, n, &model_record_priority);
	FOR_ELEMS(e, n) {
		if (xml_is(e, "summary")) {
			p->summary = node_prose(c, e);
			continue;
		}
		model_milestone_t *ms = ctx_record(c, e, &model_record_milestone);
		ARENA_PUSH(c->a, p->milestones, p->nmilestones, ms);
	}
	ARENA_PUSH(c->a, c->m->r.priorities, c->m->r.npriorities, p);
}

static void build_activity(model_ctx_t *c, model_delivery_plan_t *dp, xmlNode *n)
{
	model_activity_t *a = ctx_record(c, n, &model_record_activity);
	ctx_check_span(c, n, a->start, a->due, "start", "due");
	a->cost = attr_money(c, n, "cost", &a->has_cost, 0);
	FOR_ELEMS(e, n) {
		if (xml_is(e, "output")) {
			ARENA_PUSH(c->a, a->outputs, a->noutputs, node_text(c, e));
			continue;
		}
		model_contribution_t *k = ctx_record(c, e, &model_record_contribution);
		ARENA_PUSH(c->a, a->contributions, a->ncontributions, k);
	}
	ARENA_PUSH(c->a, dp->activities, dp->nactivities, a);
}

static void build_delivery_plan(model_ctx_t *c, xmlNode *n)
{
	model_delivery_plan_t *dp = ctx_record(c, n, &model_record_delivery_plan);
	ctx_ref(c, MODEL_ID_ACADEMIC_YEAR, dp->year, NULL, n, "year");
	FOR_ELEMS(e, n) {
		if (xml_is(e, "strategy"))
			dp->strategy = node_prose(c, e);
		else
			build_activity(c, dp, e);
	}
	ARENA_PUSH(c->a, c->m->r.delivery_plans, c->m->r.ndelivery_plans, dp);
}

static void build_annual_report(model_ctx_t *c, xmlNode *n)
{
	model_annual_report_t *ar = ctx_record(c, n, &model_record_annual_report);
	FOR_ELEMS(e, n) {
		if (xml_is(e, "summary")) {
			ar->summary = node_prose(c, e);
		} else if (xml_is(e, "progress")) {
			model_progress_t *p = ctx_record(c, e, &model_record_progress);
			p->text = node_prose(c, e);
			ARENA_PUSH(c->a, ar->progress, ar->nprogress, p);
		} else if (xml_is(e, "compliance")) {
			ar->compliance = node_prose(c, e);
		} else {
			ARENA_PUSH(c->a, ar->changes, ar->nchanges, node_prose(c, e));
		}
	}
	ARENA_PUSH(c->a, c->m->r.annual_reports, c->m->r.nannual_reports, ar);
}

static void build_performance_plan(model_ctx_t *c, xmlNode *n)
{
	model_performance_plan_t *pp = ctx_record(c, n, &model_record_performance_plan);
	FOR_ELEMS(e, n) {
		model_prose_t p = node_prose(c, e);
		if (xml_is(e, "analysis"))
			pp->analysis = p;
		else if (xml_is(e, "learners"))
			pp->learners = p;
		else if (xml_is(e, "success"))
			ARENA_PUSH(c->a, pp->successes, pp->nsuccesses, p);
		else
			ARENA_PUSH(c->a, pp->shortfalls, pp->nshortfalls, p);
	}
	ARENA_PUSH(c->a, c->m->r.performance_plans, c->m->r.nperformance_plans, pp);
}

void build_plans(model_ctx_t *c, xmlNode *root)
{
	FOR_ELEMS(n, root) {
		if (xml_is(n, "objective"))
			build_objective(c, n);
		else if (xml_is(n, "priority"))
			build_priority(c, n);
		else if (xml_is(n, "delivery-plan"))
			build_delivery_plan(c, n);
		else if (xml_is(n, "annual-report"))
			build_annual_report(c, n);
		else
			build_performance_plan(c, n);
	}
}
