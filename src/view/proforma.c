/* proforma: views for MoU signing pro-formas and agreement signature
 * pages (see proforma.h). */
#include "proforma.h"

#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "brand.h"
#include "view_model.h"
#include "vxml.h"

static const char *const number_words[] = {
	"zero", "one", "two", "three", "four", "five", "six",
	"seven", "eight", "nine", "ten", "eleven", "twelve"
};

int view_review_compute(const model_t *m, date_t as_of, const char *year, view_review_t *out)
{
	const model_records_t *r = model_records(m);
	memset(out, 0, sizeof *out);
	int rc = year ? model_review_for_year(m, year, &out->when)
	              : model_review_next(m, as_of, &out->when);
	out->has_review = rc == 0;
	/* Without a review rule the form is for the next financial year. */
	if (!out->has_review)
		model_review_compute(m, as_of.y, as_of.m, &out->when);
	/* A return-by date already past belongs to an earlier review. */
	date_t given = r->agreement.return_by;
	if (date_is_set(given) && date_cmp(given, out->when.return_by) != 0
	    && date_cmp(given, as_of) < 0)
		out->stale_return_by = given;
	out->return_to = r->agreement.return_to;
	out->return_email = r->agreement.return_email;
	return rc;
}

void view_review_set_return_by(view_review_t *rv, date_t return_by)
{
	if (!date_is_set(return_by))
		return;
	rv->when.return_by = return_by;
	rv->stale_return_by = DATE_NONE;
}

/* 1 when the forms' return date is before the records' as-of date: a
 * chase round after it asks for the forms as soon as possible. */
static int review_return_passed(const model_t *m, const view_review_t *rv)
{
	return date_is_set(rv->when.return_by) && date_cmp(view_as_of(m), rv->when.return_by) > 0;
}

char *view_proforma_refusal(const model_t *m, const char *dir, const char *what)
{
	const model_records_t *r = model_records(m);
	if (r->rules[MODEL_RULE_ANNUAL_REVIEW].present)
		return NULL;
	const char *title = r->agreement.title ? r->agreement.title : "the agreement";
	if (r->agreement.nparties > 0)
		return xasprintf("no %s: \"%s\" is an agreement between %zu parties, signed by "
		                 "the parties and not renewed by an annual review of members; use "
		                 "'lpdoc agreement %s -o agreement.pdf' for its signature pages",
		                 what, title, r->agreement.nparties, dir);
	if (r->rules[MODEL_RULE_MEMBERSHIP].requires_subscription)
		return xasprintf("no %s: membership under \"%s\" is by paying the subscription, "
		                 "with no annual review to sign; use 'lpdoc check %s' for the schools "
		                 "whose subscription is unpaid", what, title, dir);
	return xasprintf("no %s: \"%s\" has no annual review of membership for members to "
	                 "sign; use 'lpdoc view %s' for its text", what, title, dir);
}

xmlNode *view_review_node(xmlNode *parent, const model_t *m, const view_review_t *rv)
{
	const model_records_t *r = model_records(m);
	const model_review_dates_t *w = &rv->when;
	xmlNode *n = vxml_node(parent, "review");
	vxml_yesno(n, "annual", rv->has_review);
	vxml_uint(n, "year", (unsigned long)w->year);
	vxml_attr(n, "month-name", date_month_name(w->month));
	vxml_date(n, "opens", w->opens);
	vxml_attr(n, "current-fy", w->current_fy);
	vxml_date(n, "current-fy-end", w->current_fy_end);
	vxml_attr(n, "next-fy", w->next_fy);
	vxml_date(n, "next-fy-start", w->next_fy_start);
	vxml_date(n, "next-fy-end", w->next_fy_end);
	if (w->notice_months) {
		vxml_uint(n, "notice-months", w->notice_months);
		char words[40];
		snprintf(words, sizeof words, "%s %s",
		         w->notice_months <= 12 ? number_words[w->notice_months] : "several",
		         w->notice_months == 1 ? "month’s" : "months’");
		vxml_attr(n, "notice-text", words);
		vxml_date(n, "notice-by", w->notice_by);
	}
	vxml_date(n, "return-by", w->return_by);
	vxml_attr(n, "return-to", rv->return_to ? rv->return_to : r->address);
	vxml_attr(n, "return-email", rv->return_email);
	const model_clause_t *c = r->rules[MODEL_RULE_ANNUAL_REVIEW].clause;
	if (c == NULL)
		c = r->rules[MODEL_RULE_WITHDRAWAL_NOTICE].clause;
	vxml_clause(n, m, c);
	return n;
}

/* Appends to out the members of one kind the review asks. */
static size_t members_of_kind(const model_t *m, const view_review_t *rv, int outstanding,
                              model_member_kind_t kind, const model_member_t **out, size_t k)
{
	const model_records_t *r = model_records(m);
	for (size_t i = 0; i < r->nmembers; i++) {
		const model_member_t *s = r->members[i];
		if (s->kind != kind || !model_member_is_member(m, s, rv->when.opens))
			continue;
		if (outstanding && model_member_return(s, rv->when.next_fy) != NULL)
			continue;
		out[k++] = s;
	}
	return k;
}

const model_member_t **view_proforma_members(const model_t *m, const view_review_t *rv,
                                             int outstanding, size_t *n)
{
	const model_records_t *r = model_records(m);
	const model_member_t **out = xcalloc(r->nmembers + 1, sizeof *out);
	size_t k = members_of_kind(m, rv, outstanding, MODEL_MEMBER_SCHOOL, out, 0);
	*n = members_of_kind(m, rv, outstanding, MODEL_MEMBER_ORGANISATION, out, k);
	return out;
}

int view_proforma_school_ok(const model_member_t *s, diag_t *d)
{
	const char *p = s->name ? s->name : "";
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	if (*p != '\0')
		return 1;
	if (s->kind == MODEL_MEMBER_SCHOOL)
		diag_add(d, DIAG_ERROR, s->pos.file, s->pos.line, s->pos.col, NULL,
		         "the school with URN %s has no name: its pro-forma is not produced; "
		         "give the school's name in name=\"...\"", s->urn);
	else
		diag_add(d, DIAG_ERROR, s->pos.file, s->pos.line, s->pos.col, NULL,
		         "the organisation '%s' has no name: its pro-forma is not produced; "
		         "give its name in name=\"...\"", s->id);
	return 0;
}

static const char *school_type_text(const char *type)
{
	static const char *const names[][2] = {
		{ "maintained", "Maintained school" }, { "academy", "Academy" },
		{ "free", "Free school" }, { "special", "Special school" },
		{ "independent", "Independent school" },
		{ "pvi", "Private, voluntary or independent setting" },
		{ "college", "College" }, { "childrens-centre", "Children’s centre" },
	};
	for (size_t i = 0; type && i < sizeof names / sizeof names[0]; i++)
		if (strcmp(type, names[i][0]) == 0)
			return names[i][1];
	return type;
}

static const char *org_kind_text(const char *kind)
{
	static const char *const names[][2] = {
		{ "local-authority", "Local authority" }, { "association", "Association" },
		{ "college", "College" }, { "health", "Health" }, { "agency", "Agency" },
		{ "university", "University" },
		{ "teaching-school-alliance", "Teaching school alliance" }, { "forum", "Forum" },
		{ "union", "Union" }, { "business", "Business" },
		{ "voluntary", "Voluntary organisation" }, { "other", "Partner organisation" },
	};
	for (size_t i = 0; kind && i < sizeof names / sizeof names[0]; i++)
		if (strcmp(kind, names[i][0]) == 0)
			return names[i][1];
	return kind;
}

/* "primary" -> "Primary", "all-through" -> "All-through". */
static void phase_text(const char *phase, char *out, size_t size)
{
	snprintf(out, size, "%s", phase ? phase : "");
	if (out[0] >= 'a' && out[0] <= 'z')
		out[0] = (char)(out[0] - 'a' + 'A');
}

/* The member's subscription for the year renewed; failing that its
 * latest recorded one (the rate the form then states as that year's). */
static void view_subscription(xmlNode *n, const model_member_t *s, const char *fy)
{
	const model_subscription_t *best = NULL;
	for (size_t i = 0; i < s->nsubscriptions; i++) {
		const model_subscription_t *sub = s->subscriptions[i];
		if (strcmp(sub->year, fy) == 0) {
			best = sub;
			break;
		}
		if (best == NULL || strcmp(sub->year, best->year) > 0)
			best = sub;
	}
	if (best == NULL)
		return;
	vxml_money(n, "subscription", best->amount);
	vxml_attr(n, "subscription-year", best->year);
	vxml_yesno(n, "subscription-set", strcmp(best->year, fy) == 0);
}

static void view_member_form(xmlNode *parent, const model_member_t *s, size_t seq,
                             const view_review_t *rv)
{
	int school = s->kind == MODEL_MEMBER_SCHOOL;
	xmlNode *n = vxml_node(parent, school ? "school" : "organisation");
	vxml_uint(n, "seq", (unsigned long)seq);
	vxml_attr(n, "id", s->id);
	vxml_attr(n, "name", s->name);
	if (school) {
		vxml_attr(n, "urn", s->urn);
		vxml_attr(n, "phase", s->phase);
		char phase[64];
		phase_text(s->phase, phase, sizeof phase);
		vxml_attr(n, "phase-text", phase);
		vxml_attr(n, "type", s->type);
		vxml_attr(n, "type-text", school_type_text(s->type));
		vxml_body(n, "grouping", s->grouping);
		vxml_attr(n, "address", s->address);
		vxml_person(n, "headteacher", s->headteacher);
		vxml_person(n, "chair", s->chair);
	} else {
		vxml_attr(n, "short", s->short_name);
		vxml_attr(n, "kind", s->org_kind);
		vxml_attr(n, "kind-text", org_kind_text(s->org_kind));
	}
	view_subscription(n, s, rv->when.next_fy);
}

/* A form printed after the review's last day for notice (a late chase
 * round) cannot offer to leave at the end of the current year: notice
 * given on as_of takes effect at the end of the year the review renews,
 * when as_of is still that year's notice time; notice-passed says so. */
static void review_late_notice(xmlNode *review, const model_review_dates_t *w, date_t as_of)
{
	int passed = date_is_set(w->notice_by) && date_cmp(as_of, w->notice_by) > 0;
	vxml_yesno(review, "notice-passed", passed);
	if (!passed)
		return;
	if (date_cmp(as_of, date_add_months(w->notice_by, 12)) <= 0)
		vxml_date(review, "late-notice-effective", w->next_fy_end);
}

xmlDocPtr view_proforma_build(const model_t *m, const char *year, date_t return_by,
                              const model_member_t *const *members, size_t n)
{
	xmlNode *root;
	xmlDocPtr doc = vxml_doc_new("proformas", &root);
	date_t as_of = view_as_of(m);
	vxml_date(root, "as-of", as_of);
	size_t schools = 0;
	for (size_t i = 0; i < n; i++)
		schools += members[i]->kind == MODEL_MEMBER_SCHOOL;
	vxml_uint(root, "schools", (unsigned long)schools);
	vxml_uint(root, "organisations", (unsigned long)(n - schools));
	view_brand(root, m);
	view_review_t rv;
	view_review_compute(m, as_of, year, &rv);
	view_review_set_return_by(&rv, return_by);
	xmlNode *review = view_review_node(root, m, &rv);
	vxml_yesno(review, "return-passed", review_return_passed(m, &rv));
	review_late_notice(review, &rv.when, as_of);
	view_model_agreement(root, m);
	for (size_t i = 0; i < n; i++)
		view_member_form(root, members[i], i + 1, &rv);
	return doc;
}

/* Names a few schools one by one, then sums up, so a batch of hundreds
 * does not bury the other messages. */
static void missing_report(diag_t *d, const model_member_t *const *missing, size_t n,
                           const char *role, const char *attr)
{
	const size_t shown = 3;
	for (size_t i = 0; i < n && i < shown; i++)
		diag_add(d, DIAG_WARNING, missing[i]->pos.file, missing[i]->pos.line,
		         missing[i]->pos.col, NULL,
		         "%s (URN %s) has no %s in the records: the name is left blank on its "
		         "pro-forma, to be written in; add %s=\"PERSON-ID\" to its <school>",
		         missing[i]->name, missing[i]->urn, role, attr);
	if (n > shown)
		diag_add(d, DIAG_WARNING, missing[shown]->pos.file, missing[shown]->pos.line,
		         missing[shown]->pos.col, NULL,
		         "%zu more schools have no %s in the records (this is the first of them)",
		         n - shown, role);
}

static void stale_report(const model_t *m, const view_review_t *rv, diag_t *d)
{
	const model_agreement_t *ag = &model_records(m)->agreement;
	if (!date_is_set(rv->stale_return_by))
		return;
	char given[20], today[20], used[20];
	date_format_long(rv->stale_return_by, given, sizeof given);
	date_format_long(view_as_of(m), today, sizeof today);
	date_format_long(rv->when.return_by, used, sizeof used);
	diag_add(d, DIAG_WARNING, ag->pos.file, ag->pos.line, ag->pos.col, NULL,
	         "the agreement's return-by date, %s, is before the records' as-of date (%s); "
	         "the pro-formas ask for return by %s%s; update return-by on <agreement>",
	         given, today, used[0] ? used : "(no date)",
	         rv->when.notice_months ? ", the last day to give notice" : "");
}

/* A chase round after the return date: the forms ask for return as soon
 * as possible, which --return-by can make a date. */
static void passed_report(const model_t *m, const view_review_t *rv, diag_t *d)
{
	const model_agreement_t *ag = &model_records(m)->agreement;
	if (!review_return_passed(m, rv))
		return;
	char due[20], today[20];
	date_format_long(rv->when.return_by, due, sizeof due);
	date_format_long(view_as_of(m), today, sizeof today);
	diag_add(d, DIAG_WARNING, ag->pos.file, ag->pos.line, ag->pos.col, NULL,
	         "the pro-formas were due back by %s, before the records' as-of date (%s): "
	         "they say so and ask for return as soon as possible; give a new date with "
	         "--return-by YYYY-MM-DD", due, today);
}

void view_proforma_check(const model_t *m, const view_review_t *rv,
                         const model_member_t *const *members, size_t n, diag_t *d)
{
	stale_report(m, rv, d);
	passed_report(m, rv, d);
	const model_member_t **heads = xcalloc(n + 1, sizeof *heads);
	const model_member_t **chairs = xcalloc(n + 1, sizeof *chairs);
	size_t nh = 0, nc = 0;
	for (size_t i = 0; i < n; i++) {
		if (members[i]->kind != MODEL_MEMBER_SCHOOL)
			continue;
		if (members[i]->headteacher == NULL)
			heads[nh++] = members[i];
		if (members[i]->chair == NULL)
			chairs[nc++] = members[i];
	}
	missing_report(d, heads, nh, "headteacher", "headteacher");
	missing_report(d, chairs, nc, "chair of governors", "chair-of-governors");
	free(heads);
	free(chairs);
}

static int prose_mentions(const model_prose_t *p, const char *word)
{
	for (size_t i = 0; i < p->nblocks; i++) {
		const model_block_t *b = &p->blocks[i];
		if (b->text && strstr(b->text, word))
			return 1;
		for (size_t j = 0; j < b->nitems; j++)
			if (strstr(b->items[j], word))
				return 1;
	}
	return 0;
}

/* 1 when the adopted preamble already names every party by its short
 * name (Leicester 2011 opens with its list of parties): the document
 * then does not list them a second time. */
static int preamble_lists_parties(const model_agreement_t *ag)
{
	for (size_t i = 0; i < ag->nparties; i++) {
		const char *name = ag->parties[i]->short_name;
		if (name == NULL || !prose_mentions(&ag->preamble, name))
			return 0;
	}
	return ag->nparties > 0;
}

xmlDocPtr view_agreement_build(const model_t *m, diag_t *d)
{
	const model_records_t *r = model_records(m);
	if (r->agreement.nparties == 0) {
		diag_add(d, DIAG_ERROR, r->agreement.pos.file, r->agreement.pos.line,
		         r->agreement.pos.col, NULL,
		         "the agreement \"%s\" has no <party> elements, so it has no signature "
		         "pages; list its parties, or use 'lpdoc proforma' for a memorandum "
		         "signed by each member school", r->agreement.title);
		return NULL;
	}
	xmlNode *root;
	xmlDocPtr doc = vxml_doc_new("agreement-document", &root);
	vxml_date(root, "as-of", view_as_of(m));
	vxml_uint(root, "parties", (unsigned long)r->agreement.nparties);
	vxml_yesno(root, "preamble-lists-parties", preamble_lists_parties(&r->agreement));
	view_brand(root, m);
	view_model_agreement(root, m);
	return doc;
}
