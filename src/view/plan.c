/* plan: the delivery plan view (see plan.h). */
#include "plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/query.h"
#include "../util/xalloc.h"
#include "chart.h"
#include "report.h"
#include "vxml.h"

/* A milestone due in the plan's year, with its priority. */
typedef struct plan_milestone {
	const model_priority_t *priority;
	const model_milestone_t *ms;
} plan_milestone_t;

typedef struct pctx {
	const model_t *m;
	const model_records_t *r;
	const model_academic_year_t *ay;
	const model_delivery_plan_t *dp;
	date_t today;
	plan_milestone_t *milestones;   /* owned; due in the year, record order */
	size_t nmilestones;
} pctx_t;

const char *view_activity_status(const model_activity_t *a, date_t today)
{
	/* Done after "today" is not done yet on that day. */
	int done = date_is_set(a->done) ? date_cmp(a->done, today) <= 0
	                                : a->rag && strcmp(a->rag, "complete") == 0;
	if (done)
		return "complete";
	if (date_is_set(a->due) && date_cmp(a->due, today) < 0)
		return "overdue";
	if (date_is_set(a->start) && date_cmp(a->start, today) > 0)
		return "not-started";
	return "in-progress";
}

static const model_objective_t *activity_objective(const model_activity_t *a)
{
	if (a->objective)
		return a->objective;
	return a->priority ? a->priority->objective : NULL;
}

static money_t activity_contributed(const model_activity_t *a, const model_party_t *p)
{
	money_t sum = 0;
	for (size_t i = 0; i < a->ncontributions; i++)
		if (p == NULL || a->contributions[i]->party == p)
			sum += a->contributions[i]->amount;
	return sum;
}

static void plan_activity(xmlNode *parent, const pctx_t *c, const model_activity_t *a)
{
	xmlNode *e = vxml_node(parent, "activity");
	vxml_attr(e, "id", a->id);
	vxml_attr(e, "title", a->title);
	if (a->priority)
		vxml_attr(e, "priority-title", a->priority->title);
	vxml_person(e, "lead", a->lead);
	vxml_date(e, "start", a->start);
	vxml_date(e, "due", a->due);
	vxml_date(e, "done", a->done);
	view_enum(e, "rag", a->rag);
	const char *st = view_activity_status(a, c->today);
	view_enum(e, "status", st);
	if (date_is_set(a->done) && date_is_set(a->due))
		vxml_yesno(e, "late", date_cmp(a->done, a->due) > 0);
	if (a->has_cost)
		vxml_money(e, "cost", a->cost);
	for (size_t i = 0; i < a->noutputs; i++)
		vxml_text_node(e, "output", a->outputs[i]);
	const model_agreement_t *ag = &c->r->agreement;
	for (size_t i = 0; i < ag->nparties; i++) {
		xmlNode *s = vxml_node(e, "share");
		vxml_attr(s, "party", ag->parties[i]->id);
		vxml_money(s, "amount", activity_contributed(a, ag->parties[i]));
	}
	money_t total = activity_contributed(a, NULL);
	vxml_money(e, "contributions", total);
	if (a->has_cost)
		vxml_money(e, "unfunded", a->cost - total);
}

static void plan_objective(xmlNode *os, const pctx_t *c, const model_objective_t *o)
{
	xmlNode *on = vxml_node(os, "objective");
	if (o) {
		vxml_attr(on, "id", o->id);
		vxml_attr(on, "title", o->title);
		vxml_clause(on, c->m, o->clause);
		vxml_prose_node(on, "text", &o->text);
	} else {
		vxml_attr(on, "title", "Other activities");
	}
	for (size_t i = 0; i < c->dp->nactivities; i++)
		if (activity_objective(c->dp->activities[i]) == o)
			plan_activity(on, c, c->dp->activities[i]);
}

/* Objectives in record order that have activities, then activities with none. */
static void plan_objectives(xmlNode *root, const pctx_t *c)
{
	xmlNode *os = vxml_node(root, "objectives");
	for (size_t i = 0; i < c->r->nobjectives; i++) {
		const model_objective_t *o = c->r->objectives[i];
		for (size_t j = 0; j < c->dp->nactivities; j++)
			if (activity_objective(c->dp->activities[j]) == o) {
				plan_objective(os, c, o);
				break;
			}
	}
	for (size_t j = 0; j < c->dp->nactivities; j++)
		if (activity_objective(c->dp->activities[j]) == NULL) {
			plan_objective(os, c, NULL);
			break;
		}
}

static void plan_contributions(xmlNode *root, const pctx_t *c)
{
	const model_agreement_t *ag = &c->r->agreement;
	xmlNode *cs = vxml_node(root, "contributions");
	money_t all = 0, cost = 0;
	for (size_t j = 0; j < c->dp->nactivities; j++) {
		all += activity_contributed(c->dp->activities[j], NULL);
		cost += c->dp->activities[j]->has_cost ? c->dp->activities[j]->cost : 0;
	}
	for (size_t i = 0; i < ag->nparties; i++) {
		money_t sum = 0;
		for (size_t j = 0; j < c->dp->nactivities; j++)
			sum += activity_contributed(c->dp->activities[j], ag->parties[i]);
		xmlNode *p = vxml_node(cs, "party");
		vxml_attr(p, "id", ag->parties[i]->id);
		vxml_attr(p, "short", ag->parties[i]->short_name);
		vxml_member(p, "org", ag->parties[i]->org);
		vxml_money(p, "total", sum);
		view_percent(p, "share", sum, all);
	}
	vxml_uint(cs, "parties", ag->nparties);
	vxml_money(cs, "total", all);
	vxml_money(cs, "cost", cost);
	vxml_money(cs, "unfunded", cost - all);
}

static void plan_counts(xmlNode *root, const pctx_t *c)
{
	static const char *const keys[] = {
		"complete", "in-progress", "not-started", "overdue", "green", "amber", "red"
	};
	unsigned n[7] = { 0 };
	for (size_t j = 0; j < c->dp->nactivities; j++) {
		const model_activity_t *a = c->dp->activities[j];
		const char *st = view_activity_status(a, c->today);
		for (size_t k = 0; k < 7; k++)
			n[k] += (k < 4 && strcmp(st, keys[k]) == 0) ||
			        (k >= 4 && a->rag && strcmp(a->rag, keys[k]) == 0);
	}
	unsigned late_milestones = 0;
	for (size_t i = 0; i < c->nmilestones; i++)
		late_milestones += strcmp(view_milestone_status(c->milestones[i].ms->due,
		                          c->milestones[i].ms->done, c->today), "overdue") == 0;
	xmlNode *e = vxml_node(root, "status");
	vxml_uint(e, "activities", c->dp->nactivities);
	for (size_t k = 0; k < 7; k++)
		vxml_uint(e, keys[k], n[k]);
	vxml_uint(e, "overdue-all", n[3] + late_milestones);
}

/* The priorities' milestones due in the academic year. */
static void plan_collect_milestones(pctx_t *c)
{
	size_t cap = 0;
	for (size_t i = 0; i < c->r->npriorities; i++)
		cap += c->r->priorities[i]->nmilestones;
	c->milestones = xcalloc(cap ? cap : 1, sizeof *c->milestones);
	c->nmilestones = 0;
	for (size_t i = 0; i < c->r->npriorities; i++) {
		const model_priority_t *p = c->r->priorities[i];
		for (size_t j = 0; j < p->nmilestones; j++)
			if (date_within(p->milestones[j]->due, c->ay->start, c->ay->end))
				c->milestones[c->nmilestones++] = (plan_milestone_t){ p, p->milestones[j] };
	}
}

static void plan_milestones(xmlNode *root, const pctx_t *c)
{
	xmlNode *ms = vxml_node(root, "milestones");
	unsigned overdue = 0;
	for (size_t i = 0; i < c->nmilestones; i++) {
		const plan_milestone_t *x = &c->milestones[i];
		xmlNode *e = view_milestone(ms, c->m, x->ms, c->today);
		vxml_attr(e, "priority-title", x->priority->title);
		vxml_person(e, "lead", x->priority->lead);
		overdue += strcmp(view_milestone_status(x->ms->due, x->ms->done, c->today), "overdue") == 0;
	}
	vxml_uint(ms, "overdue", overdue);
}

/* ---- the timeline ---- */

#define TL_X 160.0          /* left of the plot: activity titles to its left */
#define TL_RIGHT 8.0
#define TL_TOP 30.0         /* term and half-term header rows */
#define TL_ROW 22.0
#define TL_BAR 10.0

typedef struct tl {
	xmlNode *chart;
	long d0, ndays;         /* the year's first day, its length */
	double pw;
} tl_t;

static double tl_x(const tl_t *t, date_t on, int end_of_day)
{
	long d = date_to_days(on) - t->d0 + (end_of_day ? 1 : 0);
	if (d < 0)
		d = 0;
	if (d > t->ndays)
		d = t->ndays;
	return TL_X + (double)d * t->pw / (double)t->ndays;
}

static void tl_terms(const tl_t *t, const model_academic_year_t *ay, double bottom)
{
	for (size_t i = 0; i < ay->nterms; i++) {
		const model_term_t *term = ay->terms[i];
		double x0 = tl_x(t, term->start, 0), x1 = tl_x(t, term->end, 1);
		chart_rect(t->chart, x0, 0, x1 - x0, bottom, i % 2 ? "band-b" : "band-a");
		chart_text(t->chart, (x0 + x1) / 2, 9, "middle", "head", term->name);
		for (size_t h = 0; h < term->nhalf_terms; h++) {
			const model_half_term_t *ht = term->half_terms[h];
			double h0 = tl_x(t, ht->start, 0), h1 = tl_x(t, ht->end, 1);
			char label[32];
			snprintf(label, sizeof label, "Half-term %zu", h + 1);
			chart_text(t->chart, (h0 + h1) / 2, 22, "middle", "subhead", label);
			if (h > 0)
				chart_line(t->chart, h0, 14, h0, bottom, "half-term");
		}
	}
}

static void tl_months(const tl_t *t, const model_academic_year_t *ay, double bottom)
{
	date_t mo = { ay->start.y, ay->start.m, 1 };
	for (; date_cmp(mo, ay->end) <= 0; mo = date_add_months(mo, 1)) {
		if (date_cmp(mo, ay->start) < 0)
			continue;
		double x = tl_x(t, mo, 0);
		chart_line(t->chart, x, bottom, x, bottom + 3, "axis");
		char label[4];
		snprintf(label, sizeof label, "%.3s", date_month_name(mo.m));
		double next = tl_x(t, date_add_months(mo, 1), 0);
		chart_text(t->chart, (x + next) / 2, bottom + 10, "middle", "tick", label);
	}
	chart_line(t->chart, TL_X, bottom, TL_X + t->pw, bottom, "axis");
}

static void tl_label(const tl_t *t, const char *text, double mid)
{
	char l1[128], l2[128];
	if (chart_wrap(text, 36, l1, l2, sizeof l1) == 1) {
		chart_text(t->chart, TL_X - 6, mid + 2.6, "end", "label", l1);
	} else {
		chart_text(t->chart, TL_X - 6, mid - 2.0, "end", "label", l1);
		chart_text(t->chart, TL_X - 6, mid + 7.0, "end", "label", l2);
	}
}

static void tl_activity(const tl_t *t, const model_activity_t *a, date_t today, double y)
{
	const char *st = view_activity_status(a, today);
	char cls[32];
	snprintf(cls, sizeof cls, "g-%s", strcmp(st, "complete") == 0 ? "complete"
	         : a->rag ? a->rag : "not-started");
	double mid = y + TL_ROW / 2;
	date_t from = date_is_set(a->start) ? a->start : a->due;
	date_t to = date_is_set(a->done) ? a->done : a->due;
	if (date_is_set(from) && date_is_set(to)) {
		double x0 = tl_x(t, from, 0), x1 = tl_x(t, to, 1);
		xmlNode *r = chart_rect(t->chart, x0, mid - TL_BAR / 2, x1 > x0 ? x1 - x0 : 1,
		                        TL_BAR, cls);
		vxml_attr(r, "title", a->title);
	}
	if (date_is_set(a->due) && strcmp(st, "overdue") == 0)
		chart_diamond(t->chart, tl_x(t, a->due, 1), mid, 5, "m-overdue");
	tl_label(t, a->title, mid);
}

static void tl_milestones(const tl_t *t, const pctx_t *c, double y)
{
	double mid = y + TL_ROW / 2;
	for (size_t i = 0; i < c->nmilestones; i++) {
		const model_milestone_t *x = c->milestones[i].ms;
		char cls[32];
		snprintf(cls, sizeof cls, "m-%s", view_milestone_status(x->due, x->done, c->today));
		chart_diamond(t->chart, tl_x(t, x->due, 0), mid, 4.5, cls);
	}
	tl_label(t, "Milestones", mid);
}

static void tl_legend(const tl_t *t, double y)
{
	static const char *const keys[][2] = {
		{ "g-complete", "Complete" }, { "g-green", "Green: on track" },
		{ "g-amber", "Amber: at risk" }, { "g-red", "Red: off track" },
		{ "g-not-started", "Not started" },
	};
	double x = 0;
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		x = chart_key(t->chart, x, y, keys[i][0], keys[i][1]);
	static const char *const marks[][2] = {
		{ "m-done", "Milestone met" }, { "m-open", "Milestone due" },
		{ "m-overdue", "Overdue" }, { "today", "Today" },
	};
	x = 0;
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		if (strcmp(marks[i][0], "today") == 0)
			chart_line(t->chart, x + 6, y + 9, x + 6, y + 17, "today");
		else
			chart_diamond(t->chart, x + 6, y + 13, 4, marks[i][0]);
		chart_text(t->chart, x + 16, y + 16, "start", "legend", marks[i][1]);
		x += 16 + 4.2 * (double)strlen(marks[i][1]) + 14;
	}
}

static void plan_timeline(xmlNode *root, const pctx_t *c)
{
	size_t rows = c->dp->nactivities + 1;
	double bottom = TL_TOP + (double)rows * TL_ROW;
	double height = bottom + 14 + 26;
	char title[96], desc[256];
	snprintf(title, sizeof title, "Timeline of the delivery plan, %s", c->dp->year);
	snprintf(desc, sizeof desc, "Gantt chart of the %zu activities across the terms and "
	         "half-terms of %s, from start to due date, shaded by status, with the "
	         "priorities' milestones; the same dates are in the activity tables.",
	         c->dp->nactivities, c->dp->year);
	tl_t t = { chart_new(root, "timeline", CHART_WIDTH, height, title, desc),
	           date_to_days(c->ay->start), date_diff_days(c->ay->end, c->ay->start) + 1,
	           CHART_WIDTH - TL_X - TL_RIGHT };
	tl_terms(&t, c->ay, bottom);
	for (size_t i = 0; i < rows; i++)
		chart_line(t.chart, TL_X, TL_TOP + (double)i * TL_ROW, TL_X + t.pw,
		           TL_TOP + (double)i * TL_ROW, "row");
	for (size_t i = 0; i < c->dp->nactivities; i++)
		tl_activity(&t, c->dp->activities[i], c->today, TL_TOP + (double)i * TL_ROW);
	tl_milestones(&t, c, TL_TOP + (double)c->dp->nactivities * TL_ROW);
	if (date_within(c->today, c->ay->start, c->ay->end)) {
		double x = tl_x(&t, c->today, 0);
		chart_line(t.chart, x, 14, x, bottom, "today");
	}
	tl_months(&t, c->ay, bottom);
	tl_legend(&t, bottom + 20);
}

/* ---- the document ---- */

static int pctx_init(pctx_t *c, const model_t *m, const char *year, date_t today, diag_t *d)
{
	c->m = m;
	c->r = model_records(m);
	c->today = today;
	c->ay = model_academic_year_find(m, year);
	c->dp = NULL;
	for (size_t i = 0; i < c->r->ndelivery_plans; i++)
		if (strcmp(c->r->delivery_plans[i]->year, year) == 0)
			c->dp = c->r->delivery_plans[i];
	const char *file = c->ay ? "plans.xml" : "calendar.xml";
	if (c->ay && c->dp)
		return 0;
	char *path = xasprintf("%s/%s", c->r->dir, file);
	if (c->ay == NULL)
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL,
		         "the calendar has no academic year '%s'; add <academic-year id=\"%s\"> "
		         "or choose a year it has", year, year);
	else
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL,
		         "the plans have no <delivery-plan year=\"%s\">; add the plan agreed for "
		         "that academic year", year);
	free(path);
	return -1;
}

xmlDocPtr view_plan_build(const model_t *m, const char *year, date_t today, diag_t *d)
{
	pctx_t c;
	if (pctx_init(&c, m, year, today, d) < 0)
		return NULL;
	xmlNode *root;
	xmlDocPtr doc = vxml_doc_new("delivery-plan", &root);
	vxml_attr(root, "year", c.dp->year);
	vxml_date(root, "start", c.ay->start);
	vxml_date(root, "end", c.ay->end);
	vxml_date(root, "today", today);
	vxml_date(root, "agreed", c.dp->agreed);
	if (c.dp->agreed_at) {
		vxml_body(root, "agreed-by", c.dp->agreed_at->body);
		vxml_date(root, "agreed-at", c.dp->agreed_at->date);
	}
	view_report_head(root, m, &c.r->rules[MODEL_RULE_DELIVERY_PLAN]);
	plan_collect_milestones(&c);
	vxml_prose_node(root, "strategy", &c.dp->strategy);
	plan_counts(root, &c);   /* after the milestones are collected */
	plan_objectives(root, &c);
	plan_milestones(root, &c);
	plan_contributions(root, &c);
	plan_timeline(root, &c);
	free(c.milestones);
	return doc;
}
