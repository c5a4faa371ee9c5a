/* build_partnership: partnership.xml into the model (see internal.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "../util/paths.h"

const char *const model_body_kind_names[] = {
	"board", "executive", "directors", "strategic-group", "grouping",
	"development-group", "task-and-finish", "members-meeting", "agm", "committee", NULL
};
const char *const model_period_names[] = { "", "half-term", "term", "year", NULL };
const char *const model_relative_names[] = { "", "before", "after", NULL };
const char *const model_season_names[] = { "", "autumn", "spring", "summer", NULL };
const char *const model_report_at_names[] = {
	"final-meeting-of-term", "each-term", "each-meeting", "each-year", NULL
};
const char *const model_rule_names[] = {
	"withdrawal-notice", "annual-review", "spending-limit", "annual-report",
	"delivery-plan", "performance-plan", "special-meetings", "minutes",
	"confidentiality", "membership", "declarations", "variation", "brokerage", NULL
};

static model_clause_t *build_clause(model_ctx_t *c, xmlNode *n, model_clause_t *parent)
{
	model_agreement_t *ag = &c->m->r.agreement;
	model_clause_t *cl = ctx_new(c, sizeof *cl);
	cl->pos = ctx_pos(c, n);
	cl->num = attr_str(c, n, "num");
	cl->title = attr_str(c, n, "title");
	cl->parent = parent;
	cl->depth = parent ? parent->depth + 1 : 0;
	ARENA_PUSH(c->a, ag->clauses, ag->nclauses, cl);
	/* A number used twice is the checker's finding (clause-duplicate):
	 * references go to the first clause of that number. */
	if (cl->num)
		idmap_put(c->m->ids[MODEL_ID_CLAUSE], cl->num, cl, cl->pos);
	FOR_ELEMS(e, n) {
		model_block_t b;
		if (node_block(c, e, &b)) {
			/* b filled */
		} else if (xml_is(e, "definition")) {
			b.kind = MODEL_BLOCK_DEFINITION;
			b.pos = ctx_pos(c, e);
			b.term = attr_str(c, e, "term");
			b.text = node_text(c, e);
		} else if (xml_is(e, "clause")) {
			b.kind = MODEL_BLOCK_CLAUSE;
			b.clause = build_clause(c, e, cl);
		} else {
			continue;
		}
		ARENA_PUSH(c->a, cl->content.blocks, cl->content.nblocks, b);
	}
	return cl;
}

static void build_agreement(model_ctx_t *c, xmlNode *n)
{
	model_agreement_t *ag = &c->m->r.agreement;
	ag->pos = ctx_pos(c, n);
	ag->title = attr_str(c, n, "title");
	ag->short_name = attr_str(c, n, "short");
	ag->kind = attr_str(c, n, "kind");
	ag->return_to = attr_str(c, n, "return-to");
	ag->return_email = attr_str(c, n, "return-email");
	ag->date = attr_date(c, n, "date");
	ag->return_by = attr_date(c, n, "return-by");
	FOR_ELEMS(e, n) {
		if (xml_is(e, "preamble")) {
			ag->preamble = node_prose(c, e);
		} else if (xml_is(e, "closing")) {
			ag->closing = node_prose(c, e);
		} else if (xml_is(e, "party")) {
			model_party_t *p = ctx_record(c, e, &model_record_party);
			ARENA_PUSH(c->a, ag->parties, ag->nparties, p);
		} else if (xml_is(e, "clause")) {
			ARENA_PUSH(c->a, ag->top, ag->ntop, build_clause(c, e, NULL));
		} else if (xml_is(e, "change")) {
			model_change_t *ch = ctx_record(c, e, &model_record_change);
			FOR_ELEMS(s, e)
				ARENA_PUSH(c->a, ch->signatures, ch->nsignatures,
				           ctx_record(c, s, &model_record_signature));
			ARENA_PUSH(c->a, ag->changes, ag->nchanges, ch);
		}
	}
}

static void build_seat(model_ctx_t *c, model_body_t *b, xmlNode *n)
{
	model_seat_t *s = ctx_new(c, sizeof *s);
	s->pos = ctx_pos(c, n);
	s->body = b;
	s->id = attr_str(c, n, "id");
	s->role = attr_str(c, n, "role");
	s->is_min = attr_raw(n, "min") != NULL;
	s->count = attr_uint(c, n, s->is_min ? "min" : "count");
	s->per = attr_str(c, n, "per");
	s->nominated_by_id = attr_str(c, n, "nominated-by");
	s->voting = attr_yesno(n, "voting", 1);
	ctx_ref(c, MODEL_ID_MEMBER, s->nominated_by_id, &s->nominated_by, n, "nominated-by");
	ctx_clause_ref(c, n, &s->clause);
	for (size_t i = 0; i < b->nseats; i++)
		if (s->id && strcmp(b->seats[i]->id, s->id) == 0)
			ctx_error(c, n, "duplicate seat id '%s' in body '%s'", s->id, b->id);
	ARENA_PUSH(c->a, b->seats, b->nseats, s);
}

/* "25" or "33.33" as hundredths of a percent. */
static unsigned percent_x100(model_ctx_t *c, xmlNode *n)
{
	const char *v = attr_raw(n, "percent");
	unsigned whole = 0, frac = 0, digits = 0;
	const char *p = v ? v : "";
	for (; *p >= '0' && *p <= '9' && whole < 1000; p++)
		whole = whole * 10 + (unsigned)(*p - '0');
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++, digits++)
			if (digits < 2)
				frac = frac * 10 + (unsigned)(*p - '0');
	if (digits == 1)
		frac *= 10;
	unsigned x = whole * 100 + frac;
	if (x == 0 || x > 10000)
		ctx_error(c, n, "percent=\"%s\" must be more than 0 and at most 100", v ? v : "");
	return x;
}

static void build_quorum(model_ctx_t *c, model_body_t *b, xmlNode *n)
{
	static const char *const kinds[] = { "", "fraction", "percentage", "fixed", NULL };
	model_quorum_t *q = &b->quorum;
	q->pos = ctx_pos(c, n);
	q->kind = attr_enum(n, "kind", kinds, MODEL_QUORUM_NONE);
	q->numerator = attr_uint(c, n, "numerator");
	q->denominator = attr_uint(c, n, "denominator");
	q->count = attr_uint(c, n, "count");
	if (q->kind == MODEL_QUORUM_PERCENTAGE)
		q->percent_x100 = percent_x100(c, n);
	if (q->kind == MODEL_QUORUM_FRACTION && q->numerator > q->denominator)
		ctx_error(c, n, "quorum fraction %u/%u is more than the whole membership",
		          q->numerator, q->denominator);
	ctx_clause_ref(c, n, &q->clause);
}

static void build_meets(model_ctx_t *c, model_body_t *b, xmlNode *n)
{
	model_meets_t *mt = ctx_new(c, sizeof *mt);
	mt->pos = ctx_pos(c, n);
	mt->at_least = attr_uint(c, n, "at-least");
	mt->per = attr_enum(n, "per", model_period_names, MODEL_PERIOD_NONE);
	mt->relative = attr_enum(n, "relative", model_relative_names, MODEL_RELATIVE_NONE);
	mt->other_id = attr_str(c, n, "body");
	mt->within_days = attr_uint(c, n, "within-days");
	mt->in_term = attr_enum(n, "in-term", model_season_names, MODEL_SEASON_NONE);
	ctx_ref(c, MODEL_ID_BODY, mt->other_id, &mt->other, n, "body");
	ctx_clause_ref(c, n, &mt->clause);
	ARENA_PUSH(c->a, b->meets, b->nmeets, mt);
}

static void build_report(model_ctx_t *c, model_body_t *b, xmlNode *n)
{
	model_report_t *r = ctx_new(c, sizeof *r);
	r->pos = ctx_pos(c, n);
	r->paper = attr_str(c, n, "paper");
	r->at = attr_enum(n, "at", model_report_at_names, MODEL_REPORT_EACH_MEETING);
	r->to = attr_str(c, n, "to");
	ctx_clause_ref(c, n, &r->clause);
	ARENA_PUSH(c->a, b->reports, b->nreports, r);
}

static void build_body(model_ctx_t *c, xmlNode *n)
{
	model_records_t *r = &c->m->r;
	model_body_t *b = ctx_record(c, n, &model_record_body);
	if (date_is_set(b->from) && date_is_set(b->to) && date_cmp(b->from, b->to) > 0)
		ctx_error(c, n, "body '%s' ends (to) before it starts (from)", b->id);
	FOR_ELEMS(e, n) {
		if (xml_is(e, "description"))
			b->description = node_prose(c, e);
		else if (xml_is(e, "seat"))
			build_seat(c, b, e);
		else if (xml_is(e, "quorum"))
			build_quorum(c, b, e);
		else if (xml_is(e, "meets"))
			build_meets(c, b, e);
		else if (xml_is(e, "report"))
			build_report(c, b, e);
		else if (xml_is(e, "term-of-office")) {
			b->term_years = attr_uint(c, e, "years");
			b->re_electable = attr_yesno(e, "re-electable", 1);
			b->term_pos = ctx_pos(c, e);
			ctx_clause_ref(c, e, &b->term_clause);
		}
	}
	ARENA_PUSH(c->a, r->bodies, r->nbodies, b);
}

static void build_rule(model_ctx_t *c, xmlNode *n)
{
	model_records_t *r = &c->m->r;
	if (xml_is(n, "body-count")) {
		ARENA_PUSH(c->a, r->body_counts, r->nbody_counts,
		           ctx_record(c, n, &model_record_body_count));
		return;
	}
	if (xml_is(n, "office-holder")) {
		ARENA_PUSH(c->a, r->office_rules, r->noffice_rules,
		           ctx_record(c, n, &model_record_office_rule));
		return;
	}
	if (xml_is(n, "meeting-notice")) {
		ARENA_PUSH(c->a, r->notice_rules, r->nnotice_rules,
		           ctx_record(c, n, &model_record_notice_rule));
		return;
	}
	if (xml_is(n, "standing-item")) {
		ARENA_PUSH(c->a, r->standing_items, r->nstanding_items,
		           ctx_record(c, n, &model_record_standing_item));
		return;
	}
	int k = -1;
	for (int i = 0; model_rule_names[i]; i++)
		if (xml_is(n, model_rule_names[i]))
			k = i;
	if (k < 0)
		return;
	model_rule_t *rule = &c->m->r.rules[k];
	if (rule->present)
		ctx_error(c, n, "rule <%s> is given twice; keep one", model_rule_names[k]);
	rule->present = 1;
	rule->kind = (model_rule_kind_t)k;
	rule->pos = ctx_pos(c, n);
	rule->months = attr_uint(c, n, k == MODEL_RULE_ANNUAL_REVIEW ? "month"
	                         : k == MODEL_RULE_ANNUAL_REPORT ? "within-months" : "months");
	if (k == MODEL_RULE_ANNUAL_REVIEW && (rule->months < 1 || rule->months > 12))
		ctx_error(c, n, "month=\"%u\" is not a month: use 1 (January) to 12 (December)",
		          rule->months);
	rule->office = attr_str(c, n, "office");
	rule->amount = attr_money(c, n, "amount", NULL, 0);
	rule->report_to_id = attr_str(c, n, "report-to");
	ctx_ref(c, MODEL_ID_BODY, rule->report_to_id, &rule->report_to, n, "report-to");
	const char *approve = attr_raw(n, "approve-at");
	rule->next_meeting = approve == NULL || strcmp(approve, "next-meeting") == 0;
	rule->requires_subscription = attr_yesno(n, "requires-subscription", 0);
	rule->requires_mou = attr_yesno(n, "requires-mou", 0);
	ctx_clause_ref(c, n, &rule->clause);
}

static void build_fy_start(model_ctx_t *c, xmlNode *n)
{
	model_records_t *r = &c->m->r;
	const char *v = attr_raw(n, "fy-start");
	r->fy_start_month = 4;
	r->fy_start_day = 1;
	if (v == NULL)
		return;
	int mo = 0, dy = 0;
	if (sscanf(v, "%2d-%2d", &mo, &dy) != 2 || dy < 1 || dy > date_days_in_month(2001, mo)) {
		ctx_error(c, n, "fy-start=\"%s\" is not a day of the year: expected MM-DD, e.g. 04-01", v);
		return;
	}
	r->fy_start_month = mo;
	r->fy_start_day = dy;
}

/* Whether the file at path starts as a PNG, a JPEG or an SVG does. */
static int logo_is_image(const char *path)
{
	char head[1025];
	long got = paths_read_head(path, head, sizeof head);
	if (got < 0)
		return 0;
	size_t n = (size_t)got;
	return (n >= 8 && memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0)
	       || (n >= 3 && memcmp(head, "\xFF\xD8\xFF", 3) == 0)
	       || (memchr(head, '\0', n) == NULL && strstr(head, "<svg") != NULL);
}

/* The logo must be an image inside the partnership's folder (read.c:
 * ctx_folder_file()), so that no document shows a file from elsewhere. */
static void logo_check(model_ctx_t *c, const xmlNode *e, const char *logo)
{
	char *real = ctx_folder_file(c, e, "logo", logo, "image");
	if (real && (!paths_is_file(real) || !logo_is_image(real)))
		ctx_error(c, e, "logo=\"%s\" is not a PNG, JPEG or SVG image", logo);
	free(real);
}

void build_partnership(model_ctx_t *c, xmlNode *root)
{
	model_records_t *r = &c->m->r;
	r->pos = ctx_pos(c, root);
	r->id = attr_str(c, root, "id");
	r->name = attr_str(c, root, "name");
	r->short_name = attr_str(c, root, "short-name");
	r->legal_form = attr_str(c, root, "legal-form");
	r->company_number = attr_str(c, root, "company-number");
	r->founded = attr_date(c, root, "founded");
	r->as_of = attr_date(c, root, "as-of");
	build_fy_start(c, root);
	FOR_ELEMS(e, root) {
		if (xml_is(e, "address")) {
			r->address = node_text(c, e);
		} else if (xml_is(e, "branding")) {
			r->logo = attr_str(c, e, "logo");
			if (r->logo)
				logo_check(c, e, r->logo);
			r->logo_alt = attr_str(c, e, "logo-alt");
			r->primary_colour = attr_str(c, e, "primary-colour");
			r->accent_colour = attr_str(c, e, "accent-colour");
			r->website = attr_str(c, e, "website");
		} else if (xml_is(e, "agreement")) {
			build_agreement(c, e);
		} else if (xml_is(e, "bodies")) {
			FOR_ELEMS(b, e)
				build_body(c, b);
		} else if (xml_is(e, "rules")) {
			FOR_ELEMS(rule, e)
				build_rule(c, rule);
		}
	}
}
