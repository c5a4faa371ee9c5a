/* build_plans: performance.xml and plans.xml into the model (see internal.h). */
#include <string.h>

#include "internal.h"

static void build_school_event(model_ctx_t *c, xmlNode *n)
{
	model_records_t *r = &c->m->r;
	char *school_id = attr_str(c, n, "school");
	date_t date = attr_date(c, n, "date");
	if (xml_is(n, "inspection")) {
		model_inspection_t *i = ctx_new(c, sizeof *i);
		i->pos = ctx_pos(c, n);
		i->school_id = school_id;
		i->date = date;
		i->outcome = attr_str(c, n, "outcome");
		ctx_ref(c, ID_MEMBER, school_id, &i->school, n, "school");
		ARENA_PUSH(c->a, r->inspections, r->ninspections, i);
	} else {
		model_direction_t *d = ctx_new(c, sizeof *d);
		d->pos = ctx_pos(c, n);
		d->school_id = school_id;
		d->date = date;
		d->travel = attr_str(c, n, "travel");
		ctx_ref(c, ID_MEMBER, school_id, &d->school, n, "school");
		ARENA_PUSH(c->a, r->directions, r->ndirections, d);
	}
}

static void build_measure(model_ctx_t *c, xmlNode *n)
{
	model_measure_t *ms = ctx_new(c, sizeof *ms);
	ms->pos = ctx_pos(c, n);
	ms->id = attr_str(c, n, "id");
	ms->name = attr_str(c, n, "name");
	ms->unit = attr_str(c, n, "unit");
	ms->priority_id = attr_str(c, n, "priority");
	ms->higher_is_better = attr_yesno(n, "higher-is-better", 1);
	ctx_define(c, ID_MEASURE, ms->id, ms, n);
	ctx_ref(c, ID_PRIORITY, ms->priority_id, &ms->priority, n, "priority");
	FOR_ELEMS(e, n) {
		model_measure_value_t *v = ctx_new(c, sizeof *v);
		v->pos = ctx_pos(c, e);
		v->year = attr_year(c, e, "year");
		v->actual = attr_str(c, e, "actual");
		v->target = attr_str(c, e, "target");
		for (size_t i = 0; v->year && i < ms->nvalues; i++)
			if (strcmp(ms->values[i]->year, v->year) == 0)
				ctx_error(c, e, "measure '%s' has two values for %s", ms->id, v->year);
		ARENA_PUSH(c->a, ms->values, ms->nvalues, v);
	}
	ARENA_PUSH(c->a, c->m->r.measures, c->m->r.nmeasures, ms);
}

void build_performance(model_ctx_t *c, xmlNode *root)
{
	FOR_ELEMS(n, root) {
		if (xml_is(n, "measure"))
			build_measure(c, n);
		else
			build_school_event(c, n);
	}
}

static void build_objective(model_ctx_t *c, xmlNode *n)
{
	model_objective_t *o = ctx_new(c, sizeof *o);
	o->pos = ctx_pos(c, n);
	o->id = attr_str(c, n, "id");
	o->title = attr_str(c, n, "title");
	o->text = node_prose(c, n);
	ctx_define(c, ID_OBJECTIVE, o->id, o, n);
	ctx_clause_ref(c, n, &o->clause);
	ARENA_PUSH(c->a, c->m->r.objectives, c->m->r.nobjectives, o);
}

static void build_priority(model_ctx_t *c, xmlNode *n)
{
	model_priority_t *p = ctx_new(c, sizeof *p);
	p->pos = ctx_pos(c, n);
	p->id = attr_str(c, n, "id");
	p->title = attr_str(c, n, "title");
	p->objective_id = attr_str(c, n, "objective");
	p->lead_id = attr_str(c, n, "lead");
	ctx_define(c, ID_PRIORITY, p->id, p, n);
	ctx_ref(c, ID_OBJECTIVE, p->objective_id, &p->objective, n, "objective");
	ctx_ref(c, ID_PERSON, p->lead_id, &p->lead, n, "lead");
	ctx_clause_ref(c, n, &p->clause);
	FOR_ELEMS(e, n) {
		if (xml_is(e, "summary")) {
			p->summary = node_prose(c, e);
			continue;
		}
		model_milestone_t *ms = ctx_new(c, sizeof *ms);
		ms->pos = ctx_pos(c, e);
		ms->id = attr_str(c, e, "id");
		ms->text = node_text(c, e);
		ms->due = attr_date(c, e, "due");
		ms->done = attr_date(c, e, "done");
		ctx_define(c, ID_MILESTONE, ms->id, ms, e);
		ctx_clause_ref(c, e, &ms->clause);
		ARENA_PUSH(c->a, p->milestones, p->nmilestones, ms);
	}
	ARENA_PUSH(c->a, c->m->r.priorities, c->m->r.npriorities, p);
}

static void build_activity(model_ctx_t *c, model_delivery_plan_t *dp, xmlNode *n)
{
	model_activity_t *a = ctx_new(c, sizeof *a);
	a->pos = ctx_pos(c, n);
	a->id = attr_str(c, n, "id");
	a->title = attr_str(c, n, "title");
	a->priority_id = attr_str(c, n, "priority");
	a->objective_id = attr_str(c, n, "objective");
	a->lead_id = attr_str(c, n, "lead");
	a->rag = attr_str(c, n, "rag");
	a->start = attr_date(c, n, "start");
	a->due = attr_date(c, n, "due");
	a->done = attr_date(c, n, "done");
	ctx_check_span(c, n, a->start, a->due, "start", "due");
	a->cost = attr_money(c, n, "cost", &a->has_cost);
	ctx_define(c, ID_ACTIVITY, a->id, a, n);
	ctx_ref(c, ID_PRIORITY, a->priority_id, &a->priority, n, "priority");
	ctx_ref(c, ID_OBJECTIVE, a->objective_id, &a->objective, n, "objective");
	ctx_ref(c, ID_PERSON, a->lead_id, &a->lead, n, "lead");
	FOR_ELEMS(e, n) {
		if (xml_is(e, "output")) {
			ARENA_PUSH(c->a, a->outputs, a->noutputs, node_text(c, e));
			continue;
		}
		model_contribution_t *k = ctx_new(c, sizeof *k);
		k->pos = ctx_pos(c, e);
		k->party_id = attr_str(c, e, "party");
		k->amount = attr_money(c, e, "amount", NULL);
		ctx_ref(c, ID_PARTY, k->party_id, &k->party, e, "party");
		ARENA_PUSH(c->a, a->contributions, a->ncontributions, k);
	}
	ARENA_PUSH(c->a, dp->activities, dp->nactivities, a);
}

static void build_delivery_plan(model_ctx_t *c, xmlNode *n)
{
	model_delivery_plan_t *dp = ctx_new(c, sizeof *dp);
	dp->pos = ctx_pos(c, n);
	dp->year = attr_year(c, n, "year");
	dp->agreed = attr_date(c, n, "agreed");
	dp->agreed_at_id = attr_str(c, n, "agreed-at");
	ctx_ref(c, ID_ACADEMIC_YEAR, dp->year, NULL, n, "year");
	ctx_ref(c, ID_MEETING, dp->agreed_at_id, &dp->agreed_at, n, "agreed-at");
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
	model_annual_report_t *ar = ctx_new(c, sizeof *ar);
	ar->pos = ctx_pos(c, n);
	ar->year = attr_year(c, n, "year");
	ar->published = attr_date(c, n, "published");
	ar->presented_at_id = attr_str(c, n, "presented-at");
	ctx_ref(c, ID_MEETING, ar->presented_at_id, &ar->presented_at, n, "presented-at");
	FOR_ELEMS(e, n) {
		if (xml_is(e, "summary")) {
			ar->summary = node_prose(c, e);
		} else if (xml_is(e, "progress")) {
			model_progress_t *p = ctx_new(c, sizeof *p);
			p->pos = ctx_pos(c, e);
			p->priority_id = attr_str(c, e, "priority");
			p->rag = attr_str(c, e, "rag");
			p->text = node_prose(c, e);
			ctx_ref(c, ID_PRIORITY, p->priority_id, &p->priority, e, "priority");
			ARENA_PUSH(c->a, ar->progress, ar->nprogress, p);
		} else {
			ARENA_PUSH(c->a, ar->changes, ar->nchanges, node_prose(c, e));
		}
	}
	ARENA_PUSH(c->a, c->m->r.annual_reports, c->m->r.nannual_reports, ar);
}

static void build_performance_plan(model_ctx_t *c, xmlNode *n)
{
	model_performance_plan_t *pp = ctx_new(c, sizeof *pp);
	pp->pos = ctx_pos(c, n);
	pp->year = attr_year(c, n, "year");
	pp->agreed = attr_date(c, n, "agreed");
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
