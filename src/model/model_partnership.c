/* model_partnership_read: partnership.xml into the model (see internal.h). */
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
	model_clause_t *cl = model_ctx_new(c, sizeof *cl);
	cl->pos = model_ctx_pos(c, n);
	cl->num = model_attr_str(c, n, "num");
	cl->title = model_attr_str(c, n, "title");
	cl->parent = parent;
	cl->depth = parent ? parent->depth + 1 : 0;
	ARENA_PUSH(c->a, ag->clauses, ag->nclauses, cl);
	/* A number used twice is the checker's finding (clause-duplicate):
	 * references go to the first clause of that number. */
	if (cl->num)
		idmap_put(c->m->ids[MODEL_ID_CLAUSE], cl->num, cl, cl->pos);
	MODEL_FOR_ELEMS(e, n) {
		model_block_t b;
		if (model_node_block(c, e, &b)) {
			/* b filled */
		} else if (model_xml_is(e, "definition")) {
			b.kind = MODEL_BLOCK_DEFINITION;
			b.pos = model_ctx_pos(c, e);
			b.term = model_attr_str(c, e, "term");
			b.text = model_node_text(c, e);
		} else if (model_xml_is(e, "clause")) {
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
	ag->pos = model_ctx_pos(c, n);
	model_ctx_fields(c, n, ag, &model_record_agreement);
	MODEL_FOR_ELEMS(e, n) {
		if (model_xml_is(e, "preamble")) {
			ag->preamble = model_node_prose(c, e);
		} else if (model_xml_is(e, "closing")) {
			ag->closing = model_node_prose(c, e);
		} else if (model_xml_is(e, "party")) {
			model_party_t *p = model_ctx_record(c, e, &model_record_party);
			ARENA_PUSH(c->a, ag->parties, ag->nparties, p);
		} else if (model_xml_is(e, "clause")) {
			ARENA_PUSH(c->a, ag->top, ag->ntop, build_clause(c, e, NULL));
		} else if (model_xml_is(e, "change")) {
			model_change_t *ch = model_ctx_record(c, e, &model_record_change);
			MODEL_FOR_ELEMS(s, e)
				ARENA_PUSH(c->a, ch->signatures, ch->nsignatures,
				           model_ctx_record(c, s, &model_record_signature));
			ARENA_PUSH(c->a, ag->changes, ag->nchanges, ch);
		}
	}
}

static void build_seat(model_ctx_t *c, model_body_t *b, xmlNode *n)
{
	model_seat_t *s = model_ctx_new(c, sizeof *s);
	s->pos = model_ctx_pos(c, n);
	s->body = b;
	s->id = model_attr_str(c, n, "id");
	s->role = model_attr_str(c, n, "role");
	s->is_min = model_attr_raw(n, "min") != NULL;
	s->count = model_attr_uint(c, n, s->is_min ? "min" : "count");
	s->per = model_attr_str(c, n, "per");
	s->nominated_by_id = model_attr_str(c, n, "nominated-by");
	s->voting = model_attr_yesno(n, "voting", 1);
	model_ctx_ref(c, MODEL_ID_MEMBER, s->nominated_by_id, &s->nominated_by, n, "nominated-by");
	model_ctx_clause_ref(c, n, &s->clause);
	for (size_t i = 0; i < b->nseats; i++)
		if (s->id && strcmp(b->seats[i]->id, s->id) == 0)
			model_ctx_report(c, n, MODEL_MSG_DUPLICATE_SEAT, s->id, b->id);
	ARENA_PUSH(c->a, b->seats, b->nseats, s);
}

/* "25" or "33.33" as hundredths of a percent. */
static unsigned percent_x100(model_ctx_t *c, xmlNode *n)
{
	const char *v = model_attr_raw(n, "percent");
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
		model_ctx_report(c, n, MODEL_MSG_PERCENT_OUT_OF_RANGE, v ? v : "");
	return x;
}

static void build_quorum(model_ctx_t *c, model_body_t *b, xmlNode *n)
{
	static const char *const kinds[] = { "", "fraction", "percentage", "fixed", NULL };
	model_quorum_t *q = &b->quorum;
	q->pos = model_ctx_pos(c, n);
	q->kind = model_attr_enum(n, "kind", kinds, MODEL_QUORUM_NONE);
	q->numerator = model_attr_uint(c, n, "numerator");
	q->denominator = model_attr_uint(c, n, "denominator");
	q->count = model_attr_uint(c, n, "count");
	if (q->kind == MODEL_QUORUM_PERCENTAGE)
		q->percent_x100 = percent_x100(c, n);
	if (q->kind == MODEL_QUORUM_FRACTION && q->numerator > q->denominator)
		model_ctx_report(c, n, MODEL_MSG_QUORUM_OVER_WHOLE, q->numerator, q->denominator);
	model_ctx_clause_ref(c, n, &q->clause);
}

static void build_meets(model_ctx_t *c, model_body_t *b, xmlNode *n)
{
	model_meets_t *mt = model_ctx_new(c, sizeof *mt);
	mt->pos = model_ctx_pos(c, n);
	mt->at_least = model_attr_uint(c, n, "at-least");
	mt->per = model_attr_enum(n, "per", model_period_names, MODEL_PERIOD_NONE);
	mt->relative = model_attr_enum(n, "relative", model_relative_names, MODEL_RELATIVE_NONE);
	mt->other_id = model_attr_str(c, n, "body");
	mt->within_days = model_attr_uint(c, n, "within-days");
	mt->in_term = model_attr_enum(n, "in-term", model_season_names, MODEL_SEASON_NONE);
	model_ctx_ref(c, MODEL_ID_BODY, mt->other_id, &mt->other, n, "body");
	model_ctx_clause_ref(c, n, &mt->clause);
	ARENA_PUSH(c->a, b->meets, b->nmeets, mt);
}

static void build_body(model_ctx_t *c, xmlNode *n)
{
	static const model_child_t body_children[] = {
		MODEL_CHILD(&model_record_report, model_body_t, reports, NULL),
	};
	model_records_t *r = &c->m->r;
	model_body_t *b = model_ctx_record(c, n, &model_record_body);
	if (date_is_set(b->from) && date_is_set(b->to) && date_cmp(b->from, b->to) > 0)
		model_ctx_report(c, n, MODEL_MSG_BODY_ENDS_EARLY, b->id);
	MODEL_FOR_ELEMS(e, n) {
		if (model_ctx_child(c, e, b, MODEL_ROWS(body_children)))
			continue;
		if (model_xml_is(e, "description"))
			b->description = model_node_prose(c, e);
		else if (model_xml_is(e, "seat"))
			build_seat(c, b, e);
		else if (model_xml_is(e, "quorum"))
			build_quorum(c, b, e);
		else if (model_xml_is(e, "meets"))
			build_meets(c, b, e);
		else if (model_xml_is(e, "term-of-office")) {
			b->term_years = model_attr_uint(c, e, "years");
			b->re_electable = model_attr_yesno(e, "re-electable", 1);
			b->term_pos = model_ctx_pos(c, e);
			model_ctx_clause_ref(c, e, &b->term_clause);
		}
	}
	ARENA_PUSH(c->a, r->bodies, r->nbodies, b);
}

static void build_rule(model_ctx_t *c, xmlNode *n)
{
	static const model_child_t rules[] = {
		MODEL_CHILD(&model_record_body_count, model_records_t, body_counts, NULL),
		MODEL_CHILD(&model_record_office_rule, model_records_t, office_rules, NULL),
		MODEL_CHILD(&model_record_notice_rule, model_records_t, notice_rules, NULL),
		MODEL_CHILD(&model_record_standing_item, model_records_t, standing_items, NULL),
	};
	if (model_ctx_child(c, n, &c->m->r, MODEL_ROWS(rules)))
		return;
	int k = -1;
	for (int i = 0; model_rule_names[i]; i++)
		if (model_xml_is(n, model_rule_names[i]))
			k = i;
	if (k < 0)
		return;
	model_rule_t *rule = &c->m->r.rules[k];
	if (rule->present)
		model_ctx_report(c, n, MODEL_MSG_RULE_TWICE, model_rule_names[k]);
	rule->present = 1;
	rule->kind = (model_rule_kind_t)k;
	rule->pos = model_ctx_pos(c, n);
	rule->months = model_attr_uint(c, n, k == MODEL_RULE_ANNUAL_REVIEW ? "month"
	                         : k == MODEL_RULE_ANNUAL_REPORT ? "within-months" : "months");
	if (k == MODEL_RULE_ANNUAL_REVIEW && (rule->months < 1 || rule->months > 12))
		model_ctx_report(c, n, MODEL_MSG_NOT_A_MONTH, rule->months);
	rule->office = model_attr_str(c, n, "office");
	rule->amount = model_attr_money(c, n, "amount", NULL, 0);
	rule->report_to_id = model_attr_str(c, n, "report-to");
	model_ctx_ref(c, MODEL_ID_BODY, rule->report_to_id, &rule->report_to, n, "report-to");
	const char *approve = model_attr_raw(n, "approve-at");
	rule->next_meeting = approve == NULL || strcmp(approve, "next-meeting") == 0;
	rule->requires_subscription = model_attr_yesno(n, "requires-subscription", 0);
	rule->requires_mou = model_attr_yesno(n, "requires-mou", 0);
	model_ctx_clause_ref(c, n, &rule->clause);
}

static void build_fy_start(model_ctx_t *c, xmlNode *n)
{
	model_records_t *r = &c->m->r;
	const char *v = model_attr_raw(n, "fy-start");
	r->fy_start_month = 4;
	r->fy_start_day = 1;
	if (v == NULL)
		return;
	int mo = 0, dy = 0;
	if (sscanf(v, "%2d-%2d", &mo, &dy) != 2 || dy < 1 || dy > date_days_in_month(2001, mo)) {
		model_ctx_report(c, n, MODEL_MSG_NOT_A_DAY_OF_YEAR, v);
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
 * model_ctx_folder_file()), so that no document shows a file from elsewhere. */
static void logo_check(model_ctx_t *c, const xmlNode *e, const char *logo)
{
	char *real = model_ctx_folder_file(c, e, "logo", logo, "image");
	if (real && (!paths_is_file(real) || !logo_is_image(real)))
		model_ctx_report(c, e, MODEL_MSG_LOGO_NOT_IMAGE, logo);
	free(real);
}

void model_partnership_read(model_ctx_t *c, xmlNode *root)
{
	model_records_t *r = &c->m->r;
	r->pos = model_ctx_pos(c, root);
	model_ctx_fields(c, root, r, &model_record_partnership);
	build_fy_start(c, root);
	MODEL_FOR_ELEMS(e, root) {
		if (model_xml_is(e, "address")) {
			r->address = model_node_text(c, e);
		} else if (model_xml_is(e, "branding")) {
			model_ctx_fields(c, e, r, &model_record_branding);
			if (r->logo)
				logo_check(c, e, r->logo);
		} else if (model_xml_is(e, "agreement")) {
			build_agreement(c, e);
		} else if (model_xml_is(e, "bodies")) {
			MODEL_FOR_ELEMS(b, e)
				build_body(c, b);
		} else if (model_xml_is(e, "rules")) {
			MODEL_FOR_ELEMS(rule, e)
				build_rule(c, rule);
		}
	}
}
