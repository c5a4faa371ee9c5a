/* build_plan: the documents due in the build's period, each with its view
 * and whether the checker's findings make it not compliant (see
 * build_internal.h). */
#include <stdlib.h>
#include <string.h>

#include "../check/check.h"
#include "../doc/doc.h"
#include "../model/query.h"
#include "../util/buf.h"
#include "../util/paths.h"
#include "../util/xalloc.h"
#include "../view/brand.h"
#include "../view/minutes.h"
#include "../view/pack.h"
#include "../view/proforma.h"
#include "../view/report.h"
#include "../view/review.h"
#include "build_internal.h"
#include "../util/plural.h"

/* ---- the period ---- */

static const model_academic_year_t *latest_academic_year(const model_records_t *r)
{
	const model_academic_year_t *best = NULL;
	for (size_t i = 0; i < r->nyears; i++)
		if (best == NULL || date_cmp(r->years[i]->start, best->start) > 0)
			best = r->years[i];
	return best;
}

static const model_financial_year_t *latest_financial_year(const model_records_t *r)
{
	const model_financial_year_t *best = NULL;
	for (size_t i = 0; i < r->nfys; i++)
		if (best == NULL || date_cmp(r->fys[i]->start, best->start) > 0)
			best = r->fys[i];
	return best;
}

/* "2024-25, 2025-26" for a message. */
static char *year_list(const model_records_t *r)
{
	buf_t b = BUF_INIT;
	for (size_t i = 0; i < r->nyears; i++)
		buf_printf(&b, "%s%s", b.len ? ", " : "", r->years[i]->id);
	for (size_t i = 0; i < r->nfys; i++)
		if (strstr(buf_str(&b), r->fys[i]->id) == NULL)
			buf_printf(&b, "%s%s", b.len ? ", " : "", r->fys[i]->id);
	return b.len ? buf_take(&b) : xstrdup("none");
}

static int period_from_term(build_plan_t *p, diag_t *d)
{
	p->term = model_term_find(p->m, p->opt->term);
	if (p->term == NULL) {
		const char *near = model_id_nearest(p->m, "term", p->opt->term);
		diag_add(d, DIAG_ERROR, "--term", 0, 0, NULL, "no term '%s' in calendar.xml%s%s%s",
		         p->opt->term, near ? "; did you mean '" : "; the terms are in calendar.xml",
		         near ? near : "", near ? "'?" : "");
		return -1;
	}
	if (p->opt->year && (p->term->year == NULL || strcmp(p->term->year->id, p->opt->year) != 0)) {
		diag_add(d, DIAG_ERROR, "--term", 0, 0, NULL, "term '%s' is not in the year %s; "
		         "leave --year out or give the term's year", p->opt->term, p->opt->year);
		return -1;
	}
	p->ay = p->term->year;
	p->year_id = p->ay ? p->ay->id : p->term->id;
	return 0;
}

/* --year, else the year holding today, else the latest in the records. */
static int period_choose(build_plan_t *p, diag_t *d)
{
	const model_records_t *r = model_records(p->m);
	if (p->opt->term)
		return period_from_term(p, d);
	if (p->opt->year) {
		p->ay = model_academic_year_find(p->m, p->opt->year);
		p->fy = model_financial_year_find(p->m, p->opt->year);
		if (p->ay == NULL && p->fy == NULL) {
			char *years = year_list(r);
			diag_add(d, DIAG_ERROR, "--year", 0, 0, NULL,
			         "no academic or financial year '%s' in calendar.xml; the years there: %s",
			         p->opt->year, years);
			free(years);
			return -1;
		}
		p->year_id = p->opt->year;
		return 0;
	}
	p->ay = model_academic_year_at(p->m, p->today);
	if (p->ay == NULL)
		p->ay = latest_academic_year(r);
	p->fy = p->ay ? model_financial_year_find(p->m, p->ay->id) : model_financial_year_at(p->m, p->today);
	if (p->ay == NULL && p->fy == NULL)
		p->fy = latest_financial_year(r);
	if (p->ay == NULL && p->fy == NULL) {
		diag_add(d, DIAG_ERROR, r->dir, 0, 0, NULL, "calendar.xml has no academic or financial "
		         "year: add the year to build (docs/records.md, calendar)");
		return -1;
	}
	p->year_id = p->ay ? p->ay->id : p->fy->id;
	return 0;
}

/* ---- which documents the findings touch ---- */

/* What a document covers: its kind, meeting or term, and edition. */
typedef struct scope {
	build_kind_t kind;
	const model_meeting_t *meeting;
	const model_term_t *term;
	int public_edition;
} scope_t;

static int finding_touches(const build_plan_t *p, const check_t *c, const diag_msg_t *g,
                           const scope_t *s)
{
	switch (s->kind) {
	case BUILD_MINUTES:
	case BUILD_AGENDA:
		return check_finding_meeting(p->m, g) == s->meeting;
	case BUILD_PACK:
		return check_finding_in_term(c, p->m, s->term, g);
	case BUILD_REPORT:
	case BUILD_PERFORMANCE_PLAN:
		return check_finding_in_dates(p->m, g, p->fy->start, p->fy->end);
	case BUILD_DELIVERY_PLAN:
		return check_finding_in_dates(p->m, g, p->ay->start, p->ay->end);
	default:
		/* the agreement, its pro-formas and the compliance report
		 * present the rules or the findings: nothing to mark */
		return 0;
	}
}

static int scope_not_compliant(const build_plan_t *p, const check_t *c, const diag_t *findings,
                               const scope_t *s)
{
	for (size_t i = 0; i < diag_len(findings); i++) {
		const diag_msg_t *g = diag_get(findings, i);
		if (g->level >= DIAG_ERROR && finding_touches(p, c, g, s))
			return 1;
	}
	return 0;
}

/* ---- items ---- */

typedef struct plan_ctx {
	build_plan_t *p;
	const check_t *check;
	const diag_t *findings;
	diag_t *d;
} plan_ctx_t;

xmlDocPtr build_plan_view(const build_plan_t *p, const build_item_t *it, diag_t *d)
{
	if (it->kind == BUILD_COMPLIANCE_TEXT)
		return NULL;
	doc_kind_args_t a = {
		.m = p->m, .meeting = it->meeting, .term = it->term, .today = p->today,
		.public_edition = it->public_edition, .today_given = date_is_set(p->opt->today), .members = p->schools, .nmembers = p->nschools,
	};
	switch (it->kind) {
	case BUILD_REPORT: case BUILD_PERFORMANCE_PLAN: a.year = p->fy->id; break;
	case BUILD_DELIVERY_PLAN: a.year = p->ay->id; break;
	case BUILD_REVIEW_REGISTER: a.year = p->review_year; break;
	default: break;
	}
	return doc_kind((doc_kind_id_t)it->kind)->build(&a, d);
}

/* What an item owns: its title, file and compliance.txt's text. */
static void item_free(build_item_t *it)
{
	free(it->title);
	free(it->file);
	free(it->text);
}

/* Adds the document s covers; with a view (every kind of doc_kind.h),
 * builds it only to digest it (the worker that renders it builds it
 * again).  A document whose view cannot be built is reported and left
 * out: NULL. */
static build_item_t *item_add(plan_ctx_t *x, const scope_t *s, char *title, char *file)
{
	const char *stylesheet = s->kind < BUILD_COMPLIANCE_TEXT
	                       ? doc_kind((doc_kind_id_t)s->kind)->stylesheet : NULL;
	build_plan_t *p = x->p;
	if (p->n == p->cap)
		p->items = xgrow(p->items, &p->cap, p->n + 1, sizeof *p->items);
	build_item_t *it = &p->items[p->n];
	memset(it, 0, sizeof *it);
	it->kind = s->kind;
	it->meeting = s->meeting;
	it->term = s->term;
	it->public_edition = s->public_edition;
	it->title = title;
	it->file = file;
	it->stylesheet = stylesheet;
	xmlDocPtr view = stylesheet ? build_plan_view(p, it, x->d) : NULL;
	if (stylesheet && view == NULL) {
		diag_add(x->d, DIAG_ERROR, file, 0, 0, NULL, "%s: not made (see the messages above)", title);
		item_free(it);
		return NULL;
	}
	p->n++;
	it->not_compliant = scope_not_compliant(p, x->check, x->findings, s);
	it->published = s->public_edition || s->kind == BUILD_REPORT;
	it->marked = it->not_compliant && !it->published;
	if (view) {
		build_manifest_digest(it, p->common, view);
		xmlFreeDoc(view);
	}
	return it;
}

/* The file lpdoc build gives a kind made once a year (doc_kind.h). */
static char *kind_file(doc_kind_id_t k)
{
	return xstrdup(doc_kind(k)->file);
}

/* The file of a meeting's minutes or a term's pack (folder "minutes" or
 * "packs"), the public edition when pub. */
static char *term_file(const char *folder, const char *id, int pub)
{
	char *stem = doc_file_stem(id, NULL);
	char *file = xasprintf("%s/%s%s.pdf", folder, stem, pub ? "-public" : "");
	free(stem);
	return file;
}

/* A meeting's minutes: "minutes/ID.pdf", the public edition
 * "minutes/ID-public.pdf"; a member edition that holds confidential
 * (Part II) minutes says so, "minutes/ID-with-part-ii-confidential.pdf",
 * so that nobody publishes it by mistake. */
static char *minutes_file(const model_meeting_t *mt, int pub)
{
	if (pub || !view_minutes_has_part_ii(mt))
		return term_file(doc_kind(DOC_MINUTES)->file, mt->id, pub);
	char *stem = doc_file_stem(mt->id, NULL);
	char *file = xasprintf("%s/%s-with-part-ii-confidential.pdf", doc_kind(DOC_MINUTES)->file, stem);
	free(stem);
	return file;
}

static void add_minutes(plan_ctx_t *x, const model_meeting_t *mt)
{
	char day[40];
	date_format_long(mt->date, day, sizeof day);
	const char *body = mt->body && mt->body->name ? mt->body->name : mt->body_id;
	for (int pub = 0; pub <= 1; pub++) {
		scope_t s = { BUILD_MINUTES, mt, NULL, pub };
		item_add(x, &s, xasprintf("Minutes: %s, %s%s", body, day, pub ? " (public)" : ""),
		         minutes_file(mt, pub));
	}
}

/* A term has a pack when the pack has meetings (view_pack_meetings()). */
static int term_has_pack(const model_t *m, const model_term_t *t)
{
	size_t n;
	free(view_pack_meetings(m, t, &n));
	return n > 0;
}

static void add_pack(plan_ctx_t *x, const model_term_t *t)
{
	for (int pub = 0; pub <= 1; pub++) {
		scope_t s = { BUILD_PACK, NULL, t, pub };
		item_add(x, &s, xasprintf("Minutes pack: %s%s", t->name ? t->name : t->id, pub ? " (public)" : ""),
		         term_file(doc_kind(DOC_PACK)->file, t->id, pub));
	}
}

/* Keeps file (which it takes). */
static void elsewhere_add(build_plan_t *p, char *file)
{
	p->elsewhere = xgrow(p->elsewhere, &p->capelsewhere, p->nelsewhere + 1, sizeof *p->elsewhere);
	p->elsewhere[p->nelsewhere++] = file;
}

/* A --term build: what the year's other terms call for (see build_plan_t). */
static void add_elsewhere(build_plan_t *p)
{
	const model_records_t *r = model_records(p->m);
	for (size_t i = 0; i < r->nmeetings; i++) {
		const model_meeting_t *mt = r->meetings[i];
		if (mt->term != p->term && p->ay && mt->year == p->ay && mt->status == MODEL_MEETING_HELD)
			for (int pub = 0; pub <= 1; pub++)
				elsewhere_add(p, minutes_file(mt, pub));
	}
	for (size_t i = 0; p->ay && i < p->ay->nterms; i++)
		if (p->ay->terms[i] != p->term && term_has_pack(p->m, p->ay->terms[i]))
			for (int pub = 0; pub <= 1; pub++)
				elsewhere_add(p, term_file(doc_kind(DOC_PACK)->file, p->ay->terms[i]->id, pub));
}

/* The notice, agenda and papers of a scheduled meeting: "agendas/ID.pdf"
 * and the public edition "agendas/ID-public.pdf". */
static void add_agenda(plan_ctx_t *x, const model_meeting_t *mt)
{
	char day[40];
	date_format_long(mt->date, day, sizeof day);
	for (int pub = 0; pub <= 1; pub++) {
		scope_t s = { BUILD_AGENDA, mt, NULL, pub };
		item_add(x, &s, xasprintf("Agenda and papers: %s, %s%s", mt->body->name, day,
		                          pub ? " (public)" : ""),
		         term_file(doc_kind(DOC_AGENDA)->file, mt->id, pub));
	}
}

/* A scheduled meeting gets its agenda when it is in the period, or, when
 * the period is the default one, still to come (the next agendas). */
static int agenda_due(const build_plan_t *p, const model_meeting_t *mt, int in)
{
	if (mt->status != MODEL_MEETING_SCHEDULED || mt->body == NULL)
		return 0;
	int chosen = p->opt->term || p->opt->year;
	return in || (!chosen && date_cmp(mt->date, p->today) >= 0);
}

/* Every held meeting of the period, then the packs of its terms that
 * have a held meeting, and the agendas of the scheduled ones. */
static void add_term_documents(plan_ctx_t *x)
{
	const build_plan_t *p = x->p;
	const model_records_t *r = model_records(p->m);
	for (size_t i = 0; i < r->nmeetings; i++) {
		const model_meeting_t *mt = r->meetings[i];
		int in = p->term ? mt->term == p->term : p->ay && mt->year == p->ay;
		if (in && mt->status == MODEL_MEETING_HELD)
			add_minutes(x, mt);
		if (agenda_due(p, mt, in))
			add_agenda(x, mt);
	}
	for (size_t i = 0; p->ay && i < p->ay->nterms; i++) {
		const model_term_t *t = p->ay->terms[i];
		if ((p->term == NULL || t == p->term) && term_has_pack(p->m, t))
			add_pack(x, t);
	}
}

static int has_delivery_plan(const model_records_t *r, const char *year)
{
	for (size_t i = 0; i < r->ndelivery_plans; i++)
		if (r->delivery_plans[i]->year && strcmp(r->delivery_plans[i]->year, year) == 0)
			return 1;
	return 0;
}

static void add_yearly(plan_ctx_t *x)
{
	build_plan_t *p = x->p;
	const model_records_t *r = model_records(p->m);
	if (p->fy) {
		scope_t s = { BUILD_REPORT, NULL, NULL, 0 };
		item_add(x, &s, xasprintf("Annual report %s", p->fy->id), kind_file(DOC_REPORT));
	}
	if (p->fy && r->rules[MODEL_RULE_PERFORMANCE_PLAN].present) {
		scope_t s = { BUILD_PERFORMANCE_PLAN, NULL, NULL, 0 };
		item_add(x, &s, xasprintf("Annual performance plan %s", p->fy->id), kind_file(DOC_PERFORMANCE_PLAN));
	}
	if (p->ay && has_delivery_plan(r, p->ay->id)) {
		scope_t s = { BUILD_DELIVERY_PLAN, NULL, NULL, 0 };
		item_add(x, &s, xasprintf("Delivery plan %s", p->ay->id), kind_file(DOC_DELIVERY_PLAN));
	}
}

static void skipped_add(build_plan_t *p, const char *file, const char *why)
{
	p->skipped = xgrow(p->skipped, &p->capskipped, p->nskipped + 1, sizeof *p->skipped);
	p->skipped[p->nskipped++] = xasprintf("skipped %s: %s", file, why);
}

/* The pro-formas of the members the next annual review asks (kept in
 * the plan for the worker that builds their view again); an agreement
 * without a review asks no one, which the summary says. */
static void add_proformas(plan_ctx_t *x)
{
	build_plan_t *p = x->p;
	const model_t *m = p->m;
	char *refusal = view_proforma_refusal(m, p->opt->dir, "pro-forma");
	if (refusal) {
		skipped_add(p, doc_kind(DOC_PROFORMAS)->file, refusal);
		free(refusal);
		return;
	}
	view_review_t rv;
	view_review_compute(m, view_as_of(m), NULL, &rv);
	size_t n;
	const model_member_t **members = view_proforma_members(m, &rv, 0, &n);
	size_t k = 0, schools = 0;
	for (size_t i = 0; i < n; i++)
		if (view_proforma_school_ok(members[i], x->d)) {
			schools += members[i]->kind == MODEL_MEMBER_SCHOOL;
			members[k++] = members[i];
		}
	p->schools = members;
	p->nschools = k;
	if (k > 0) {
		scope_t s = { BUILD_PROFORMAS, NULL, NULL, 0 };
		view_proforma_check(m, &rv, members, k, x->d);
		item_add(x, &s, xasprintf("MoU signing pro-formas (%zu %s, %zu %s)", schools,
		                   plural_noun(schools, "school", "schools"), k - schools,
		                   plural_noun(k - schools, "organisation", "organisations")),
		         kind_file(DOC_PROFORMAS));
	}
}

/* The register of the annual review held in the period, when returns to
 * it are recorded. */
static void add_review_register(plan_ctx_t *x)
{
	build_plan_t *p = x->p;
	date_t end = p->ay ? p->ay->end : p->fy->end;
	date_t start = p->ay ? p->ay->start : p->fy->start;
	model_review_dates_t w;
	if (model_review_latest(p->m, end, &w) != 0 || date_cmp(w.opens, start) < 0
	    || !view_review_has_returns(p->m, w.next_fy))
		return;
	snprintf(p->review_year, sizeof p->review_year, "%s", w.next_fy);
	scope_t s = { BUILD_REVIEW_REGISTER, NULL, NULL, 0 };
	item_add(x, &s, xasprintf("Annual review register, %s %d", date_month_name(w.month), w.year),
	         kind_file(DOC_REVIEW_REGISTER));
}

/* The pro-formas, the review register and the agreement. */
static void add_signing(plan_ctx_t *x)
{
	build_plan_t *p = x->p;
	const model_t *m = p->m;
	add_proformas(x);
	add_review_register(x);
	if (model_records(m)->agreement.nparties > 0) {
		scope_t s = { BUILD_AGREEMENT, NULL, NULL, 0 };
		item_add(x, &s, xstrdup("Agreement with signature blocks"), kind_file(DOC_AGREEMENT));
	}
}

/* compliance.txt: what `lpdoc check` prints, as of the checker's date. */
static char *findings_text(const build_plan_t *p, const diag_t *findings, date_t on)
{
	char day[40];
	date_format_long(on, day, sizeof day);
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	if (f == NULL)
		xalloc_die(0);
	const model_records_t *r = model_records(p->m);
	fprintf(f, "Compliance of %s with %s, as of %s\n\n", r->name,
	        r->agreement.title ? r->agreement.title : "its agreement", day);
	diag_print(findings, f);
	char counts[96];
	diag_counts_text(findings, counts, sizeof counts);
	fprintf(f, "%s%s\n", diag_len(findings) ? "\n" : "", counts);
	if (fclose(f) != 0)
		xalloc_die(0);
	return text;
}

static void add_compliance(plan_ctx_t *x, date_t on)
{
	scope_t s = { BUILD_COMPLIANCE_REPORT, NULL, NULL, 0 };
	item_add(x, &s, xstrdup("Compliance report"), kind_file(DOC_COMPLIANCE_REPORT));
	/* compliance.txt has no view: its text is what it is made from */
	s.kind = BUILD_COMPLIANCE_TEXT;
	build_item_t *it = item_add(x, &s, xstrdup("Compliance findings (text)"),
	                            xstrdup("compliance.txt"));
	it->text = findings_text(x->p, x->findings, on);
	build_manifest_digest(it, x->p->common, NULL);
}

/* ---- the plan ---- */

/* OUTDIR/<partnership folder's name>/<year>: the folder's name is what
 * the administrator called it; stems keep both inside OUTDIR. */
static char *plan_root(const build_plan_t *p)
{
	char *abs = realpath(p->opt->dir, NULL);
	const char *dir = abs ? abs : p->opt->dir;
	const char *slash = strrchr(dir, '/');
	const char *base = slash && slash[1] ? slash + 1 : dir;
	char *who = doc_file_stem(base, NULL);
	char *year = doc_file_stem(p->year_id, NULL);
	char *root = xasprintf("%s/%s/%s", p->opt->outdir, who, year);
	free(year);
	free(who);
	free(abs);
	return root;
}

build_plan_t *build_plan_new(const build_options_t *o, const model_t *m, diag_t *d)
{
	build_plan_t *p = xcalloc(1, sizeof *p);
	p->opt = o;
	p->m = m;
	p->today = view_report_today(m, o->today);
	if (period_choose(p, d) != 0) {
		build_plan_free(p);
		return NULL;
	}
	p->root = plan_root(p);
	build_manifest_common(p);
	p->findings = diag_new();
	check_t *c = check_new(m, p->today, p->findings);
	check_run(c);
	diag_sort(p->findings);
	plan_ctx_t x = { p, c, p->findings, d };
	add_term_documents(&x);
	if (p->term == NULL) {
		add_yearly(&x);
		add_signing(&x);
	} else {
		add_elsewhere(p);
	}
	add_compliance(&x, check_date(c));
	check_free(c);
	return p;
}

void build_plan_free(build_plan_t *p)
{
	if (p == NULL)
		return;
	for (size_t i = 0; i < p->n; i++)
		item_free(&p->items[i]);
	free(p->items);
	free(p->schools);
	for (size_t i = 0; i < p->nold; i++)
		free(p->old[i].file);
	free(p->old);
	free(p->old_by_file);
	free(p->items_by_file);
	free(p->elsewhere_by_file);
	xfree_strings(p->removed, p->nremoved);
	xfree_strings(p->skipped, p->nskipped);
	xfree_strings(p->elsewhere, p->nelsewhere);
	free(p->root);
	diag_free(p->findings);
	free(p);
}
