/* agenda: the view of a meeting's notice, agenda and papers (see agenda.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/agenda.h"
#include "../model/query.h"
#include "../util/paths.h"
#include "../util/pdfsrc.h"
#include "../util/xalloc.h"
#include "agenda.h"
#include "brand.h"
#include "minutes.h"
#include "pack.h"
#include "vxml.h"

typedef struct agenda_ctx {
	const model_t *m;
	const model_meeting_t *mt;
	const view_agenda_opt_t *opt;
	diag_t *d;
	xmlNode *root;
	unsigned num;          /* the last item number given */
	int failed;            /* a paper was not a readable PDF */
} agenda_ctx_t;

static void date_attrs(xmlNode *e, const char *name, date_t v)
{
	char buf[64], key[48];
	if (!date_is_set(v))
		return;
	date_format_long(v, buf, sizeof buf);
	vxml_date(e, name, v);
	snprintf(key, sizeof key, "%s-text", name);
	vxml_attr(e, key, buf);
}

static const char *purpose_text(const char *purpose)
{
	if (purpose == NULL)
		return NULL;
	return strcmp(purpose, "decision") == 0 ? "For decision"
	       : strcmp(purpose, "discussion") == 0 ? "For discussion" : "For information";
}

/* ---- the head: meeting, notice, who is summoned ---- */

static void meeting_add(agenda_ctx_t *c)
{
	const model_meeting_t *mt = c->mt;
	xmlNode *e = vxml_node(c->root, "meeting");
	char buf[256];
	vxml_attr(e, "id", mt->id);
	vxml_attr(e, "status", model_meeting_status_names[mt->status]);
	vxml_attr(e, "kind", model_meeting_kind_names[mt->kind]);
	view_meeting_when_add(e, mt);
	vxml_attr(e, "reason", mt->reason);
	const char *what = mt->kind == MODEL_MEETING_SPECIAL ? "Special meeting of the "
	                   : mt->kind == MODEL_MEETING_AGM ? "" : "Meeting of the ";
	snprintf(buf, sizeof buf, "%s%s", what, mt->body->name);
	vxml_attr(e, "title", buf);
	/* as the notice's sentence names it: "a meeting of the Executive Board" */
	snprintf(buf, sizeof buf, "%s%s", mt->kind == MODEL_MEETING_SPECIAL ? "a special meeting of the "
	         : mt->kind == MODEL_MEETING_AGM ? "the " : "a meeting of the ", mt->body->name);
	vxml_attr(e, "what", buf);
	char when[64];
	date_format_long(mt->date, when, sizeof when);
	snprintf(buf, sizeof buf, "%s, %s", mt->body->name, when);
	vxml_attr(e, "running-head", buf);
}

/* The notice: when given (or, not yet recorded, today: the day this notice
 * is issued) against the rule. */
static void notice_add(agenda_ctx_t *c)
{
	const model_meeting_t *mt = c->mt;
	xmlNode *e = vxml_node(c->root, "notice");
	const model_notice_rule_t *rule = model_notice_rule(c->m, mt->body);
	long days = date_to_days(mt->date) - date_to_days(mt->notice);
	if (date_is_set(mt->notice)) {
		date_attrs(e, "despatched", mt->notice);
		vxml_uint(e, "days-before", days < 0 ? 0 : (unsigned long)days);
	}
	if (rule == NULL)
		return;
	if (!date_is_set(mt->notice)) {
		date_attrs(e, "due", date_from_days(date_to_days(mt->date) - (long)rule->days));
		days = rule->days;
	}
	vxml_uint(e, "required-days", rule->days);
	vxml_yesno(e, "lpdoc-default", rule->is_default);
	vxml_clause(e, c->m, rule->clause);
	vxml_yesno(e, "late", mt->kind != MODEL_MEETING_SPECIAL && days < (long)rule->days);
}

/* The holdings of b's seats on a day, in seat order (the agreement's),
 * then by name; *n gets the count. */
static const model_holding_t **seat_holders(const model_body_t *b, date_t on, size_t *n)
{
	const model_holding_t **list = xcalloc(b->nholdings + 1, sizeof *list);
	*n = 0;
	for (size_t i = 0; i < b->nseats; i++)
		for (size_t j = 0; j < b->nholdings; j++)
			if (b->holdings[j]->seat == b->seats[i] && model_holding_active(b->holdings[j], on))
				list[(*n)++] = b->holdings[j];
	return list;
}

static void summoned_add(agenda_ctx_t *c)
{
	const model_meeting_t *mt = c->mt;
	const model_body_t *b = mt->body;
	xmlNode *e = vxml_node(c->root, "summoned");
	if (b->members_based) {
		/* the members when the notice goes out: a later year's subscriptions
		 * are not paid yet */
		date_t on = date_is_set(mt->notice) ? mt->notice : c->opt->today;
		if (date_cmp(on, mt->date) > 0)
			on = mt->date;
		vxml_attr(e, "members", "schools");
		vxml_uint(e, "count", model_body_membership(c->m, b, on));
		date_attrs(e, "on", on);
		return;
	}
	size_t n;
	const model_holding_t **list = seat_holders(b, mt->date, &n);
	for (size_t i = 0; i < n; i++) {
		const model_holding_t *h = list[i];
		xmlNode *p = vxml_node(e, "member");
		vxml_attr(p, "seat", h->seat->role);
		vxml_attr(p, "name", h->person->name);
		vxml_attr(p, "office", view_person_office(h->person, mt));
		vxml_attr(p, "org-name", h->person->org ? h->person->org->name : NULL);
	}
	free(list);
}

/* ---- items ---- */

static xmlNode *item_new(agenda_ctx_t *c, const char *source, const char *title)
{
	xmlNode *e = vxml_node(c->root, "item");
	vxml_uint(e, "num", ++c->num);
	vxml_attr(e, "source", source);
	vxml_attr(e, "title", title);
	return e;
}

static void cite_attr(agenda_ctx_t *c, xmlNode *e, const model_clause_t *clause)
{
	char cite[64];
	model_cite(c->m, clause, cite, sizeof cite);
	vxml_attr(e, "cite", cite[0] ? cite : NULL);
}

/* A PDF paper: its page count, and the absolute path the stylesheet
 * draws its pages from; an unreadable one is an error at its <paper>. */
static void paper_file_add(agenda_ctx_t *c, xmlNode *e, const model_paper_t *p)
{
	char *path = paths_join(model_records(c->m)->dir, p->file);
	char *real = realpath(path, NULL);
	pdfsrc_status_t st = PDFSRC_MISSING;
	int pages = real ? pdfsrc_count_pages(real, &st) : 0;
	if (pages <= 0) {
		diag_add(c->d, DIAG_ERROR, p->pos.file, p->pos.line, p->pos.col, NULL,
		         "paper file=\"%s\" %s: the pack embeds each paper's pages; save the paper "
		         "as a PDF", p->file, pdfsrc_status_text(st));
		c->failed = 1;
	}
	vxml_attr(e, "file", p->file);
	vxml_attr(e, "src", real);
	vxml_uint(e, "pages", pages > 0 ? (unsigned long)pages : 0);
	free(real);
	free(path);
}

static void paper_add(agenda_ctx_t *c, xmlNode *item, const model_paper_t *p, unsigned k)
{
	xmlNode *e = vxml_node(item, "paper");
	char ref[32];
	snprintf(ref, sizeof ref, "%u%c", c->num, k < 26 ? 'a' + (int)k : 'z');
	vxml_attr(e, "ref", ref);
	vxml_attr(e, "title", p->title);
	vxml_attr(e, "kind", p->kind);
	vxml_attr(e, "kind-text", view_paper_kind_text(p->kind));
	vxml_attr(e, "by-name", p->by ? p->by->name : NULL);
	if (p->file)
		paper_file_add(c, e, p);
	else if (strcmp(p->kind, "financial-report") == 0 || strcmp(p->kind, "ceo-decisions") == 0)
		vxml_attr(e, "generated", p->kind);
}

static void planned_add(agenda_ctx_t *c, const model_item_t *it, const char *source)
{
	int hidden = it->confidential && c->opt->public_edition;
	xmlNode *e = item_new(c, source, hidden ? "Confidential item (not for publication)" : it->title);
	vxml_yesno(e, "confidential", it->confidential);
	vxml_attr(e, "purpose-text", purpose_text(it->purpose));
	if (hidden)
		return;
	vxml_attr(e, "presenter-name", it->presenter ? it->presenter->name : NULL);
	for (size_t i = 0; i < it->npapers; i++)
		paper_add(c, e, it->papers[i], (unsigned)i);
}

/* A required item: the planned item covering it, else one lpdoc adds. */
static void required_add(agenda_ctx_t *c, const model_required_t *q)
{
	char title[256];
	if (q->item) {
		planned_add(c, q->item, "required");
	} else {
		if (q->kind == MODEL_REQUIRED_GROUP_REPORT) {
			char when[64];
			date_format_long(q->group_meeting->date, when, sizeof when);
			snprintf(title, sizeof title, "Report of the %s (meeting of %s)", q->group->name, when);
		} else if (q->kind == MODEL_REQUIRED_DECISIONS) {
			snprintf(title, sizeof title, "Decisions of the %s since the last meeting",
			         strcmp(q->limit->office, "ceo") == 0 ? "CEO" : q->limit->office);
		} else {
			snprintf(title, sizeof title, "%s", view_paper_kind_text(q->paper));
		}
		xmlNode *e = item_new(c, "required", title);
		vxml_yesno(e, "added", 1);
		vxml_attr(e, "purpose-text", "For information");
		if (q->kind != MODEL_REQUIRED_GROUP_REPORT) {
			model_paper_t p = { .kind = (char *)q->paper, .title = title };
			paper_add(c, e, &p, 0);
		}
	}
	xmlNode *last = xmlGetLastChild(c->root);
	cite_attr(c, last, q->clause);
	for (size_t i = 0; i < q->ndecisions; i++) {
		const model_ceo_decision_t *dc = q->decisions[i];
		xmlNode *e = vxml_node(last, "ceo-decision");
		date_attrs(e, "date", dc->date);
		vxml_money(e, "amount", dc->amount);
		vxml_attr(e, "purpose", dc->purpose);
		vxml_attr(e, "by-name", dc->by ? dc->by->name : NULL);
	}
}

static void actions_add(agenda_ctx_t *c, xmlNode *e)
{
	size_t n;
	const model_action_t **list = model_agenda_open_actions(c->mt->body, c->mt->date, &n);
	unsigned long shown = 0;
	for (size_t i = 0; i < n; i++) {
		const model_action_t *a = list[i];
		if (a->item->confidential && c->opt->public_edition)
			continue;
		shown++;
		xmlNode *x = vxml_text_node(e, "action", a->text);
		vxml_attr(x, "minute", a->item->minute);
		vxml_attr(x, "owner-name", a->owner ? a->owner->name : NULL);
		date_attrs(x, "due", a->due);
		vxml_yesno(x, "overdue", date_is_set(a->due) && date_cmp(a->due, c->opt->today) < 0);
	}
	vxml_uint(e, "open-actions", shown);
	free(list);
}

static const char *const standing_titles[] = {
	"Apologies for absence", "Declarations of interest", "Minutes of the previous meeting",
	"Matters arising", "Any other business", "Date of the next meeting"
};

/* The planned item that approves the previous meeting's minutes, if any. */
static const model_item_t *approving_item(const model_meeting_t *mt, const model_meeting_t *prev)
{
	for (size_t i = 0; prev && i < mt->nitems; i++)
		for (size_t j = 0; j < mt->items[i]->napprovals; j++)
			if (mt->items[i]->approvals[j]->meeting == prev)
				return mt->items[i];
	return NULL;
}

static void standing_add(agenda_ctx_t *c, const model_standing_item_t *s)
{
	const model_meeting_t *mt = c->mt;
	const model_meeting_t *prev = model_agenda_previous(mt);
	char title[256];
	snprintf(title, sizeof title, "%s", s->title ? s->title : standing_titles[s->kind]);
	if (s->kind == MODEL_STANDING_MINUTES) {
		if (prev == NULL)
			return;
		const model_item_t *it = approving_item(mt, prev);
		if (it) {
			planned_add(c, it, "standing");
			return;
		}
		char when[64];
		date_format_long(prev->date, when, sizeof when);
		snprintf(title, sizeof title, "Minutes of the meeting on %s", when);
	}
	if (s->kind == MODEL_STANDING_NEXT_MEETING) {
		const model_meeting_t *next = NULL;
		for (size_t i = 0; i < mt->body->nmeetings && next == NULL; i++)
			if (date_cmp(mt->body->meetings[i]->date, mt->date) > 0
			    && mt->body->meetings[i]->status == MODEL_MEETING_SCHEDULED)
				next = mt->body->meetings[i];
		if (next) {
			char when[64];
			view_date_uk(next->date, when, sizeof when);
			snprintf(title, sizeof title, "Date of the next meeting: %s", when);
		}
	}
	xmlNode *e = item_new(c, "standing", title);
	vxml_attr(e, "standing", model_standing_kind_names[s->kind]);
	cite_attr(c, e, s->clause);
	if (s->kind == MODEL_STANDING_MINUTES)
		vxml_attr(e, "purpose-text", "For approval");
	if (s->kind == MODEL_STANDING_MATTERS_ARISING)
		actions_add(c, e);
}

/* Whether a planned item is placed elsewhere: it covers a requirement or
 * approves the previous minutes. */
static int placed_elsewhere(const model_item_t *it, const model_required_t *req, size_t n,
                            const model_meeting_t *mt)
{
	for (size_t i = 0; i < n; i++)
		if (req[i].item == it)
			return 1;
	return approving_item(mt, model_agenda_previous(mt)) == it;
}

static int standing_at_end(const model_standing_item_t *s)
{
	return s->kind == MODEL_STANDING_AOB || s->kind == MODEL_STANDING_NEXT_MEETING;
}

static void items_add(agenda_ctx_t *c)
{
	size_t nstanding, nreq;
	const model_standing_item_t **standing = model_agenda_standing(c->m, c->mt->body, &nstanding);
	model_required_t *req = model_agenda_required(c->m, c->mt, &nreq);
	for (size_t i = 0; i < nstanding; i++)
		if (!standing_at_end(standing[i]))
			standing_add(c, standing[i]);
	for (size_t i = 0; i < nreq; i++)
		required_add(c, &req[i]);
	for (size_t i = 0; i < c->mt->nitems; i++)
		if (!placed_elsewhere(c->mt->items[i], req, nreq, c->mt))
			planned_add(c, c->mt->items[i], "planned");
	for (size_t i = 0; i < nstanding; i++)
		if (standing_at_end(standing[i]))
			standing_add(c, standing[i]);
	model_agenda_required_free(req, nreq);
	free(standing);
}

/* ---- lpdoc's own paper: the financial report to date ---- */

static void finance_add(agenda_ctx_t *c)
{
	char fy[8];
	model_financial_year_label(c->m, c->mt->date, fy);
	const model_records_t *r = model_records(c->m);
	const model_budget_t *b = NULL;
	for (size_t i = 0; i < r->nbudgets && b == NULL; i++)
		if (strcmp(r->budgets[i]->year, fy) == 0)
			b = r->budgets[i];
	xmlNode *n = vxml_node(c->root, "financial-report");
	vxml_attr(n, "year", fy);
	date_t to = date_cmp(c->opt->today, c->mt->date) < 0 ? c->opt->today : c->mt->date;
	date_attrs(n, "to", to);
	if (b == NULL)
		return;
	money_t total = 0, spent_total = 0;
	for (size_t i = 0; i < b->nlines; i++) {
		money_t spent = view_line_spent(c->m, b->lines[i], to);
		xmlNode *e = vxml_node(n, "line");
		vxml_attr(e, "name", b->lines[i]->name);
		vxml_money(e, "amount", b->lines[i]->amount);
		vxml_money(e, "spent", spent);
		vxml_money(e, "remaining", b->lines[i]->amount - spent);
		total += b->lines[i]->amount;
		spent_total += spent;
	}
	vxml_money(n, "total", total);
	vxml_money(n, "spent", spent_total);
	vxml_money(n, "remaining", total - spent_total);
}

/* ---- the register of interests ---- */

static void person_interests(xmlNode *parent, const model_person_t *p, const char *seat,
                             const char *body)
{
	xmlNode *e = vxml_node(parent, "member");
	vxml_attr(e, "name", p->name);
	vxml_attr(e, "seat", seat);
	vxml_attr(e, "body-name", body);
	vxml_attr(e, "org-name", p->org ? p->org->name : NULL);
	for (size_t i = 0; i < p->ninterests; i++) {
		xmlNode *x = vxml_text_node(e, "interest", p->interests[i]->text);
		date_attrs(x, "declared", p->interests[i]->declared);
	}
	vxml_uint(e, "count", p->ninterests);
}

static void body_interests(xmlNode *parent, const model_body_t *b, date_t on)
{
	size_t n;
	const model_holding_t **list = seat_holders(b, on, &n);
	for (size_t i = 0; i < n; i++)
		person_interests(parent, list[i]->person, list[i]->seat->role, b->name);
	free(list);
}

void view_interests_add(xmlNode *parent, const model_t *m, const model_body_t *b, date_t on)
{
	xmlNode *e = vxml_node(parent, "interests");
	vxml_attr(e, "body-name", b ? b->name : NULL);
	date_attrs(e, "on", on);
	if (b) {
		body_interests(e, b, on);
		return;
	}
	const model_records_t *r = model_records(m);
	for (size_t i = 0; i < r->nbodies; i++)
		if (!r->bodies[i]->members_based)
			body_interests(e, r->bodies[i], on);
}

xmlDocPtr view_interests_build(const model_t *m, const model_body_t *b, date_t on)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNode *root = xmlNewDocNode(doc, NULL, BAD_CAST "interests-document", NULL);
	xmlDocSetRootElement(doc, root);
	view_brand(root, m);
	view_interests_add(root, m, b, on);
	return doc;
}

xmlDocPtr view_agenda_build(const model_t *m, const model_meeting_t *mt,
                            const view_agenda_opt_t *opt, diag_t *d)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNode *root = xmlNewDocNode(doc, NULL, BAD_CAST "agenda-document", NULL);
	xmlDocSetRootElement(doc, root);
	agenda_ctx_t c = { m, mt, opt, d, root, 0, 0 };
	vxml_attr(root, "edition", opt->public_edition ? "public" : "member");
	date_attrs(root, "today", opt->today);
	view_brand(root, m);
	meeting_add(&c);
	notice_add(&c);
	summoned_add(&c);
	items_add(&c);
	finance_add(&c);
	if (!mt->body->members_based)
		view_interests_add(root, m, mt->body, mt->date);
	if (c.failed) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}
