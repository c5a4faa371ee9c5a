/* proforma: views for MoU signing pro-formas and agreement signature
 * pages (see proforma.h). */
#include "proforma.h"

#include <stdlib.h>
#include <string.h>

#include "../model/query.h"
#include "../util/xalloc.h"
#include "brand.h"
#include "view_model.h"
#include "vxml.h"

static const char *const number_words[] = {
	"zero", "one", "two", "three", "four", "five", "six",
	"seven", "eight", "nine", "ten", "eleven", "twelve"
};

static date_t day_before(date_t a)
{
	return date_from_days(date_to_days(a) - 1);
}

/* The first financial year starting after the review month begins. */
static date_t review_next_fy_start(const model_records_t *r, int year, int month)
{
	int fm = r->fy_start_month ? r->fy_start_month : 4;
	int fd = r->fy_start_day ? r->fy_start_day : 1;
	date_t start = { year, fm, fd };
	date_t review = { year, month, 1 };
	if (date_cmp(start, review) <= 0)
		start.y++;
	return start;
}

void view_review_compute(const model_t *m, date_t as_of, view_review_t *out)
{
	const model_records_t *r = model_records(m);
	const model_rule_t *review = &r->rules[MODEL_RULE_ANNUAL_REVIEW];
	const model_rule_t *notice = &r->rules[MODEL_RULE_WITHDRAWAL_NOTICE];
	memset(out, 0, sizeof *out);
	out->has_review = review->present && review->months >= 1 && review->months <= 12;
	/* Without a review rule the form is for the next financial year. */
	out->month = out->has_review ? (int)review->months : as_of.m;
	out->year = as_of.m <= out->month ? as_of.y : as_of.y + 1;
	out->next_fy_start = review_next_fy_start(r, out->year, out->month);
	out->next_fy_end = day_before(date_add_months(out->next_fy_start, 12));
	out->current_fy_end = day_before(out->next_fy_start);
	model_financial_year_label(m, out->next_fy_start, out->next_fy);
	model_financial_year_label(m, out->current_fy_end, out->current_fy);
	if (notice->present && notice->months > 0) {
		out->notice_months = notice->months;
		out->notice_by = date_add_months(out->current_fy_end, -(int)notice->months);
	}
	/* A return-by date already past belongs to an earlier review. */
	date_t given = r->agreement.return_by;
	if (date_is_set(given) && date_cmp(given, as_of) < 0)
		out->stale_return_by = given;
	else if (date_is_set(given))
		out->return_by = given;
	if (!date_is_set(out->return_by))
		out->return_by = out->notice_by;
	out->return_to = r->agreement.return_to;
}

static void view_review(xmlNode *parent, const model_t *m, const view_review_t *rv)
{
	const model_records_t *r = model_records(m);
	xmlNode *n = vxml_node(parent, "review");
	vxml_yesno(n, "annual", rv->has_review);
	vxml_uint(n, "year", (unsigned long)rv->year);
	vxml_attr(n, "month-name", date_month_name(rv->month));
	vxml_attr(n, "current-fy", rv->current_fy);
	vxml_date(n, "current-fy-end", rv->current_fy_end);
	vxml_attr(n, "next-fy", rv->next_fy);
	vxml_date(n, "next-fy-start", rv->next_fy_start);
	vxml_date(n, "next-fy-end", rv->next_fy_end);
	if (rv->notice_months) {
		vxml_uint(n, "notice-months", rv->notice_months);
		char words[40];
		snprintf(words, sizeof words, "%s %s",
		         rv->notice_months <= 12 ? number_words[rv->notice_months] : "several",
		         rv->notice_months == 1 ? "month’s" : "months’");
		vxml_attr(n, "notice-text", words);
		vxml_date(n, "notice-by", rv->notice_by);
	}
	vxml_date(n, "return-by", rv->return_by);
	vxml_attr(n, "return-to", rv->return_to ? rv->return_to : r->address);
	const model_clause_t *c = r->rules[MODEL_RULE_ANNUAL_REVIEW].clause;
	if (c == NULL)
		c = r->rules[MODEL_RULE_WITHDRAWAL_NOTICE].clause;
	vxml_clause(n, m, c);
}

int view_school_current(const model_member_t *s, date_t on)
{
	if (s->kind != MODEL_MEMBER_SCHOOL)
		return 0;
	if (date_is_set(s->joined) && date_cmp(s->joined, on) > 0)
		return 0;
	if (date_is_set(s->left) && date_cmp(s->left, on) <= 0)
		return 0;
	if (s->has_withdrawal && date_is_set(s->withdrawal_effective) &&
	    date_cmp(s->withdrawal_effective, on) <= 0)
		return 0;
	return 1;
}

const model_member_t **view_proforma_schools(const model_t *m, date_t as_of, size_t *n)
{
	const model_records_t *r = model_records(m);
	const model_member_t **out = xcalloc(r->nmembers + 1, sizeof *out);
	size_t k = 0;
	for (size_t i = 0; i < r->nmembers; i++)
		if (view_school_current(r->members[i], as_of))
			out[k++] = r->members[i];
	*n = k;
	return out;
}

int view_proforma_school_ok(const model_member_t *s, diag_t *d)
{
	const char *p = s->name ? s->name : "";
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	if (*p != '\0')
		return 1;
	diag_add(d, DIAG_ERROR, s->pos.file, s->pos.line, s->pos.col, NULL,
	         "the school with URN %s has no name: its pro-forma is not produced; "
	         "give the school's name in name=\"...\"", s->urn);
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

/* "primary" -> "Primary", "all-through" -> "All-through". */
static void phase_text(const char *phase, char *out, size_t size)
{
	snprintf(out, size, "%s", phase ? phase : "");
	if (out[0] >= 'a' && out[0] <= 'z')
		out[0] = (char)(out[0] - 'a' + 'A');
}

static void view_school(xmlNode *parent, const model_member_t *s, size_t seq)
{
	xmlNode *n = vxml_node(parent, "school");
	vxml_uint(n, "seq", (unsigned long)seq);
	vxml_attr(n, "id", s->id);
	vxml_attr(n, "urn", s->urn);
	vxml_attr(n, "name", s->name);
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
}

xmlDocPtr view_proforma_build(const model_t *m, const model_member_t *const *schools,
                              size_t n)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNode *root = xmlNewDocNode(doc, NULL, BAD_CAST "proformas", NULL);
	xmlDocSetRootElement(doc, root);
	date_t as_of = view_as_of(m);
	vxml_date(root, "as-of", as_of);
	vxml_uint(root, "schools", (unsigned long)n);
	view_brand(root, m);
	view_review_t rv;
	view_review_compute(m, as_of, &rv);
	view_review(root, m, &rv);
	view_model_agreement(root, m);
	for (size_t i = 0; i < n; i++)
		view_school(root, schools[i], i + 1);
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

static void stale_report(const model_t *m, diag_t *d)
{
	const model_agreement_t *ag = &model_records(m)->agreement;
	date_t as_of = view_as_of(m);
	view_review_t rv;
	view_review_compute(m, as_of, &rv);
	if (!date_is_set(rv.stale_return_by))
		return;
	char given[20], today[20], used[20];
	date_format_long(rv.stale_return_by, given, sizeof given);
	date_format_long(as_of, today, sizeof today);
	date_format_long(rv.return_by, used, sizeof used);
	diag_add(d, DIAG_WARNING, ag->pos.file, ag->pos.line, ag->pos.col, NULL,
	         "the agreement's return-by date, %s, is before the records' as-of date (%s); "
	         "the pro-formas ask for return by %s%s; update return-by on <agreement>",
	         given, today, used[0] ? used : "(no date)",
	         rv.notice_months ? ", the last day to give notice" : "");
}

void view_proforma_check(const model_t *m, const model_member_t *const *schools, size_t n,
                         diag_t *d)
{
	stale_report(m, d);
	const model_member_t **heads = xcalloc(n + 1, sizeof *heads);
	const model_member_t **chairs = xcalloc(n + 1, sizeof *chairs);
	size_t nh = 0, nc = 0;
	for (size_t i = 0; i < n; i++) {
		if (schools[i]->headteacher == NULL)
			heads[nh++] = schools[i];
		if (schools[i]->chair == NULL)
			chairs[nc++] = schools[i];
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
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNode *root = xmlNewDocNode(doc, NULL, BAD_CAST "agreement-document", NULL);
	xmlDocSetRootElement(doc, root);
	vxml_date(root, "as-of", view_as_of(m));
	vxml_uint(root, "parties", (unsigned long)r->agreement.nparties);
	vxml_yesno(root, "preamble-lists-parties", preamble_lists_parties(&r->agreement));
	view_brand(root, m);
	view_model_agreement(root, m);
	return doc;
}
