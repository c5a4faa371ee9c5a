/* resolve: turns noted references into pointers and computes the links
 * every reader needs (see internal.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "query.h"

const char *const model_id_kind_names[] = {
	"body", "person", "member", "URN", "party", "clause", "meeting", "item",
	"action", "decision", "academic year", "term", "half-term", "financial year",
	"fund", "commitment", "budget line", "income", "expenditure", "CEO decision",
	"grant", "credit", "measure", "objective", "priority", "milestone", "activity",
	"change"
};

static void report_unknown(diag_t *d, const idmap_t *map, const char *what,
                           const char *id, model_pos_t pos, const char *attr)
{
	const char *near = idmap_nearest(map, id);
	if (near)
		model_report(d, pos.file, pos.line, pos.col, MODEL_MSG_UNKNOWN_ID_NEAR, what, id, attr,
		             near);
	else if (idmap_len(map) == 0)
		model_report(d, pos.file, pos.line, pos.col, MODEL_MSG_UNKNOWN_ID_NONE, what, id, attr,
		             what);
	else
		model_report(d, pos.file, pos.line, pos.col, MODEL_MSG_UNKNOWN_ID, what, id, attr, what);
}

static void resolve_refs(model_t *m, diag_t *d)
{
	for (size_t i = 0; i < m->nrefs; i++) {
		const model_ref_t *r = &m->refs[i];
		void *obj = idmap_get(m->ids[r->kind], r->id);
		if (obj == NULL)
			report_unknown(d, m->ids[r->kind], model_id_kind_names[r->kind], r->id,
			               r->pos, r->attr);
		else if (r->slot)
			memcpy(r->slot, &obj, sizeof obj);   /* slot is a T* of the right type */
	}
}

/* A seat id means something only within its body. */
static void resolve_seat(model_t *m, model_holding_t *h, diag_t *d)
{
	if (h->body == NULL || h->seat_id == NULL)
		return;
	h->seat = (model_seat_t *)model_seat_find(h->body, h->seat_id);
	if (h->seat) {
		ARENA_PUSH(m->arena, h->body->holdings, h->body->nholdings, h);
		return;
	}
	const char *near = NULL;
	size_t best = (size_t)-1;
	for (size_t i = 0; i < h->body->nseats; i++) {
		size_t dist = idmap_distance(h->seat_id, h->body->seats[i]->id);
		if (dist < best && dist <= 2 + strlen(h->seat_id) / 3) {
			best = dist;
			near = h->body->seats[i]->id;
		}
	}
	if (near)
		model_report(d, h->pos.file, h->pos.line, h->pos.col, MODEL_MSG_UNKNOWN_SEAT_NEAR,
		             h->body->id, h->seat_id, near);
	else
		model_report(d, h->pos.file, h->pos.line, h->pos.col, MODEL_MSG_UNKNOWN_SEAT,
		             h->body->id, h->seat_id);
}

static int meeting_cmp(const void *pa, const void *pb)
{
	const model_meeting_t *a = *(model_meeting_t *const *)pa;
	const model_meeting_t *b = *(model_meeting_t *const *)pb;
	int c = date_cmp(a->date, b->date);
	if (c == 0)
		c = strcmp(a->start, b->start);
	return c ? c : strcmp(a->id, b->id);
}

static int holding_cmp(const void *pa, const void *pb)
{
	const model_holding_t *a = *(model_holding_t *const *)pa;
	const model_holding_t *b = *(model_holding_t *const *)pb;
	int c = strcmp(a->seat_id, b->seat_id);
	if (c == 0)
		c = date_cmp(a->from, b->from);
	return c ? c : strcmp(a->person->id, b->person->id);
}

/* "25/26" for the academic year holding the meeting. */
static void year_label(const model_meeting_t *mt, char out[8])
{
	int y = mt->date.m >= 9 ? mt->date.y : mt->date.y - 1;
	if (mt->year)
		y = mt->year->start.y;
	snprintf(out, 8, "%02u/%02u", (unsigned)y % 100u, (unsigned)(y + 1) % 100u);
}

/* Minute numbers run per body and academic year over held meetings, in
 * date order: "EB 25/26-001", "EB 25/26-002", ... */
static void number_minutes(model_t *m, model_body_t *b)
{
	char label[8] = "", prev[8] = "";
	unsigned n = 0;
	for (size_t i = 0; i < b->nmeetings; i++) {
		model_meeting_t *mt = b->meetings[i];
		if (mt->status != MODEL_MEETING_HELD)
			continue;
		year_label(mt, label);
		if (strcmp(label, prev) != 0)
			n = 0;
		memcpy(prev, label, sizeof prev);
		for (size_t j = 0; j < mt->nitems; j++) {
			model_item_t *it = mt->items[j];
			char buf[96];
			snprintf(buf, sizeof buf, "%s %s-%03u", b->short_name, label, ++n);
			if (!it->minute_given)
				it->minute = arena_strdup(m->arena, buf);
		}
	}
}

static int meeting_pos_cmp(const void *pa, const void *pb)
{
	const model_meeting_t *a = *(model_meeting_t *const *)pa;
	const model_meeting_t *b = *(model_meeting_t *const *)pb;
	int c = strcmp(a->pos.file, b->pos.file);
	if (c == 0 && a->pos.line != b->pos.line)
		c = a->pos.line < b->pos.line ? -1 : 1;
	return c ? c : meeting_cmp(pa, pb);
}

/* The meetings by where they are written, for model_meeting_at(). */
static void index_meeting_positions(model_t *m)
{
	const model_records_t *r = &m->r;
	for (size_t i = 0; i < r->nmeetings; i++)
		if (r->meetings[i]->pos.file)
			ARENA_PUSH(m->arena, m->meetings_by_pos, m->nmeetings_by_pos, r->meetings[i]);
	if (m->nmeetings_by_pos > 1)
		qsort(m->meetings_by_pos, m->nmeetings_by_pos, sizeof *m->meetings_by_pos,
		      meeting_pos_cmp);
}

/* What an item approves and ratifies (meetings are in date order). */
static void link_item(model_item_t *it)
{
	for (size_t k = 0; k < it->napprovals; k++) {
		model_meeting_t *target = it->approvals[k]->meeting;
		if (target && target->approved_by == NULL)
			target->approved_by = it;
	}
	for (size_t k = 0; k < it->nratifications; k++) {
		model_decision_t *dc = it->ratifications[k]->decision;
		if (dc && dc->ratified_by == NULL)
			dc->ratified_by = it;
	}
}

static void link_meetings(model_t *m, diag_t *d)
{
	model_records_t *r = &m->r;
	if (r->nmeetings > 1)
		qsort(r->meetings, r->nmeetings, sizeof *r->meetings, meeting_cmp);
	for (size_t i = 0; i < r->nmeetings; i++) {
		model_meeting_t *mt = r->meetings[i];
		mt->half_term = (model_half_term_t *)model_half_term_at(m, mt->date);
		mt->term = (model_term_t *)model_term_at(m, mt->date);
		mt->year = (model_academic_year_t *)model_academic_year_at(m, mt->date);
		if (mt->body)
			ARENA_PUSH(m->arena, mt->body->meetings, mt->body->nmeetings, mt);
		for (size_t j = 0; j < mt->ndeclarations; j++) {
			model_declaration_t *dc = mt->declarations[j];
			if (dc->item && dc->item->meeting != mt)
				model_report(d, dc->pos.file, dc->pos.line, dc->pos.col,
				             MODEL_MSG_ITEM_OTHER_MEETING, dc->item_id,
				             dc->item->meeting->id, mt->id);
		}
		for (size_t j = 0; j < mt->nitems; j++)
			link_item(mt->items[j]);
	}
	for (size_t i = 0; i < r->nbodies; i++)
		number_minutes(m, r->bodies[i]);
	index_meeting_positions(m);
}

/* Each body's offices, and the partnership's, so that finding who holds
 * an office looks at that body's few offices, not at every person's. */
static void index_offices(model_t *m)
{
	model_records_t *r = &m->r;
	for (size_t i = 0; i < r->npeople; i++)
		for (size_t j = 0; j < r->people[i]->noffices; j++) {
			model_office_t *o = r->people[i]->offices[j];
			if (o->body)
				ARENA_PUSH(m->arena, o->body->offices, o->body->noffices, o);
			else
				ARENA_PUSH(m->arena, m->offices, m->noffices, o);
		}
}

/* Each member's returns to the annual reviews, from the registers. */
static void link_returns(model_t *m)
{
	model_records_t *r = &m->r;
	for (size_t i = 0; i < r->nreviews; i++)
		for (size_t j = 0; j < r->reviews[i]->nreturns; j++) {
			model_return_t *ret = r->reviews[i]->returns[j];
			if (ret->member)
				ARENA_PUSH(m->arena, ret->member->returns, ret->member->nreturns, ret);
		}
}

/* The one commitment that pays into fund f from the income's giver (any
 * giver when either is unnamed); NULL when none or several do. */
static model_commitment_t *fund_commitment(const model_records_t *r, const model_income_t *x)
{
	model_commitment_t *found = NULL;
	for (size_t i = 0; i < r->ncommitments; i++) {
		model_commitment_t *c = r->commitments[i];
		if (c->fund != x->fund)
			continue;
		if (c->from && x->from && c->from != x->from)
			continue;
		if (found)
			return NULL;
		found = c;
	}
	return found;
}

/* Income paid into a fund is received against the commitment that
 * finances the fund, when one does: the example's £10,000 from the council
 * for the Challenge Fund was "other income (not against a commitment)"
 * while the Challenge Fund commitment showed nothing received. */
static void link_fund_income(model_t *m)
{
	model_records_t *r = &m->r;
	for (size_t i = 0; i < r->nincome; i++) {
		model_income_t *x = r->income[i];
		if (x->commitment == NULL && x->commitment_id == NULL && x->fund)
			x->commitment = fund_commitment(r, x);
	}
}

void model_resolve(model_t *m, diag_t *d)
{
	model_records_t *r = &m->r;
	resolve_refs(m, d);
	for (size_t i = 0; i < r->npeople; i++)
		for (size_t j = 0; j < r->people[i]->nholdings; j++)
			resolve_seat(m, r->people[i]->holdings[j], d);
	for (size_t i = 0; i < r->nbodies; i++) {
		model_body_t *b = r->bodies[i];
		if (b->nholdings > 1)
			qsort(b->holdings, b->nholdings, sizeof *b->holdings, holding_cmp);
	}
	link_meetings(m, d);
	index_offices(m);
	link_returns(m);
	link_fund_income(m);
}
