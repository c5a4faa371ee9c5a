/* report: the annual report and annual performance plan views (see report.h). */
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../check/check.h"
#include "../model/query.h"
#include "../util/plural.h"
#include "../util/xalloc.h"
#include "brand.h"
#include "chart.h"
#include "minutes.h"
#include "compliance.h"
#include "finance.h"
#include "plan.h"
#include "proforma.h"
#include "report_calc.h"
#include "vxml.h"

/* The year a document covers and the day it is judged on. */
typedef struct rctx {
	const model_t *m;
	const model_records_t *r;
	const char *year;            /* financial year, "2025-26" */
	date_t start, end;           /* the year's first and last day */
	date_t at;                   /* the earlier of end and today: "as at" */
	date_t today;
} rctx_t;

/* ---- shared helpers ---- */

static const char *const label_table[][2] = {
	{ "nursery", "Nursery" }, { "early-years", "Early years" }, { "primary", "Primary" },
	{ "secondary", "Secondary" }, { "special", "Special" }, { "all-through", "All-through" },
	{ "post-16", "Post-16" }, { "alternative", "Alternative provision" },
	{ "maintained", "Maintained" }, { "academy", "Academy" }, { "free", "Free school" },
	{ "independent", "Independent" }, { "pvi", "PVI" }, { "college", "College" },
	{ "childrens-centre", "Children’s centre" },
	{ "outstanding", "Outstanding" }, { "good", "Good" },
	{ "requires-improvement", "Requires improvement" },
	{ "serious-weaknesses", "Serious weaknesses" }, { "special-measures", "Special measures" },
	{ "not-inspected", "Not yet inspected" },
	{ "improving", "Improving" }, { "stable", "Stable" }, { "declining", "Declining" },
	{ "not-known", "Not known" },
	{ "subscriptions", "Subscriptions" }, { "council", "Council" }, { "grant", "Grants" },
	{ "party-contribution", "Party contributions" }, { "traded-services", "Traded services" },
	{ "interest", "Interest" }, { "other", "Other" },
	{ "red", "Red" }, { "amber", "Amber" }, { "green", "Green" }, { "complete", "Complete" },
	{ "not-started", "Not started" },
	{ "done", "Done" }, { "done-late", "Done late" }, { "overdue", "Overdue" },
	{ "open", "Open" }, { "in-progress", "In progress" },
	{ "receive", "Receives brokered support" }, { "give", "Gives support to others" },
	{ "monitor", "Monitored" }, { "none", "No brokerage" },
	{ "council-service", "Council’s improvement service" },
	{ "board", "Board" }, { "executive", "Executive" }, { "directors", "Directors" },
	{ "strategic-group", "Strategic group" }, { "grouping", "Grouping" },
	{ "development-group", "Development group" }, { "task-and-finish", "Task and finish group" },
	{ "members-meeting", "Members’ meeting" }, { "agm", "AGM" }, { "committee", "Committee" },
};

const char *view_label(const char *value)
{
	if (value == NULL)
		return NULL;
	for (size_t i = 0; i < sizeof label_table / sizeof label_table[0]; i++)
		if (strcmp(label_table[i][0], value) == 0)
			return label_table[i][1];
	return value;
}

void view_enum(xmlNode *n, const char *name, const char *value)
{
	char key[64];
	vxml_attr(n, name, value);
	snprintf(key, sizeof key, "%s-label", name);
	vxml_attr(n, key, view_label(value));
}

void view_percent(xmlNode *n, const char *attr, long long part, long long whole)
{
	char pct[32];
	calc_percent(part, whole, pct, sizeof pct);
	if (pct[0])
		vxml_attr(n, attr, pct);
}

const char *view_milestone_status(date_t due, date_t done, date_t today)
{
	/* Done after "today" is not done yet on that day. */
	if (date_is_set(done) && date_cmp(done, today) <= 0)
		return date_is_set(due) && date_cmp(done, due) > 0 ? "done-late" : "done";
	if (date_is_set(due) && date_cmp(due, today) < 0)
		return "overdue";
	return "open";
}

static date_t date_min(date_t a, date_t b)
{
	return date_cmp(a, b) <= 0 ? a : b;
}

date_t view_report_today(const model_t *m, date_t given)
{
	date_t today = given;
	if (!date_is_set(today)) {
		const char *sde = getenv("SOURCE_DATE_EPOCH");
		char *end = NULL;
		long long secs = sde ? strtoll(sde, &end, 10) : 0;
		time_t t = sde && end != sde && *end == '\0' && secs >= 0 ? (time_t)secs : time(NULL);
		struct tm tm;
		gmtime_r(&t, &tm);
		today = (date_t){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
	}
	date_t as_of = model_records(m)->as_of;
	return date_is_set(as_of) ? date_min(today, as_of) : today;
}

static int rctx_init(rctx_t *c, const model_t *m, const char *year, date_t today, diag_t *d)
{
	const model_financial_year_t *fy = model_financial_year_find(m, year);
	c->m = m;
	c->r = model_records(m);
	if (fy == NULL) {
		char *cal = xasprintf("%s/calendar.xml", c->r->dir);
		diag_add(d, DIAG_ERROR, cal, 0, 0, NULL,
		         "the calendar has no financial year '%s'; add <financial-year id=\"%s\" "
		         "start=... end=...> or choose a year it has", year, year);
		free(cal);
		return -1;
	}
	c->year = fy->id;
	c->start = fy->start;
	c->end = fy->end;
	c->today = today;
	c->at = date_min(fy->end, today);
	return 0;
}

static int in_year(const rctx_t *c, date_t on)
{
	return date_within(on, c->start, c->end);
}

void view_report_head(xmlNode *root, const model_t *m, const model_rule_t *rule)
{
	const model_records_t *r = model_records(m);
	view_brand(root, m);
	xmlNode *a = vxml_node(root, "agreement");
	vxml_attr(a, "title", r->agreement.title);
	vxml_attr(a, "short", r->agreement.short_name);
	if (rule->present)
		vxml_clause(a, m, rule->clause);
	for (size_t i = 0; i < r->agreement.nparties; i++) {
		const model_party_t *p = r->agreement.parties[i];
		xmlNode *pn = vxml_node(a, "party");
		vxml_attr(pn, "id", p->id);
		vxml_attr(pn, "short", p->short_name);
		vxml_attr(pn, "name", p->org ? p->org->name : p->short_name);
	}
}

/* Root attributes and the parts every yearly document opens with. */
static void report_head(xmlNode *root, const rctx_t *c, const model_rule_t *rule)
{
	char prev[8], next[8];
	vxml_attr(root, "year", c->year);
	if (calc_year_shift(c->year, -1, prev) == 0)
		vxml_attr(root, "previous-year", prev);
	if (calc_year_shift(c->year, 1, next) == 0)
		vxml_attr(root, "next-year", next);
	vxml_date(root, "start", c->start);
	vxml_date(root, "end", c->end);
	vxml_date(root, "at", c->at);
	vxml_date(root, "today", c->today);
	view_report_head(root, c->m, rule);
}

/* The parts of a yearly document after its head. */
typedef void (*report_parts_fn)(xmlNode *root, const rctx_t *c, diag_t *d);

/* The yearly document of year with root element root_name: the head of
 * report_head() citing rule, then parts; NULL after reporting a year the
 * calendar does not have. */
static xmlDocPtr report_doc_build(const model_t *m, const char *year, date_t today, diag_t *d,
                                  const char *root_name, model_rule_kind_t rule,
                                  report_parts_fn parts)
{
	rctx_t c;
	if (rctx_init(&c, m, year, today, d) < 0)
		return NULL;
	xmlNode *root;
	xmlDocPtr doc = vxml_doc_new(root_name, &root);
	report_head(root, &c, &c.r->rules[rule]);
	parts(root, &c, d);
	return doc;
}

/* ---- members ---- */

static const char *const phases[] = {
	"nursery", "early-years", "primary", "secondary", "special", "all-through",
	"post-16", "alternative"
};
static const char *const school_types[] = {
	"maintained", "academy", "free", "special", "independent", "pvi", "college",
	"childrens-centre"
};
#define NPHASES (sizeof phases / sizeof phases[0])
#define NTYPES (sizeof school_types / sizeof school_types[0])

static size_t name_index(const char *const *names, size_t n, const char *v)
{
	for (size_t i = 0; v && i < n; i++)
		if (strcmp(names[i], v) == 0)
			return i;
	return n;
}

static void count_rows(xmlNode *parent, const char *elem, const char *const *names,
                       const unsigned *counts, size_t n, unsigned total)
{
	for (size_t i = 0; i < n; i++) {
		if (counts[i] == 0)
			continue;
		xmlNode *e = vxml_node(parent, elem);
		view_enum(e, "name", names[i]);
		vxml_uint(e, "count", counts[i]);
		view_percent(e, "share", counts[i], total);
	}
}

/* The day a member school left, or the last day of its membership when it
 * withdrew (model_school_is_member: a member on the effective day). */
static date_t member_left(const model_member_t *s)
{
	if (date_is_set(s->left))
		return s->left;
	return s->has_withdrawal ? s->withdrawal_effective : DATE_NONE;
}

/* A partner organisation has joined (or gives no date) and not left. */
static int organisation_current(const model_member_t *o, date_t at)
{
	return !(date_is_set(o->joined) && date_cmp(o->joined, at) > 0)
	       && !(date_is_set(o->left) && date_cmp(o->left, at) <= 0);
}

static const model_mou_t *school_mou(const model_member_t *s, date_t at)
{
	for (size_t i = 0; i < s->nmous; i++)
		if (date_cmp(s->mous[i]->signed_on, at) <= 0)
			return s->mous[i];
	return NULL;
}

static void member_ref(xmlNode *parent, const char *elem, const model_member_t *s,
                       const char *date_attr, date_t on)
{
	xmlNode *e = vxml_node(parent, elem);
	vxml_member(e, "member", s);
	view_enum(e, "phase", s->phase);
	if (date_attr)
		vxml_date(e, date_attr, on);
}

static void report_mou(xmlNode *ms, const rctx_t *c)
{
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_MEMBERSHIP];
	xmlNode *mou = vxml_node(ms, "mou");
	vxml_yesno(mou, "required", rule->present && rule->requires_mou);
	unsigned signed_n = 0, total = 0;
	for (size_t i = 0; i < c->r->nmembers; i++) {
		const model_member_t *s = c->r->members[i];
		if (!model_school_is_member(c->m, s, c->at))
			continue;
		total++;
		if (school_mou(s, c->at))
			signed_n++;
		else
			member_ref(mou, "unsigned", s, NULL, DATE_NONE);
	}
	vxml_uint(mou, "signed", signed_n);
	vxml_uint(mou, "not-signed", total - signed_n);
	view_percent(mou, "signed-share", signed_n, total);
}

static void report_members(xmlNode *root, const rctx_t *c)
{
	xmlNode *ms = vxml_node(root, "membership");
	vxml_date(ms, "at", c->at);
	unsigned by_phase[NPHASES] = { 0 }, by_type[NTYPES] = { 0 }, joined_phase[NPHASES] = { 0 };
	unsigned schools = 0, orgs = 0, joined = 0, left = 0;
	unsigned long pupils = 0;
	xmlNode *moves = vxml_node(ms, "changes");
	for (size_t i = 0; i < c->r->nmembers; i++) {
		const model_member_t *s = c->r->members[i];
		int school = s->kind == MODEL_MEMBER_SCHOOL;
		if (school && date_within(s->joined, c->start, c->at)
		    && model_school_is_member(c->m, s, s->joined)) {
			member_ref(moves, "joiner", s, "date", s->joined);
			joined_phase[name_index(phases, NPHASES, s->phase) % NPHASES]++;
			joined++;
		}
		date_t gone = member_left(s);
		if (school && date_within(gone, c->start, c->at)) {
			member_ref(moves, "leaver", s, "date", gone);
			left++;
		}
		if (!school) {
			orgs += organisation_current(s, c->at);
			continue;
		}
		if (!model_school_is_member(c->m, s, c->at))
			continue;
		schools++;
		pupils += s->pupils;
		by_phase[name_index(phases, NPHASES, s->phase) % NPHASES]++;
		by_type[name_index(school_types, NTYPES, s->type) % NTYPES]++;
	}
	vxml_uint(ms, "schools", schools);
	vxml_uint(ms, "organisations", orgs);
	vxml_uint(ms, "pupils", pupils);
	vxml_uint(ms, "joined", joined);
	/* Many joiners (a partnership's first year) are summed up by phase. */
	vxml_yesno(ms, "list-joiners", joined <= 25);
	vxml_uint(ms, "left", left);
	char net[24];
	snprintf(net, sizeof net, "%+d", (int)joined - (int)left);
	vxml_attr(ms, "net-change", net);
	count_rows(ms, "phase", phases, by_phase, NPHASES, schools);
	count_rows(ms, "type", school_types, by_type, NTYPES, schools);
	count_rows(ms, "joined-phase", phases, joined_phase, NPHASES, joined);
	report_mou(ms, c);
}

/* ---- priorities, milestones and measures ---- */

static const model_measure_value_t *measure_value(const model_measure_t *ms, const char *year)
{
	for (size_t i = 0; year && i < ms->nvalues; i++)
		if (strcmp(ms->values[i]->year, year) == 0)
			return ms->values[i];
	return NULL;
}

/* Tenths of a unit, for comparing and subtracting decimals as written. */
static long long tenths(const char *v)
{
	double x = strtod(v, NULL);
	return (long long)(x * 10 + (x < 0 ? -0.5 : 0.5));
}

enum { TENTHS_SIGN = 1, TENTHS_WHOLE = 2 };
/* "2.4"; with TENTHS_SIGN "+2.4"; with TENTHS_WHOLE, for what is counted
 * in whole units (a measure of unit "count": schools), "+36". */
static void tenths_text(long long t, int flags, char *out, size_t size)
{
	long long a = t < 0 ? -t : t;
	const char *sign = t < 0 ? "-" : (flags & TENTHS_SIGN && t > 0 ? "+" : "");
	int whole = flags & TENTHS_WHOLE;
	if (whole)
		snprintf(out, size, "%s%lld", sign, (a + 5) / 10);
	else
		snprintf(out, size, "%s%lld.%lld", sign, a / 10, a % 10);
}

/* 1 when actual meets target in the measure's direction. */
static int measure_met(const model_measure_t *ms, const char *actual, const char *target)
{
	long long a = tenths(actual), t = tenths(target);
	return ms->higher_is_better ? a >= t : a <= t;
}

/* A year's actual: computed from the records when the measure is one lpdoc
 * computes (attr-source says so, and attr-recorded keeps a recorded value
 * that differs: `lpdoc check` reports it), else as recorded. */
static const char *measure_actual(xmlNode *e, const char *attr, const rctx_t *c,
                                  const model_measure_t *ms, const char *year,
                                  const model_measure_value_t *v, char *buf, size_t size)
{
	unsigned part, whole;
	long long t = model_measure_computed(c->m, ms, year, c->today, &part, &whole);
	char key[48];
	snprintf(key, sizeof key, "%s-source", attr);
	if (t < 0) {
		if (v && v->actual && ms->computed)
			vxml_attr(e, key, "recorded in performance.xml");
		return v ? v->actual : NULL;
	}
	const model_financial_year_t *fy = model_financial_year_find(c->m, year);
	char day[32], src[160];
	date_format_long(fy->end, day, sizeof day);
	snprintf(src, sizeof src, "computed from the inspection records: %u of %u inspected member "
	         "schools on %s", part, whole, day);
	vxml_attr(e, key, src);
	snprintf(buf, size, "%lld.%lld", t / 10, t % 10);
	if (v && v->actual && tenths(v->actual) != t) {
		snprintf(key, sizeof key, "%s-recorded", attr);
		vxml_attr(e, key, v->actual);
	}
	return buf;
}

/* A measure's last, this and next year's figures, whether this year's
 * target was met and the change on last year. */
static void report_measure(xmlNode *parent, const rctx_t *c, const model_measure_t *ms)
{
	char prev[8] = "", next[8] = "", text[32], pbuf[48], cbuf[48];
	int flags = TENTHS_SIGN | (ms->unit && strcmp(ms->unit, "count") == 0 ? TENTHS_WHOLE : 0);
	calc_year_shift(c->year, -1, prev);
	calc_year_shift(c->year, 1, next);
	const model_measure_value_t *cur = measure_value(ms, c->year);
	const model_measure_value_t *n = measure_value(ms, next);
	xmlNode *e = vxml_node(parent, "measure");
	vxml_attr(e, "id", ms->id);
	vxml_attr(e, "name", ms->name);
	vxml_attr(e, "unit", ms->unit);
	vxml_attr(e, "suffix", ms->unit && strcmp(ms->unit, "percent") == 0 ? "%" : "");
	vxml_yesno(e, "higher-is-better", ms->higher_is_better);
	if (ms->priority)
		vxml_attr(e, "priority-title", ms->priority->title);
	const char *p_actual = measure_actual(e, "previous", c, ms, prev, measure_value(ms, prev),
	                                      pbuf, sizeof pbuf);
	const char *c_actual = measure_actual(e, "current", c, ms, c->year, cur, cbuf, sizeof cbuf);
	vxml_attr(e, "previous", p_actual);
	vxml_attr(e, "current", c_actual);
	if (cur && cur->target)
		vxml_attr(e, "current-target", cur->target);
	if (n && n->target)
		vxml_attr(e, "next-target", n->target);
	if (c_actual && cur && cur->target)
		vxml_yesno(e, "met", measure_met(ms, c_actual, cur->target));
	if (c_actual && p_actual) {
		long long ch = tenths(c_actual) - tenths(p_actual);
		tenths_text(ch, flags, text, sizeof text);
		vxml_attr(e, "change", text);
		vxml_yesno(e, "improved", ms->higher_is_better ? ch > 0 : ch < 0);
	}
	if (c_actual && n && n->target) {
		tenths_text(tenths(n->target) - tenths(c_actual), flags, text, sizeof text);
		vxml_attr(e, "next-change", text);
	}
}

xmlNode *view_milestone(xmlNode *parent, const model_t *m, const model_milestone_t *ms,
                        date_t today)
{
	xmlNode *e = vxml_text_node(parent, "milestone", ms->text);
	vxml_attr(e, "id", ms->id);
	vxml_date(e, "due", ms->due);
	vxml_date(e, "done", ms->done);
	vxml_clause(e, m, ms->clause);
	view_enum(e, "status", view_milestone_status(ms->due, ms->done, today));
	return e;
}

/* Milestones that fall in the year, and earlier ones still not done. */
static int milestone_in_view(const rctx_t *c, const model_milestone_t *ms)
{
	if (in_year(c, ms->due) || (date_is_set(ms->done) && in_year(c, ms->done)))
		return 1;
	return !date_is_set(ms->done) && date_cmp(ms->due, c->start) < 0;
}

static void report_milestones(xmlNode *pn, const rctx_t *c, const model_priority_t *p,
                              unsigned counts[4])
{
	static const char *const order[] = { "done", "done-late", "overdue", "open" };
	unsigned n = 0, met = 0;
	for (size_t i = 0; i < p->nmilestones; i++) {
		const model_milestone_t *ms = p->milestones[i];
		if (!milestone_in_view(c, ms))
			continue;
		const char *st = view_milestone_status(ms->due, ms->done, c->today);
		view_milestone(pn, c->m, ms, c->today);
		size_t k = name_index(order, 4, st) % 4;
		counts[k]++;
		n++;
		met += k < 2;   /* done, on time or late */
	}
	vxml_uint(pn, "milestones", n);
	vxml_uint(pn, "milestones-met", met);
}

static const model_progress_t *report_progress(const model_annual_report_t *ar,
                                               const model_priority_t *p)
{
	for (size_t i = 0; ar && i < ar->nprogress; i++)
		if (ar->progress[i]->priority == p)
			return ar->progress[i];
	return NULL;
}

static void report_priorities(xmlNode *root, const rctx_t *c, const model_annual_report_t *ar)
{
	xmlNode *ps = vxml_node(root, "priorities");
	unsigned counts[4] = { 0 }, rag_n[3] = { 0 };
	for (size_t i = 0; i < c->r->npriorities; i++) {
		const model_priority_t *p = c->r->priorities[i];
		xmlNode *pn = vxml_node(ps, "priority");
		vxml_attr(pn, "id", p->id);
		vxml_attr(pn, "title", p->title);
		vxml_clause(pn, c->m, p->clause);
		if (p->objective)
			vxml_attr(pn, "objective-title", p->objective->title);
		vxml_person(pn, "lead", p->lead);
		vxml_prose_node(pn, "summary", &p->summary);
		const model_progress_t *pr = report_progress(ar, p);
		if (pr) {
			view_enum(pn, "rag", pr->rag);
			vxml_prose_node(pn, "progress", &pr->text);
			static const char *const rags[] = { "green", "amber", "red" };
			size_t k = name_index(rags, 3, pr->rag);
			if (k < 3)
				rag_n[k]++;
		}
		report_milestones(pn, c, p, counts);
		for (size_t j = 0; j < c->r->nmeasures; j++)
			if (c->r->measures[j]->priority == p)
				report_measure(pn, c, c->r->measures[j]);
	}
	vxml_uint(ps, "milestones-done", counts[0]);
	vxml_uint(ps, "milestones-done-late", counts[1]);
	vxml_uint(ps, "milestones-overdue", counts[2]);
	vxml_uint(ps, "milestones-open", counts[3]);
	vxml_uint(ps, "green", rag_n[0]);
	vxml_uint(ps, "amber", rag_n[1]);
	vxml_uint(ps, "red", rag_n[2]);
}

/* ---- finance ---- */

static const model_budget_t *report_budget(const rctx_t *c)
{
	for (size_t i = 0; i < c->r->nbudgets; i++)
		if (strcmp(c->r->budgets[i]->year, c->year) == 0)
			return c->r->budgets[i];
	return NULL;
}

/* budget, spent, variance (budget less spent), variance-pct, over. */
static void money_figures(xmlNode *e, money_t budget, money_t spent)
{
	vxml_money(e, "budget", budget);
	vxml_money(e, "spent", spent);
	vxml_money(e, "variance", budget - spent);
	view_percent(e, "variance-pct", budget - spent, budget);
	view_percent(e, "spent-pct", spent, budget);
	vxml_yesno(e, "over", spent > budget);
}

static void budget_group(xmlNode *bn, const rctx_t *c, const model_budget_t *b,
                         const model_priority_t *p, const money_t *spent)
{
	xmlNode *g = vxml_node(bn, "group");
	if (p) {
		vxml_attr(g, "priority", p->id);
		vxml_attr(g, "title", p->title);
	} else {
		vxml_attr(g, "title", "Running costs and other lines");
	}
	money_t gb = 0, gs = 0;
	for (size_t i = 0; i < b->nlines; i++) {
		const model_budget_line_t *l = b->lines[i];
		if (l->priority != p)
			continue;
		xmlNode *le = vxml_node(g, "line");
		vxml_attr(le, "id", l->id);
		vxml_attr(le, "name", l->name);
		money_figures(le, l->amount, spent[i]);
		gb += l->amount;
		gs += spent[i];
	}
	money_figures(g, gb, gs);
	(void)c;
}

/* Has an earlier line of b the same priority as line i? */
static int priority_seen(const model_budget_t *b, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (b->lines[j]->priority == b->lines[i]->priority)
			return 1;
	return 0;
}

static void budget_chart(xmlNode *parent, const model_budget_t *b, const money_t *spent,
                         const char *year)
{
	static const chart_series_t series[] = {
		{ "Budget", "s-budget" }, { "Spent", "s-actual" }
	};
	chart_row_t *rows = xcalloc(b->nlines, sizeof *rows);
	long long *vals = xcalloc(b->nlines * 2, sizeof *vals);
	for (size_t i = 0; i < b->nlines; i++) {
		vals[2 * i] = b->lines[i]->amount;
		vals[2 * i + 1] = spent[i];
		rows[i] = (chart_row_t){ b->lines[i]->name, &vals[2 * i] };
	}
	char title[96], desc[160];
	snprintf(title, sizeof title, "Budget and spending by line, %s", year);
	snprintf(desc, sizeof desc, "Horizontal bar chart: for each of the %zu budget lines, "
	         "the budget beside the amount spent; the figures are in the table that follows.",
	         b->nlines);
	chart_bars_t cb = { "budget-chart", title, desc, series, 2, rows, b->nlines, 1, 0 };
	chart_hbars(parent, &cb);
	free(rows);
	free(vals);
}

static money_t report_budget_section(xmlNode *fin, const rctx_t *c)
{
	const model_budget_t *b = report_budget(c);
	xmlNode *bn = vxml_node(fin, "budget");
	if (b == NULL) {
		vxml_yesno(bn, "recorded", 0);
		return 0;
	}
	vxml_yesno(bn, "recorded", 1);
	vxml_date(bn, "approved", b->approved);
	if (b->approved_at)
		vxml_date(bn, "approved-at", b->approved_at->date);
	money_t *spent = xcalloc(b->nlines ? b->nlines : 1, sizeof *spent);
	money_t total = 0;
	for (size_t i = 0; i < b->nlines; i++) {
		spent[i] = model_line_spent(c->m, b->lines[i], c->start, c->end);
		total += spent[i];
	}
	for (size_t i = 0; i < b->nlines; i++)
		if (!priority_seen(b, i) && b->lines[i]->priority)
			budget_group(bn, c, b, b->lines[i]->priority, spent);
	for (size_t i = 0; i < b->nlines; i++)
		if (b->lines[i]->priority == NULL) {
			budget_group(bn, c, b, NULL, spent);
			break;
		}
	money_figures(bn, b->total, total);
	vxml_uint(bn, "lines", b->nlines);
	budget_chart(fin, b, spent, c->year);
	free(spent);
	return total;
}

static const char *const income_sources[] = {
	"council", "subscriptions", "party-contribution", "grant", "traded-services",
	"interest", "other"
};
#define NSOURCES (sizeof income_sources / sizeof income_sources[0])

static void income_chart(xmlNode *parent, const money_t *by, const char *year)
{
	static const chart_series_t series[] = { { "Income", "s-income" } };
	chart_row_t rows[NSOURCES];
	long long vals[NSOURCES];
	size_t n = 0;
	for (size_t i = 0; i < NSOURCES; i++) {
		if (by[i] == 0)
			continue;
		vals[n] = by[i];
		rows[n] = (chart_row_t){ view_label(income_sources[i]), &vals[n] };
		n++;
	}
	char title[96], desc[160];
	snprintf(title, sizeof title, "Income by source, %s", year);
	snprintf(desc, sizeof desc, "Horizontal bar chart of the income received from each of "
	         "%zu sources; the figures are in the table that follows.", n);
	chart_bars_t cb = { "income-chart", title, desc, series, 1, rows, n, 1, 0 };
	chart_hbars(parent, &cb);
}

static money_t report_income(xmlNode *fin, const rctx_t *c)
{
	money_t by[NSOURCES] = { 0 }, total = 0;
	for (size_t i = 0; i < c->r->nincome; i++) {
		const model_income_t *in = c->r->income[i];
		if (!in_year(c, in->date))
			continue;
		by[name_index(income_sources, NSOURCES, in->source) % NSOURCES] += in->amount;
		total += in->amount;
	}
	xmlNode *inc = vxml_node(fin, "income");
	for (size_t i = 0; i < NSOURCES; i++) {
		if (by[i] == 0)
			continue;
		xmlNode *s = vxml_node(inc, "source");
		view_enum(s, "name", income_sources[i]);
		vxml_money(s, "amount", by[i]);
		view_percent(s, "share", by[i], total);
	}
	vxml_money(inc, "total", total);
	if (total)
		income_chart(fin, by, c->year);
	return total;
}

static void report_reserves(xmlNode *fin, const rctx_t *c, money_t income)
{
	money_t spent = 0, opening = 0;
	int recorded = 0;
	for (size_t i = 0; i < c->r->nexpenditure; i++)
		if (in_year(c, c->r->expenditure[i]->date))
			spent += c->r->expenditure[i]->amount;
	for (size_t i = 0; i < c->r->nbalances; i++)
		if (strcmp(c->r->balances[i]->year, c->year) == 0) {
			opening = c->r->balances[i]->opening;
			recorded = 1;
		}
	xmlNode *e = vxml_node(fin, "reserves");
	vxml_yesno(e, "opening-recorded", recorded);
	vxml_money(e, "opening", opening);
	vxml_money(e, "income", income);
	vxml_money(e, "spending", spent);
	vxml_money(e, "surplus", income - spent);
	vxml_money(e, "closing", opening + income - spent);
	vxml_yesno(e, "deficit", income < spent);
}

static void report_finance(xmlNode *root, const rctx_t *c)
{
	xmlNode *fin = vxml_node(root, "finance");
	vxml_attr(fin, "year", c->year);
	/* before the year's end the figures are the year's to date: the
	 * document must not call them the year's spending or its closing
	 * reserves */
	vxml_yesno(fin, "to-date", date_cmp(c->at, c->end) < 0);
	report_budget_section(fin, c);
	money_t income = report_income(fin, c);
	report_reserves(fin, c, income);
	view_ceo_decisions_add(fin, c->m, c->start, c->end, (date_t){ 0 });
}

/* ---- grants and credits ---- */

/* One row per school with grants from fund f in the year (first-award order). */
static void fund_schools(xmlNode *fn, const rctx_t *c, const model_fund_t *f, unsigned *schools)
{
	for (size_t i = 0; i < c->r->ngrants; i++) {
		const model_grant_t *g = c->r->grants[i];
		if (g->fund != f || !in_year(c, g->awarded))
			continue;
		int seen = 0;
		for (size_t j = 0; j < i && !seen; j++)
			seen = c->r->grants[j]->fund == f && c->r->grants[j]->school == g->school &&
			       in_year(c, c->r->grants[j]->awarded);
		if (seen)
			continue;
		xmlNode *sn = vxml_node(fn, "school");
		vxml_member(sn, "member", g->school);
		money_t sum = 0;
		unsigned n = 0;
		for (size_t j = i; j < c->r->ngrants; j++) {
			const model_grant_t *h = c->r->grants[j];
			if (h->fund != f || h->school != g->school || !in_year(c, h->awarded))
				continue;
			xmlNode *ge = vxml_text_node(sn, "grant", h->purpose);
			vxml_date(ge, "awarded", h->awarded);
			vxml_money(ge, "amount", h->amount);
			sum += h->amount;
			n++;
		}
		vxml_money(sn, "amount", sum);
		vxml_uint(sn, "grants", n);
		(*schools)++;
	}
}

static void report_fund(xmlNode *gs, const rctx_t *c, const model_fund_t *f, money_t *year_total)
{
	money_t before = 0, year = 0;
	unsigned n = 0;
	for (size_t i = 0; i < c->r->ngrants; i++) {
		const model_grant_t *g = c->r->grants[i];
		if (g->fund != f)
			continue;
		if (date_cmp(g->awarded, c->start) < 0)
			before += g->amount;
		else if (in_year(c, g->awarded)) {
			year += g->amount;
			n++;
		}
	}
	/* the fund as the records hold it (model_record_fund), then the year's figures */
	xmlNode *fn = f ? vxml_record(gs, c->m, &model_record_fund, f) : vxml_node(gs, "fund");
	if (f) {
		money_t to_date = before + year;
		vxml_money(fn, "granted-to-date", to_date);
		vxml_money(fn, "remaining", f->total - to_date);
		view_percent(fn, "used-pct", to_date, f->total);
		vxml_yesno(fn, "within-total", to_date <= f->total);
	} else {
		vxml_attr(fn, "name", "Grants from no named fund");
	}
	vxml_money(fn, "granted-before", before);
	vxml_money(fn, "granted-in-year", year);
	vxml_uint(fn, "grants-in-year", n);
	unsigned schools = 0;
	fund_schools(fn, c, f, &schools);
	vxml_uint(fn, "schools-in-year", schools);
	*year_total += year;
}

static int fundless_grants(const rctx_t *c)
{
	for (size_t i = 0; i < c->r->ngrants; i++)
		if (c->r->grants[i]->fund == NULL && in_year(c, c->r->grants[i]->awarded))
			return 1;
	return 0;
}

static void report_credits(xmlNode *gs, const rctx_t *c)
{
	xmlNode *cr = vxml_node(gs, "credits");
	long long days10 = 0;
	unsigned n = 0;
	char text[32];
	for (size_t i = 0; i < c->r->ncredits; i++) {
		const model_credit_t *x = c->r->credits[i];
		if (!in_year(c, x->date))
			continue;
		xmlNode *e = vxml_text_node(cr, "credit", x->description);
		vxml_date(e, "date", x->date);
		vxml_member(e, "donor", x->school);
		vxml_member(e, "supported", x->supported);
		vxml_attr(e, "days", x->days);
		days10 += tenths(x->days);
		n++;
	}
	vxml_uint(cr, "count", n);
	/* Whole days as the rows give them ("42", not "42.0"); half days keep
	 * their tenth. */
	tenths_text(days10, days10 % 10 ? 0 : TENTHS_WHOLE, text, sizeof text);
	vxml_attr(cr, "days", text);
}

static void report_grants(xmlNode *root, const rctx_t *c)
{
	xmlNode *gs = vxml_node(root, "grants");
	money_t total = 0;
	for (size_t i = 0; i < c->r->nfunds; i++)
		report_fund(gs, c, c->r->funds[i], &total);
	if (fundless_grants(c))
		report_fund(gs, c, NULL, &total);
	vxml_money(gs, "total-in-year", total);
	report_credits(gs, c);
}

/* ---- meetings and attendance ---- */

static int person_listed(const model_body_t *b, size_t upto, const model_person_t *p)
{
	for (size_t i = 0; i < upto; i++)
		if (b->holdings[i]->person == p)
			return 1;
	return 0;
}

static int holding_overlaps(const model_holding_t *h, date_t from, date_t to)
{
	return date_cmp(h->from, to) <= 0 && (!date_is_set(h->to) || date_cmp(h->to, from) >= 0);
}

/* Each seat holder's attendance at the body's held meetings in the year. */
static void body_attendance(xmlNode *bn, const rctx_t *c, const model_body_t *b)
{
	unsigned long all = 0, present_all = 0;
	for (size_t i = 0; i < b->nholdings; i++) {
		const model_holding_t *h = b->holdings[i];
		if (!holding_overlaps(h, c->start, c->at) || person_listed(b, i, h->person))
			continue;
		unsigned present = 0;
		unsigned n = model_attendance(h->person, b, c->start, c->at, &present);
		if (n == 0)
			continue;
		xmlNode *e = vxml_node(bn, "member");
		vxml_person(e, "person", h->person);
		if (h->person->org)
			vxml_attr(e, "org-name", h->person->org->name);
		vxml_attr(e, "seat-role", h->seat ? h->seat->role : NULL);
		const model_party_t *party = model_holding_party(c->m, h);
		if (party) {
			vxml_attr(e, "party", party->short_name);
			vxml_attr(e, "party-name", party->org ? party->org->name : party->short_name);
		}
		vxml_uint(e, "meetings", n);
		vxml_uint(e, "present", present);
		view_percent(e, "rate", present, n);
		all += n;
		present_all += present;
	}
	view_percent(bn, "attendance-rate", (long long)present_all, (long long)all);
}

/* Members-based bodies: members present against the membership. */
static void body_turnout(xmlNode *bn, const rctx_t *c, const model_body_t *b)
{
	unsigned long members = 0, present = 0;
	for (size_t i = 0; i < b->nmeetings; i++) {
		const model_meeting_t *mt = b->meetings[i];
		if (mt->status != MODEL_MEETING_HELD || !date_within(mt->date, c->start, c->at))
			continue;
		members += model_body_membership(c->m, b, mt->date);
		present += model_meeting_present_members(c->m, mt);
	}
	view_percent(bn, "attendance-rate", (long long)present, (long long)members);
}

static void report_body(xmlNode *ms, const rctx_t *c, const model_body_t *b, unsigned *held_all)
{
	unsigned held = 0, cancelled = 0, scheduled = 0, quorate = 0;
	for (size_t i = 0; i < b->nmeetings; i++) {
		const model_meeting_t *mt = b->meetings[i];
		if (!in_year(c, mt->date))
			continue;
		if (mt->status == MODEL_MEETING_CANCELLED) {
			cancelled++;
		} else if (mt->status == MODEL_MEETING_SCHEDULED || date_cmp(mt->date, c->at) > 0) {
			scheduled++;
		} else {
			held++;
			unsigned q = model_body_quorum(c->m, b, mt->date);
			quorate += model_meeting_present_members(c->m, mt) >= q;
		}
	}
	xmlNode *bn = vxml_node(ms, "body");
	vxml_attr(bn, "id", b->id);
	vxml_attr(bn, "name", b->name);
	vxml_attr(bn, "short", b->short_name);
	view_enum(bn, "kind", model_body_kind_names[b->kind]);
	vxml_uint(bn, "held", held);
	vxml_uint(bn, "quorate", quorate);
	vxml_uint(bn, "cancelled", cancelled);
	vxml_uint(bn, "scheduled", scheduled);
	vxml_uint(bn, "membership", model_body_membership(c->m, b, c->at));
	vxml_yesno(bn, "members-based", b->members_based);
	if (held && model_body_counts_schools(b))
		body_turnout(bn, c, b);
	else if (held)
		body_attendance(bn, c, b);
	*held_all += held;
}

/* The period the meeting figures cover: the year, or its part from the first
 * meeting records (partial="yes"), to the report's date.  Returns its first
 * day, so every figure of the section names the same period. */
static date_t meetings_period(xmlNode *ms, const rctx_t *c)
{
	date_t from = model_meetings_recorded_from(c->m);
	int partial = date_is_set(from) && date_cmp(from, c->start) > 0;
	if (!partial)
		from = c->start;
	vxml_date(ms, "from", from);
	vxml_date(ms, "to", c->at);
	vxml_yesno(ms, "partial", partial || date_cmp(c->at, c->end) < 0);
	vxml_yesno(ms, "records-start-late", partial);
	return from;
}

static void report_meetings(xmlNode *root, const rctx_t *c)
{
	xmlNode *ms = vxml_node(root, "meetings");
	date_t from = meetings_period(ms, c);
	unsigned held = 0;
	for (size_t i = 0; i < c->r->nbodies; i++)
		report_body(ms, c, c->r->bodies[i], &held);
	vxml_uint(ms, "held", held);
	view_inquorate_decisions_add(ms, c->m, from, c->at, c->at, 1);
}

/* ---- school performance and brokerage ---- */

static const char *const outcomes[] = {
	"outstanding", "good", "requires-improvement", "serious-weaknesses", "special-measures",
	"not-inspected"
};
static const char *const travels[] = { "improving", "stable", "declining", "not-known" };
#define NOUTCOMES (sizeof outcomes / sizeof outcomes[0])
#define NTRAVELS (sizeof travels / sizeof travels[0])

static size_t standing_outcome(const model_school_standing_t *s)
{
	return s->inspection ? name_index(outcomes, NOUTCOMES - 1, s->inspection->outcome)
	                     : NOUTCOMES - 1;
}

static size_t standing_travel(const model_school_standing_t *s)
{
	return s->direction ? name_index(travels, NTRAVELS - 1, s->direction->travel)
	                    : NTRAVELS - 1;
}

static void outcome_chart(xmlNode *parent, unsigned m[NOUTCOMES][NTRAVELS], size_t inspected)
{
	static const chart_series_t series[NTRAVELS] = {
		{ "Improving", "s-improving" }, { "Stable", "s-stable" },
		{ "Declining", "s-declining" }, { "Not known", "s-unknown" }
	};
	chart_row_t rows[NOUTCOMES];
	long long vals[NOUTCOMES][NTRAVELS];
	for (size_t o = 0; o < NOUTCOMES; o++) {
		for (size_t t = 0; t < NTRAVELS; t++)
			vals[o][t] = m[o][t];
		rows[o] = (chart_row_t){ view_label(outcomes[o]), vals[o] };
	}
	char desc[200];
	snprintf(desc, sizeof desc, "Stacked bar chart: the number of member schools with each "
	         "Ofsted outcome (%zu inspected), split by direction of travel; the figures are "
	         "in the matrix that follows.", inspected);
	chart_bars_t cb = { "outcome-chart", "Inspection outcomes by direction of travel", desc,
	                    series, NTRAVELS, rows, NOUTCOMES, 0, 1 };
	chart_hbars(parent, &cb);
}

/* How many schools fall in each brokerage group: counts only, since the
 * direction of travel is the partnership's own judgement of a school,
 * not for a published report to name (Liverpool MoU 4.2). */
static void brokerage_lists(xmlNode *sn, const model_school_standing_t *st, size_t n)
{
	static const calc_brokerage_t kinds[] = {
		CALC_BROKER_RECEIVE, CALC_BROKER_GIVE, CALC_BROKER_COUNCIL
	};
	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		xmlNode *bn = vxml_node(sn, "brokerage");
		view_enum(bn, "action", calc_brokerage_names[kinds[k]]);
		unsigned count = 0;
		for (size_t i = 0; i < n; i++) {
			const char *out = st[i].inspection ? st[i].inspection->outcome : NULL;
			const char *tr = st[i].direction ? st[i].direction->travel : NULL;
			count += calc_brokerage(out, tr) == kinds[k];
		}
		vxml_uint(bn, "count", count);
	}
}

/* Sorts standings by school name, so the lists read alphabetically. */
static int standing_name_cmp(const void *a, const void *b)
{
	const model_school_standing_t *x = a, *y = b;
	return strcmp(x->school->name, y->school->name);
}

static void report_schools(xmlNode *root, const rctx_t *c)
{
	size_t n;
	model_school_standing_t *st = model_school_standings(c->m, c->at, &n);
	qsort(st, n, sizeof *st, standing_name_cmp);
	unsigned m[NOUTCOMES][NTRAVELS] = { { 0 } }, by_out[NOUTCOMES] = { 0 };
	for (size_t i = 0; i < n; i++) {
		size_t o = standing_outcome(&st[i]), t = standing_travel(&st[i]);
		m[o][t]++;
		by_out[o]++;
	}
	size_t inspected = n - by_out[NOUTCOMES - 1];
	unsigned good = by_out[0] + by_out[1];
	xmlNode *sn = vxml_node(root, "schools");
	vxml_date(sn, "at", c->at);
	const model_rule_t *rule = &c->r->rules[MODEL_RULE_BROKERAGE];
	/* direction of travel and brokerage only where the agreement has them */
	vxml_yesno(sn, "brokerage", rule->present);
	if (rule->present)
		vxml_clause(sn, c->m, rule->clause);
	vxml_uint(sn, "schools", n);
	vxml_uint(sn, "inspected", inspected);
	vxml_uint(sn, "not-inspected", n - inspected);
	vxml_uint(sn, "good-or-outstanding", good);
	view_percent(sn, "good-share", good, (long long)inspected);
	for (size_t o = 0; o < NOUTCOMES; o++) {
		xmlNode *row = vxml_node(sn, "outcome");
		view_enum(row, "name", outcomes[o]);
		vxml_uint(row, "count", by_out[o]);
		if (o < NOUTCOMES - 1)
			view_percent(row, "share", by_out[o], (long long)inspected);
		for (size_t t = 0; rule->present && t < NTRAVELS; t++) {
			xmlNode *cell = vxml_node(row, "cell");
			view_enum(cell, "travel", travels[t]);
			vxml_uint(cell, "count", m[o][t]);
			const char *out = o < NOUTCOMES - 1 ? outcomes[o] : NULL;
			const char *tr = t < NTRAVELS - 1 ? travels[t] : NULL;
			view_enum(cell, "action", calc_brokerage_names[calc_brokerage(out, tr)]);
		}
	}
	for (size_t t = 0; rule->present && t < NTRAVELS; t++) {
		unsigned sum = 0;
		for (size_t o = 0; o < NOUTCOMES; o++)
			sum += m[o][t];
		xmlNode *tn = vxml_node(sn, "travel");
		view_enum(tn, "name", travels[t]);
		vxml_uint(tn, "count", sum);
	}
	if (n && rule->present)
		outcome_chart(sn, m, inspected);
	if (rule->present)
		brokerage_lists(sn, st, n);
	free(st);
}

/* ---- the Board's seats (appendix) ---- */

static void board_seat(xmlNode *bn, const rctx_t *c, const model_body_t *b, const model_seat_t *s)
{
	xmlNode *sn = vxml_node(bn, "seat");
	vxml_attr(sn, "id", s->id);
	vxml_attr(sn, "role", s->role);
	vxml_uint(sn, "places", s->count);
	vxml_yesno(sn, "at-least", s->is_min);
	vxml_attr(sn, "per", s->per);
	vxml_member(sn, "nominated-by", s->nominated_by);
	vxml_yesno(sn, "voting", s->voting);
	vxml_clause(sn, c->m, s->clause);
	unsigned current = 0;
	for (size_t i = 0; i < b->nholdings; i++) {
		const model_holding_t *h = b->holdings[i];
		if (h->seat != s || !holding_overlaps(h, c->start, c->at))
			continue;
		xmlNode *e = vxml_node(sn, "holder");
		vxml_person(e, "person", h->person);
		if (h->person->org)
			vxml_attr(e, "org-name", h->person->org->name);
		/* the nominating body the records hold, and whether it is the agreement's */
		vxml_member(e, "nominated-by", h->nominated_by);
		if (s->nominated_by && h->nominated_by != s->nominated_by)
			vxml_yesno(e, "nominator-differs", 1);
		vxml_date(e, "from", h->from);
		vxml_date(e, "to", h->to);
		int now = model_holding_active(h, c->at);
		vxml_yesno(e, "current", now);
		current += now;
	}
	vxml_uint(sn, "held", current);
}

/* 1 when some seat of b gives a minimum ("at least 3"), not a number. */
static int body_has_minimum(const model_body_t *b)
{
	for (size_t i = 0; i < b->nseats; i++)
		if (b->seats[i]->is_min)
			return 1;
	return 0;
}

static void report_board(xmlNode *root, const rctx_t *c)
{
	xmlNode *bs = vxml_node(root, "board");
	for (size_t i = 0; i < c->r->nbodies; i++) {
		const model_body_t *b = c->r->bodies[i];
		if (b->kind != MODEL_BODY_BOARD && b->kind != MODEL_BODY_EXECUTIVE &&
		    b->kind != MODEL_BODY_DIRECTORS)
			continue;
		xmlNode *bn = vxml_node(bs, "body");
		vxml_attr(bn, "id", b->id);
		vxml_attr(bn, "name", b->name);
		vxml_clause(bn, c->m, b->clause);
		vxml_uint(bn, "places", model_body_places(c->m, b));
		vxml_yesno(bn, "places-at-least", body_has_minimum(b));
		vxml_uint(bn, "membership", model_body_membership(c->m, b, c->at));
		const model_person_t *chair = model_office_holder(c->m, "chair", b, c->at);
		vxml_person(bn, "chair", chair);
		for (size_t j = 0; j < b->nseats; j++)
			board_seat(bn, c, b, b->seats[j]);
	}
}

/* ---- the documents ---- */

static const model_annual_report_t *annual_report_find(const rctx_t *c)
{
	for (size_t i = 0; i < c->r->nannual_reports; i++)
		if (strcmp(c->r->annual_reports[i]->year, c->year) == 0)
			return c->r->annual_reports[i];
	return NULL;
}

static void report_record(xmlNode *root, const rctx_t *c, const model_annual_report_t *ar,
                          diag_t *d)
{
	xmlNode *rec = vxml_node(root, "record");
	vxml_yesno(rec, "recorded", ar != NULL);
	if (ar == NULL) {
		char *plans = xasprintf("%s/plans.xml", c->r->dir);
		diag_add(d, DIAG_WARNING, plans, 0, 0, NULL,
		         "no <annual-report year=\"%s\"> in the plans: the report has no summary, "
		         "progress narrative or procedure changes; add one to give them", c->year);
		free(plans);
		return;
	}
	vxml_date(rec, "published", ar->published);
	if (ar->presented_at) {
		vxml_body(rec, "presented-to", ar->presented_at->body);
		vxml_date(rec, "presented-at", ar->presented_at->date);
	}
	vxml_prose_node(rec, "summary", &ar->summary);
	for (size_t i = 0; i < ar->nchanges; i++)
		vxml_prose(vxml_node(rec, "procedure-change"), &ar->changes[i]);
}

/* ---- how the partnership kept to its agreement in the year ---- */

static int same_finding(const model_t *m, const diag_msg_t *a, const diag_msg_t *b)
{
	return a->level == b->level && strcmp(a->text, b->text) == 0
	       && check_finding_meeting(m, a) == check_finding_meeting(m, b);
}

/* The members that had not returned their pro-forma when the report's
 * date came, as one finding in words for the reader (lpdoc check names the
 * first three and counts the rest, for the clerk who chases them). */
static xmlNode *review_outstanding_add(xmlNode *n, const rctx_t *c, const check_t *k,
                                       const diag_msg_t *g)
{
	model_review_dates_t w;
	if (model_review_latest(c->m, check_date(k), &w) != 0)
		return NULL;
	char members[64], due[32];
	plural_count(model_review_outstanding(c->m, &w), "member", "members", members, sizeof members);
	date_format_long(w.return_by, due, sizeof due);
	char *text = xasprintf("%s had not returned the pro-forma for the %s %d annual review by "
	                       "%s, when it was due", members, date_month_name(w.month), w.year, due);
	xmlNode *e = vxml_text_node(n, "finding", text);
	free(text);
	vxml_attr(e, "level", diag_level_name(g->level));
	vxml_attr(e, "cite", g->clause);
	return e;
}

static int review_outstanding_msg(const check_t *k, const diag_msg_t *g)
{
	check_msg_t id = check_msg_of(k, g->seq);
	return id == CHECK_MSG_REVIEW_NOT_RETURNED || id == CHECK_MSG_REVIEW_NOT_RETURNED_MORE;
}

/* The year's breaches (errors) and warnings, as lpdoc check finds them
 * on the report's date, but those about confidential business (counted
 * only: the report is published), and what the partnership did about
 * them in its own words (<compliance> of the annual-report record). */
static void report_compliance(xmlNode *root, const rctx_t *c, const model_annual_report_t *ar,
                              diag_t *out)
{
	diag_t *d = diag_new();
	check_t *k = check_new(c->m, c->today, d);
	check_run(k);
	diag_sort(d);
	xmlNode *n = vxml_node(root, "compliance");
	vxml_date(n, "as-of", check_date(k));
	unsigned count[DIAG_FATAL + 1] = { 0 }, withheld = 0, times = 0;
	const diag_msg_t *last = NULL;
	xmlNode *f = NULL, *outstanding = NULL;
	for (size_t i = 0; i < diag_len(d); i++) {
		const diag_msg_t *g = diag_get(d, i);
		if (g->level < DIAG_WARNING || !check_finding_in_dates(c->m, g, c->start, c->end))
			continue;
		if (review_outstanding_msg(k, g)) {
			if (outstanding == NULL && (outstanding = review_outstanding_add(n, c, k, g)))
				count[g->level]++;
			continue;
		}
		count[g->level]++;
		if (check_finding_confidential(k, c->m, g)) {
			withheld++;
			continue;
		}
		/* the same finding again at the same meeting (three decisions of
		 * one inquorate meeting): once, with how many times */
		if (last && f && same_finding(c->m, last, g)) {
			vxml_uint(f, "times", ++times);
			continue;
		}
		last = g;
		times = 1;
		f = view_finding_add_meeting(n, c->m, g);
	}
	vxml_uint(n, "errors", count[DIAG_ERROR]);
	vxml_uint(n, "warnings", count[DIAG_WARNING]);
	vxml_uint(n, "confidential", withheld);
	if (ar)
		vxml_prose_node(n, "response", &ar->compliance);
	if (count[DIAG_ERROR] + count[DIAG_WARNING] > 0 && ar && ar->compliance.nblocks == 0) {
		char *plans = xasprintf("%s/plans.xml", c->r->dir);
		diag_add(out, DIAG_WARNING, plans, 0, 0, NULL, "the records show breaches or warnings "
		         "in %s but no <compliance> in its <annual-report> says what was done about "
		         "them; the report says it is not yet recorded", c->year);
		free(plans);
	}
	check_free(k);
	diag_free(d);
}

static void report_parts(xmlNode *root, const rctx_t *c, diag_t *d)
{
	const model_annual_report_t *ar = annual_report_find(c);
	report_record(root, c, ar, d);
	report_members(root, c);
	report_priorities(root, c, ar);
	report_finance(root, c);
	report_grants(root, c);
	report_meetings(root, c);
	report_schools(root, c);
	report_board(root, c);
	report_compliance(root, c, ar, d);
}

xmlDocPtr view_report_build(const model_t *m, const char *year, date_t today, diag_t *d)
{
	return report_doc_build(m, year, today, d, "annual-report", MODEL_RULE_ANNUAL_REPORT,
	                        report_parts);
}

/* ---- the annual performance plan ---- */

static const model_performance_plan_t *performance_plan_find(const rctx_t *c, const char *year)
{
	for (size_t i = 0; i < c->r->nperformance_plans; i++)
		if (strcmp(c->r->performance_plans[i]->year, year) == 0)
			return c->r->performance_plans[i];
	return NULL;
}

static void plan_missing(xmlNode *rec, const rctx_t *c, const char *what, const char *clause,
                         const char *year, diag_t *d)
{
	vxml_attr(vxml_node(rec, "missing"), "part", what);
	char *plans = xasprintf("%s/plans.xml", c->r->dir);
	diag_add(d, DIAG_WARNING, plans, 0, 0, NULL,
	         "the performance plan for %s has no %s (%s); the document says so", year, what,
	         clause);
	free(plans);
}

static void plan_record(xmlNode *root, const rctx_t *c, diag_t *d)
{
	char next[8] = "";
	calc_year_shift(c->year, 1, next);
	const model_performance_plan_t *pp = performance_plan_find(c, next);
	xmlNode *rec = vxml_node(root, "record");
	vxml_attr(rec, "year", next);
	vxml_yesno(rec, "recorded", pp != NULL);
	if (pp == NULL) {
		plan_missing(rec, c, "record", "<performance-plan> in plans.xml", next, d);
		return;
	}
	vxml_date(rec, "agreed", pp->agreed);
	vxml_prose_node(rec, "analysis", &pp->analysis);
	for (size_t i = 0; i < pp->nsuccesses; i++)
		vxml_prose(vxml_node(rec, "success"), &pp->successes[i]);
	for (size_t i = 0; i < pp->nshortfalls; i++)
		vxml_prose(vxml_node(rec, "shortfall"), &pp->shortfalls[i]);
	vxml_prose_node(rec, "learners", &pp->learners);
	if (pp->analysis.nblocks == 0)
		plan_missing(rec, c, "analysis", "clause 6.1.1", next, d);
	if (pp->learners.nblocks == 0)
		plan_missing(rec, c, "learners", "clause 6.1.4", next, d);
}

static void plan_targets(xmlNode *root, const rctx_t *c)
{
	xmlNode *t = vxml_node(root, "targets");
	unsigned met = 0, with_target = 0;
	for (size_t i = 0; i < c->r->nmeasures; i++) {
		report_measure(t, c, c->r->measures[i]);
		xmlChar *v = xmlGetProp(xmlGetLastChild(t), (const xmlChar *)"met");
		if (v) {
			with_target++;
			met += strcmp((const char *)v, "yes") == 0;
			xmlFree(v);
		}
	}
	vxml_uint(t, "met", met);
	vxml_uint(t, "with-target", with_target);
}

/* The year's delivery-plan activities and how each ended (clause 6.1.1:
 * the contribution to the objectives, what succeeded and what did not). */
static void plan_activities(xmlNode *root, const rctx_t *c)
{
	const model_delivery_plan_t *dp = NULL;
	for (size_t i = 0; i < c->r->ndelivery_plans; i++)
		if (strcmp(c->r->delivery_plans[i]->year, c->year) == 0)
			dp = c->r->delivery_plans[i];
	if (dp == NULL)
		return;
	xmlNode *as = vxml_node(root, "activities");
	vxml_attr(as, "year", dp->year);
	for (size_t i = 0; i < dp->nactivities; i++) {
		const model_activity_t *a = dp->activities[i];
		xmlNode *e = vxml_node(as, "activity");
		vxml_attr(e, "id", a->id);
		vxml_attr(e, "title", a->title);
		const model_objective_t *o = a->objective ? a->objective
		                           : a->priority ? a->priority->objective : NULL;
		if (o)
			vxml_attr(e, "objective-title", o->title);
		vxml_person(e, "lead", a->lead);
		view_enum(e, "rag", a->rag);
		view_enum(e, "status", view_activity_status(a, c->today));
		if (a->has_cost)
			vxml_money(e, "cost", a->cost);
	}
}

static void performance_plan_parts(xmlNode *root, const rctx_t *c, diag_t *d)
{
	plan_record(root, c, d);
	report_priorities(root, c, annual_report_find(c));
	plan_activities(root, c);
	plan_targets(root, c);
	report_finance(root, c);
	report_grants(root, c);
	report_schools(root, c);
}

xmlDocPtr view_performance_plan_build(const model_t *m, const char *year, date_t today,
                                      diag_t *d)
{
	return report_doc_build(m, year, today, d, "performance-plan", MODEL_RULE_PERFORMANCE_PLAN,
	                        performance_plan_parts);
}
