/* pack: the view of a term's minutes pack (see pack.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check/check.h"
#include "../model/query.h"
#include "../util/xalloc.h"
#include "brand.h"
#include "compliance.h"
#include "finance.h"
#include "pack.h"
#include "vxml.h"

static int meeting_in_term(const model_meeting_t *mt, const model_term_t *t)
{
	return mt->term == t && mt->status == MODEL_MEETING_HELD;
}

const model_meeting_t **view_pack_meetings(const model_t *m, const model_term_t *t, size_t *n)
{
	const model_records_t *r = model_records(m);
	const model_meeting_t **list = xcalloc(r->nmeetings + 1, sizeof *list);
	*n = 0;
	for (size_t b = 0; b < r->nbodies; b++)
		for (size_t i = 0; i < r->bodies[b]->nmeetings; i++)
			if (meeting_in_term(r->bodies[b]->meetings[i], t))
				list[(*n)++] = r->bodies[b]->meetings[i];
	return list;
}

const model_meeting_t *view_pack_final_meeting(const model_body_t *b, const model_term_t *t)
{
	for (size_t i = b->nmeetings; i-- > 0;)
		if (meeting_in_term(b->meetings[i], t))
			return b->meetings[i];
	return NULL;
}

money_t view_line_spent(const model_t *m, const model_budget_line_t *l, date_t to)
{
	return model_line_spent(m, l, DATE_NONE, to);
}

/* ---- contents and body sections ---- */

static void contents_entry(xmlNode *parent, const model_meeting_t *mt, int confidential)
{
	xmlNode *e = vxml_node(parent, "entry");
	char buf[256];
	snprintf(buf, sizeof buf, "%s-%s", confidential ? "conf" : "min", mt->id);
	vxml_attr(e, "ref", buf);
	view_date_uk(mt->date, buf, sizeof buf);
	vxml_attr(e, "date-text", buf);
	const char *kind = mt->kind == MODEL_MEETING_SPECIAL ? "special meeting"
	                   : mt->kind == MODEL_MEETING_AGM ? "annual general meeting" : NULL;
	snprintf(buf, sizeof buf, "%s%s%s", confidential ? "Confidential minutes" : "Minutes",
	         kind ? " of the " : "", kind ? kind : "");
	vxml_attr(e, "title", buf);
}

/* One <body> section of the contents and one of the pack per body. */
static void bodies_add(xmlNode *contents, xmlNode *pack, const model_t *m,
                       const model_meeting_t **list, size_t n, const view_minutes_opt_t *opt)
{
	xmlNode *toc = NULL, *sec = NULL;
	for (size_t i = 0; i < n; i++) {
		const model_meeting_t *mt = list[i];
		if (i == 0 || list[i - 1]->body != mt->body) {
			toc = vxml_node(contents, "body");
			sec = vxml_node(pack, "body");
			xmlNode *both[2] = { toc, sec };
			for (int k = 0; k < 2; k++) {
				vxml_attr(both[k], "id", mt->body->id);
				vxml_attr(both[k], "name", mt->body->name);
				vxml_attr(both[k], "short", mt->body->short_name);
			}
		}
		contents_entry(toc, mt, 0);
		if (!opt->public_edition && view_minutes_has_part_ii(mt))
			contents_entry(toc, mt, 1);
		view_minutes_add(sec, m, mt, opt);
	}
}

/* ---- action tracker ---- */

static void tracker_add(xmlNode *parent, const model_meeting_t **list, size_t n,
                        const view_minutes_opt_t *opt)
{
	xmlNode *t = vxml_node(parent, "action-tracker");
	unsigned counts[4] = { 0, 0, 0, 0 };
	for (size_t i = 0; i < n; i++) {
		const model_meeting_t *mt = list[i];
		for (size_t j = 0; j < mt->nitems; j++) {
			const model_item_t *it = mt->items[j];
			if (it->confidential && opt->public_edition)
				continue;
			for (size_t k = 0; k < it->nactions; k++) {
				const model_action_t *a = it->actions[k];
				xmlNode *e = vxml_text_node(t, "action", a->text);
				char buf[64];
				vxml_attr(e, "minute", it->minute);
				snprintf(buf, sizeof buf, "min-%s", mt->id);
				vxml_attr(e, "meeting-ref", buf);
				vxml_date(e, "meeting-date", mt->date);
				vxml_attr(e, "owner-name", a->owner ? a->owner->name : NULL);
				vxml_date(e, "due", a->due);
				view_action_state_t s = view_action_state(a, opt->today);
				vxml_attr(e, "state", view_action_state_names[s]);
				view_action_state_text(a, opt->today, buf, sizeof buf);
				vxml_attr(e, "state-text", buf);
				if (it->confidential)
					vxml_attr(e, "confidential", "yes");
				counts[s]++;
			}
		}
	}
	for (int s = 0; s < 4; s++)
		vxml_uint(t, view_action_state_names[s], counts[s]);
}

/* ---- the financial report at the final meeting of the term ---- */

static void budget_add(xmlNode *parent, const model_t *m, const model_meeting_t *mt)
{
	char fy[8];
	model_financial_year_label(m, mt->date, fy);
	const model_budget_t *b = view_budget_of_year(m, fy);
	if (b == NULL)
		return;
	xmlNode *n = vxml_node(parent, "budget");
	vxml_attr(n, "year", fy);
	money_t total = 0, spent_total = 0;
	for (size_t i = 0; i < b->nlines; i++) {
		const model_budget_line_t *l = b->lines[i];
		money_t spent = view_line_spent(m, l, mt->date);
		xmlNode *e = vxml_node(n, "line");
		vxml_attr(e, "name", l->name);
		vxml_money(e, "amount", l->amount);
		vxml_money(e, "spent", spent);
		vxml_money(e, "remaining", l->amount - spent);
		total += l->amount;
		spent_total += spent;
	}
	vxml_money(n, "total", total);
	vxml_money(n, "spent", spent_total);
	vxml_money(n, "remaining", total - spent_total);
}

static void finance_report_add(xmlNode *parent, const model_t *m, const model_body_t *b,
                               const model_report_t *rep, const model_term_t *t,
                               const view_minutes_opt_t *opt)
{
	const model_meeting_t *mt = view_pack_final_meeting(b, t);
	xmlNode *n = vxml_node(parent, "financial-report");
	vxml_attr(n, "body-name", b->name);
	char cite[64];
	model_cite(m, rep->clause, cite, sizeof cite);
	vxml_attr(n, "cite", cite[0] ? cite : NULL);
	if (mt == NULL) {
		vxml_attr(n, "status", "no-meeting");
		return;
	}
	char buf[256];
	snprintf(buf, sizeof buf, "min-%s", mt->id);
	vxml_attr(n, "meeting-ref", buf);
	view_date_uk(mt->date, buf, sizeof buf);
	vxml_attr(n, "meeting-date-text", buf);
	unsigned found = 0;
	for (size_t i = 0; i < mt->nitems; i++) {
		const model_item_t *it = mt->items[i];
		for (size_t j = 0; j < it->npapers; j++) {
			const model_paper_t *p = it->papers[j];
			if (strcmp(p->kind, "financial-report") != 0 || (it->confidential && opt->public_edition))
				continue;
			xmlNode *e = vxml_node(n, "paper");
			vxml_attr(e, "minute", it->minute);
			vxml_attr(e, "title", p->title);
			vxml_attr(e, "by-name", p->by ? p->by->name : NULL);
			found++;
		}
	}
	vxml_attr(n, "status", found ? "presented" : "missing");
	budget_add(n, m, mt);
}

static void finance_add(xmlNode *parent, const model_t *m, const model_term_t *t,
                        const view_minutes_opt_t *opt)
{
	const model_records_t *r = model_records(m);
	for (size_t b = 0; b < r->nbodies; b++)
		for (size_t i = 0; i < r->bodies[b]->nreports; i++) {
			const model_report_t *rep = r->bodies[b]->reports[i];
			if (strcmp(rep->paper, "financial-report") == 0
			    && rep->at == MODEL_REPORT_FINAL_MEETING_OF_TERM)
				finance_report_add(parent, m, r->bodies[b], rep, t, opt);
		}
}

/* ---- compliance summary ---- */

/* The checker's findings for the term, judged as of the day after the
 * term ends (or today, if earlier): those about the term's meetings and about rules
 * whose period is the term; the rest of the records have their own
 * reports. */
static void compliance_add(xmlNode *parent, const model_t *m, const model_term_t *t,
                           const view_minutes_opt_t *opt)
{
	/* as at the end of the term, the term's own period rules are due:
	 * judged at the close of its last day (the day after) */
	date_t after = date_from_days(date_to_days(t->end) + 1);
	date_t on = opt->today_given || date_cmp(opt->today, t->end) < 0 ? opt->today : after;
	diag_t *d = diag_new();
	check_t *c = check_new(m, on, d);
	check_run(c);
	diag_sort(d);
	xmlNode *n = vxml_node(parent, "compliance");
	vxml_date(n, "as-of", date_cmp(check_date(c), opt->today) < 0 ? check_date(c) : opt->today);
	size_t count[DIAG_FATAL + 1] = { 0 };
	unsigned withheld = 0;
	for (size_t i = 0; i < diag_len(d); i++) {
		const diag_msg_t *g = diag_get(d, i);
		if (!check_finding_in_term(c, m, t, g))
			continue;
		count[g->level]++;
		/* the public edition lists what is not confidential business */
		if (opt->public_edition && check_finding_confidential(c, m, g))
			withheld++;
		else if (opt->public_edition)
			view_finding_add_meeting(n, m, g);
		else
			view_finding_add(n, g, NULL);
	}
	vxml_uint(n, "errors", count[DIAG_ERROR]);
	vxml_uint(n, "warnings", count[DIAG_WARNING]);
	vxml_uint(n, "confidential", withheld);
	check_free(c);
	diag_free(d);
}

static xmlNode *pack_head(xmlNode *root, const model_term_t *t, size_t nmeetings)
{
	xmlNode *p = vxml_node(root, "pack");
	vxml_attr(p, "term", t->id);
	vxml_attr(p, "term-name", t->name);
	if (t->year)
		vxml_attr(p, "academic-year", t->year->id);
	vxml_date(p, "start", t->start);
	vxml_date(p, "end", t->end);
	vxml_uint(p, "meetings", nmeetings);
	return p;
}

xmlDocPtr view_pack_build(const model_t *m, const model_term_t *t, const view_minutes_opt_t *given)
{
	/* A pack is as at one date: the date given with --today, else the end
	 * of its term (or today, when that is earlier: a term still running).
	 * The cover, the minutes' actions, the tracker, the financial report
	 * and the compliance summary all use it: a spring pack made in July
	 * shows the spring term as it ended, not July's state of its actions. */
	view_minutes_opt_t at = *given;
	if (!at.today_given && date_cmp(t->end, at.today) < 0)
		at.today = t->end;
	const view_minutes_opt_t *opt = &at;
	xmlNode *root;
	xmlDocPtr doc = view_minutes_doc_new("pack-document", m, opt, &root);
	size_t n;
	const model_meeting_t **list = view_pack_meetings(m, t, &n);
	xmlNode *pack = pack_head(root, t, n);
	xmlNode *contents = vxml_node(pack, "contents");
	bodies_add(contents, pack, m, list, n, opt);
	tracker_add(pack, list, n, opt);
	view_inquorate_decisions_add(pack, m, t->year ? t->year->start : t->start,
	                             date_cmp(opt->today, t->end) < 0 ? opt->today : t->end,
	                             opt->today, opt->public_edition);
	view_pack_finance_add(pack, m, t, opt->today);
	finance_add(pack, m, t, opt);
	compliance_add(pack, m, t, opt);
	free(list);
	return doc;
}
