/* fo_table: see fo_table.h. */
#include "fo_table.h"
#include "fo_extra.h"
#include "fo_marker.h"
#include "fo_page.h"

#include <stdatomic.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"

struct fo_table_rep {
	atomic_int refs;         /* atomic: see fo_blk_t */
	fo_row_t **head, **foot;
	size_t nhead, nfoot;
	double head_h, foot_h;
	int omit_head, omit_foot;
	fo_blk_t *blk;           /* the table's area */
	const fo_node_t *table;
};

/* ---------- rows ---------- */

fo_row_t *fo_row_new(void)
{
	fo_row_t *r = xcalloc(1, sizeof *r);
	r->refs = 1;
	return r;
}

fo_row_t *fo_row_ref(fo_row_t *r)
{
	if (r)
		r->refs++;
	return r;
}

static void rep_unref(fo_table_rep_t *rep);

void fo_row_unref(fo_row_t *r)
{
	if (r == NULL || --r->refs > 0)
		return;
	for (size_t i = 0; i < r->ncells; i++) {
		fo_itemq_free(&r->cells[i].items);
		free(r->cells[i].y);
		free(r->cells[i].cut_at);
	}
	free(r->cells);
	free(r->cut_end);
	free(r->cut_start);
	free(r->cut_forced);
	free(r->cut_keep);
	rep_unref(r->rep);
	free(r);
}

static void rep_unref(fo_table_rep_t *rep)
{
	if (rep == NULL || --rep->refs > 0)
		return;
	for (size_t i = 0; i < rep->nhead; i++)
		fo_row_unref(rep->head[i]);
	for (size_t i = 0; i < rep->nfoot; i++)
		fo_row_unref(rep->foot[i]);
	free(rep->head);
	free(rep->foot);
	fo_blk_unref(rep->blk);
	free(rep);
}

/* The height of a laid-out item list and each item's top. */
static double items_height(const fo_itemq_t *q, double *y)
{
	fo_items_place(q->v, q->len, y);
	if (q->len == 0)
		return 0;
	const fo_item_t *last = &q->v[q->len - 1];
	double h = y[q->len - 1];
	if (fo_item_is_box(last->kind))
		h += last->h;
	else if (last->kind == FO_IT_GLUE)
		h += last->h;
	return h;
}

/* The first child of n of kind a or b, or NULL. */
static const fo_node_t *first_of(const fo_node_t *n, fo_kind_t a, fo_kind_t b)
{
	const fo_node_t *k = n ? n->first : NULL;
	while (k && k->kind != a && k->kind != b)
		k = k->next;
	return k;
}

static int is_section(const fo_node_t *n)
{
	return n && (n->kind == FO_K_TABLE_BODY || n->kind == FO_K_TABLE_HEADER ||
	             n->kind == FO_K_TABLE_FOOTER);
}

/* What starts with cell n: *row, its row when n is the row's first cell
 * (else NULL), and the section returned when that row (or n) begins it
 * (else NULL).  FOP registers their ids and markers with the cell's. */
static const fo_node_t *cell_leads(const fo_node_t *n, const fo_node_t **row)
{
	const fo_node_t *up = n->parent, *r = n;
	*row = NULL;
	if (up && up->kind == FO_K_TABLE_ROW) {
		r = up;
		up = up->parent;
		if (first_of(r, FO_K_TABLE_CELL, FO_K_TABLE_CELL) != n)
			return NULL;
		*row = r;
	}
	return is_section(up) && first_of(up, FO_K_TABLE_ROW, FO_K_TABLE_CELL) == r ? up : NULL;
}

/* Appends to *list the markers of cell n and of what starts with it. */
static void cell_markers(fo_extra_t **list, const fo_node_t *n)
{
	const fo_node_t *row, *sec = cell_leads(n, &row);
	if (sec)
		fo_markers_of_block(list, sec);
	if (row)
		fo_markers_of_block(list, row);
	fo_markers_of_block(list, n);
}

fo_cell_t *fo_row_add_cell(fo_row_t *r, const fo_node_t *node, const fo_gen_env_t *env)
{
	r->cells = xgrow(r->cells, &r->cap, r->ncells + 1, sizeof *r->cells);
	fo_cell_t *c = &r->cells[r->ncells++];
	memset(c, 0, sizeof *c);
	c->node = node;
	fo_gen_t *g = fo_gen_new(node, env);
	while (fo_gen_step(g, &c->items))
		;
	fo_gen_free(g);
	fo_extra_t *own = NULL;
	cell_markers(&own, node);
	if (own && c->items.len > 0) {  /* before its content's */
		fo_extra_append(&own, c->items.v[0].extra);
		c->items.v[0].extra = own;
	} else if (own) {
		fo_item_t mark = { .kind = FO_IT_MARK, .extra = own };
		fo_itemq_push(&c->items, &mark);
	}
	c->y = xmalloc((c->items.len ? c->items.len : 1) * sizeof *c->y);
	c->content_h = items_height(&c->items, c->y);
	return c;
}

/* The ids of the cells' content, carried by the row's first item. */
static void id_push(fo_idmark_t **list, const char *id)
{
	fo_idmark_t *m = xcalloc(1, sizeof *m);
	m->id = id;
	m->next = *list;
	*list = m;
}

static fo_idmark_t *row_take_ids(fo_row_t *r)
{
	fo_idmark_t *all = NULL;
	for (size_t i = 0; i < r->ncells; i++) {
		/* The cell's own id, its row's and section's with their first cell. */
		const fo_node_t *n = r->cells[i].node, *row, *sec = cell_leads(n, &row);
		if (n->id)
			id_push(&all, n->id);
		if (row && row->id)
			id_push(&all, row->id);
		if (sec && sec->id)
			id_push(&all, sec->id);
		fo_itemq_t *q = &r->cells[i].items;
		for (size_t k = 0; k < q->len; k++) {
			while (q->v[k].ids) {
				fo_idmark_t *m = q->v[k].ids;
				q->v[k].ids = m->next;
				m->next = all;
				all = m;
			}
		}
	}
	return all;
}

/* The footnotes cited and markers started in the cells travel with the
 * row's first item (the page keeps room for the notes; links stay on
 * their lines, drawn with them). */
static fo_extra_t *row_take_extras(fo_row_t *r)
{
	const unsigned kinds = 1u << FO_EX_FOOTNOTE | 1u << FO_EX_MARKER | 1u << FO_EX_FLOAT_BEFORE;
	fo_extra_t *all = NULL;
	for (size_t i = 0; i < r->ncells; i++) {
		fo_itemq_t *q = &r->cells[i].items;
		for (size_t k = 0; k < q->len; k++)
			fo_extra_append(&all, fo_extras_take(&q->v[k].extra, kinds));
	}
	return all;
}

/* ---------- rows: where they break (FOP's TableStepper) ---------- */

static int near(double a, double b)
{
	return a > b - 0.001 && a < b + 0.001;
}

/* Where cell c's content starts in the row. */
static double cell_org(const fo_cell_t *c)
{
	return c->top + c->inset[FO_SIDE_BEFORE];
}

/* The box of cell c's items after which the page may break, from k on:
 * the index of the BREAK after it (past marks) in *j, or q->len. */
static size_t cell_next_break(const fo_itemq_t *q, size_t k, size_t *j)
{
	for (; k + 1 < q->len; k++) {
		if (!fo_item_is_box(q->v[k].kind))
			continue;
		size_t b = k + 1;
		while (b < q->len && q->v[b].kind == FO_IT_MARK)
			b++;
		if (b < q->len && q->v[b].kind == FO_IT_BREAK &&
		    (q->v[b].keep < FO_KEEP_ALWAYS || q->v[b].forced != FO_BREAK_AUTO)) {
			*j = b;
			return k;
		}
	}
	return q->len;
}

/* The bottom (row coordinates) of box k of cell c. */
static double cell_box_end(const fo_cell_t *c, size_t k)
{
	return cell_org(c) + c->y[k] + c->items.v[k].h;
}

/* The step of a break after box k of cell c: a break within the height
 * the cell or its row asks for takes all of it (FOP's FillerPenalty in
 * ActiveCell.handleExplicitHeight()), so such a cell breaks only where
 * that height fits. */
static double cell_break_step(const fo_cell_t *c, size_t k)
{
	double end = cell_box_end(c, k), least = cell_org(c) + c->least;
	return (end > least ? end : least) + c->trail;
}

/* The least step at which cell c gives some content: its first break,
 * or all of it, with what it keeps after it at a break (FOP's
 * ActiveCell.getFirstStep()). */
static double cell_first_step(const fo_cell_t *c)
{
	size_t j = 0, k = cell_next_break(&c->items, 0, &j);
	return k < c->items.len ? cell_break_step(c, k) : cell_org(c) + c->content_h + c->trail;
}

/* Each cell's row's first step (row_first): some content of every cell
 * starting there (TableStepper.computeRowFirstStep()); before it, the
 * row's cells give nothing.  Cells come in row order. */
static void row_firsts(fo_row_t *r)
{
	for (size_t i = 0, j; i < r->ncells; i = j) {
		double f = 0;
		for (j = i; j < r->ncells && near(r->cells[j].top, r->cells[i].top); j++)
			if (cell_first_step(&r->cells[j]) > f)
				f = cell_first_step(&r->cells[j]);
		for (size_t k = i; k < j; k++)
			r->cells[k].row_first = f;
	}
}

/* Does some cell have a break inside its content? */
static int row_may_break(const fo_row_t *r)
{
	size_t j = 0;
	for (size_t i = 0; i < r->ncells; i++)
		if (cell_next_break(&r->cells[i].items, 0, &j) < r->cells[i].items.len)
			return 1;
	return 0;
}

/* Half the border separation around the cells (separate borders). */
static double row_gap(const fo_row_t *r)
{
	double g = r->ncells ? r->cells[0].top : 0;
	for (size_t i = 1; i < r->ncells; i++)
		g = r->cells[i].top < g ? r->cells[i].top : g;
	return g;
}

/* Where cell c may stop at a step s (row coordinates): the bottom of its
 * last box with a break allowed after it that fits with what it keeps
 * there (*keep and *forced: that break's), its content's top when none or
 * before its row's first step, the cell's bottom when all of it fits.
 * FOP's cells each keep their content until their own break
 * (ActiveCell), and a step weighs as the strongest of the cells' breaks
 * there (TableStepper). */
static double cell_stop(const fo_cell_t *c, double s, int *keep, int *forced)
{
	const fo_itemq_t *q = &c->items;
	double at = cell_org(c);
	*keep = 0;
	*forced = FO_BREAK_AUTO;
	if (s < c->row_first - 0.001)
		return at;
	if (at + c->content_h + c->trail <= s + 0.001)
		return c->top + c->h;
	size_t j = 0;
	for (size_t k = cell_next_break(q, 0, &j); k < q->len; k = cell_next_break(q, k + 1, &j)) {
		if (cell_break_step(c, k) > s + 0.001)
			break;
		at = cell_box_end(c, k);
		*forced = q->v[j].forced;
		*keep = *forced != FO_BREAK_AUTO ? 0 : q->v[j].keep;
	}
	return at;
}

/* The top (row coordinates) of cell c's first box below at, or -1. */
static double cell_resume(const fo_cell_t *c, double at)
{
	const fo_itemq_t *q = &c->items;
	for (size_t k = 0; k < q->len; k++)
		if (fo_item_is_box(q->v[k].kind) && cell_box_end(c, k) > at + 0.001)
			return cell_org(c) + c->y[k];
	return -1;
}

static int dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static void steps_push(double **v, size_t *n, size_t *cap, double s)
{
	*v = xgrow(*v, cap, *n + 1, sizeof **v);
	(*v)[(*n)++] = s;
}

/* The steps of a row group, sorted, once each, inside the group: every
 * cell's breaks from its row's first step on and its content's end, the
 * rows' first steps and the ends of the rows inside the group. */
static size_t row_steps(const fo_row_t *r, double **out)
{
	double *v = NULL, gap = row_gap(r), first = r->h;
	size_t n = 0, cap = 0;
	for (size_t ci = 0; ci < r->ncells; ci++) {
		const fo_cell_t *c = &r->cells[ci];
		double f = c->row_first;
		first = f < first ? f : first;
		steps_push(&v, &n, &cap, f);
		steps_push(&v, &n, &cap, c->top + c->h + gap);
		steps_push(&v, &n, &cap, cell_org(c) + c->content_h + c->trail);
		size_t j = 0;
		for (size_t k = cell_next_break(&c->items, 0, &j); k < c->items.len;
		     k = cell_next_break(&c->items, k + 1, &j))
			if (cell_break_step(c, k) >= f - 0.001)
				steps_push(&v, &n, &cap, cell_break_step(c, k));
	}
	qsort(v, n, sizeof *v, dbl_cmp);
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (v[i] > 0.001 && v[i] >= first - 0.001 && v[i] < r->h - 0.001 &&
		    (m == 0 || !near(v[m - 1], v[i])))
			v[m++] = v[i];
	*out = v;
	return m;
}

/* The row of the group in which step s falls: the top of the last row
 * whose first step is at or above s, and its bottom (*bottom). */
static double row_active(const fo_row_t *r, double s, double *bottom)
{
	double top = 0, gap = row_gap(r);
	*bottom = r->h;
	for (size_t i = 0; i < r->ncells; i++) {
		const fo_cell_t *c = &r->cells[i];
		if (c->top > top + 0.001 && c->row_first <= s + 0.001)
			top = c->top;
	}
	for (size_t i = 0; i < r->ncells; i++) {
		const fo_cell_t *c = &r->cells[i];
		if (near(c->top, top) && c->top + c->h + gap < *bottom)
			*bottom = c->top + c->h + gap;
	}
	return top;
}

/* Does every cell ending at bottom, the end of a step's row, end at the
 * step (stop[i]: cell i's stop)?  Then FOP makes the step the row's end
 * (TableStepper.considerRowLastStep()). */
static int row_finishes(const fo_row_t *r, double bottom, const double *stop)
{
	double gap = row_gap(r);
	for (size_t i = 0; i < r->ncells; i++) {
		const fo_cell_t *c = &r->cells[i];
		if (near(c->top + c->h + gap, bottom) && stop[i] < c->top + c->h - 0.001)
			return 0;
	}
	return 1;
}

/* Where the rest of the group starts after a break at step s, as FOP
 * counts it (TableStepper.getMaxRemainingHeight()): each cell's rest (its
 * retained border and padding, its content below its stop, its after
 * border and padding) starts at the top of the next page, so the rest is
 * as tall as the tallest of them, and no shorter than the rows below. */
static double row_resume(const fo_row_t *r, double s, const double *stop)
{
	double bottom, gap = row_gap(r);
	row_active(r, s, &bottom);
	double at = bottom;
	for (size_t i = 0; i < r->ncells; i++) {
		const fo_cell_t *c = &r->cells[i];
		double next = cell_resume(c, stop[i]);
		if (next < 0 || stop[i] <= cell_org(c) + 0.001)
			continue;
		double rest = c->lead + cell_org(c) + c->content_h - next + c->inset[FO_SIDE_AFTER];
		if (c->top + c->h + gap - rest < at)
			at = c->top + c->h + gap - rest;
	}
	return at;
}

static void row_cut_add(fo_row_t *r, size_t *n, size_t cap[4], double end, double start,
                        int forced, int keep)
{
	r->cut_end = xgrow(r->cut_end, &cap[0], *n + 1, sizeof *r->cut_end);
	r->cut_start = xgrow(r->cut_start, &cap[1], *n + 1, sizeof *r->cut_start);
	r->cut_forced = xgrow(r->cut_forced, &cap[2], *n + 1, sizeof *r->cut_forced);
	r->cut_keep = xgrow(r->cut_keep, &cap[3], *n + 1, sizeof *r->cut_keep);
	r->cut_end[*n] = end;
	r->cut_start[*n] = start;
	r->cut_forced[*n] = forced;
	r->cut_keep[*n] = keep;
	(*n)++;
}

/* The cells' stops at step s (stop[i], cell i's) and the step's keep and
 * forced break, from the cells breaking there. */
static void row_stops(const fo_row_t *r, double s, double *stop, int *keep, int *forced)
{
	*keep = 0;
	*forced = FO_BREAK_AUTO;
	for (size_t i = 0; i < r->ncells; i++) {
		const fo_cell_t *c = &r->cells[i];
		int k, f;
		stop[i] = cell_stop(c, s, &k, &f);
		*keep = k > *keep ? k : *keep;
		if (f != FO_BREAK_AUTO && near(stop[i] + c->trail, s))
			*forced = f;
	}
}

/* Where a row group may break: at FOP's steps (row_steps()) but those
 * at which the row ends.  Cut i ends a slice at cut_end[i]; the rest
 * starts at cut_start[i] (row_resume()); each cell's part ends at its
 * cut_at[i]; cut_forced[i] and cut_keep[i] are the break's.  Returns the
 * count. */
static size_t row_breaks(fo_row_t *r)
{
	if (!row_may_break(r))
		return 0;
	row_firsts(r);
	double *steps, *stop = xmalloc((r->ncells ? r->ncells : 1) * sizeof *stop);
	size_t nsteps = row_steps(r, &steps), n = 0, cap[4] = { 0, 0, 0, 0 };
	for (size_t i = 0; i < r->ncells; i++)
		r->cells[i].cut_at = xmalloc((nsteps ? nsteps : 1) * sizeof *r->cells[i].cut_at);
	for (size_t k = 0; k < nsteps; k++) {
		int keep, forced;
		double bottom;
		row_active(r, steps[k], &bottom);
		row_stops(r, steps[k], stop, &keep, &forced);
		if (row_finishes(r, bottom, stop) && !near(steps[k], bottom))
			continue;
		for (size_t i = 0; i < r->ncells; i++)
			r->cells[i].cut_at[n] = stop[i];
		row_cut_add(r, &n, cap, steps[k], row_resume(r, steps[k], stop), forced, keep);
	}
	free(steps);
	free(stop);
	return n;
}

/* Where cell c's part ends at cut i (row coordinates). */
static double cell_cut_end(const fo_row_t *r, const fo_cell_t *c, size_t i)
{
	return c->cut_at ? c->cut_at[i] : r->cut_end[i];
}

static void row_box(fo_gen_t *g, fo_itemq_t *q, fo_row_t *r, size_t slice, int keep,
                    int break_in_body, fo_idmark_t **ids, fo_extra_t **extras)
{
	size_t n0 = q->len;
	double from = slice > 0 ? r->cut_start[slice - 1] : 0;
	double to = slice < r->ncuts ? r->cut_end[slice] : r->h;
	fo_item_t it = { .kind = FO_IT_ROW, .h = to - from, .row = fo_row_ref(r), .from = from,
	                 .line = (int)slice, .blk = fo_blk_ref(fo_gen_blk(g)) };
	fo_gen_box(g, q, &it, keep);
	/* The box got the ids starting with it; the cells' ids join them. */
	fo_idmark_t **tail = &q->v[q->len - 1].ids;
	while (*tail)
		tail = &(*tail)->next;
	*tail = *ids;
	*ids = NULL;
	fo_extra_append(&q->v[q->len - 1].extra, *extras);
	*extras = NULL;
	if (!break_in_body || r->rep == NULL)
		return;
	for (size_t i = n0; i < q->len; i++)
		if (q->v[i].kind == FO_IT_BREAK && q->v[i].row == NULL)
			q->v[i].row = fo_row_ref(r);
}

/* The space between two slices, after the break before the last item
 * (FOP's glue after its penalty): dropped where the page breaks, negative
 * where a cell's rest is taller than the row below the cut. */
static void glue_before_last(fo_itemq_t *q, double h)
{
	if (near(h, 0))
		return;
	fo_item_t glue = { .kind = FO_IT_GLUE, .h = h };
	fo_itemq_push(q, &glue);
	fo_item_t box = q->v[q->len - 2];
	q->v[q->len - 2] = q->v[q->len - 1];
	q->v[q->len - 1] = box;
}

void fo_row_emit(fo_gen_t *g, fo_itemq_t *q, fo_row_t *r, int keep, int inner,
                 int lead_in_body)
{
	fo_idmark_t *ids = row_take_ids(r);
	fo_extra_t *extras = row_take_extras(r);
	/* Made once: a header or footer row (see rep_new()) is emitted again
	 * for every page while the drawing thread draws the pages before. */
	if (!r->cuts_made) {
		r->ncuts = inner >= FO_KEEP_ALWAYS ? 0 : row_breaks(r);
		r->cuts_made = 1;
	}
	for (size_t i = 0; i <= r->ncuts; i++) {
		int k = i == 0 ? keep : r->cut_keep[i - 1] > inner ? r->cut_keep[i - 1] : inner;
		if (i > 0)
			fo_gen_force(g, r->cut_forced[i - 1]);
		row_box(g, q, r, i, k, i == 0 ? lead_in_body : 1, &ids, &extras);
		if (i > 0)
			glue_before_last(q, r->cut_start[i - 1] - r->cut_end[i - 1]);
	}
}

/* ---------- drawing ---------- */

static void cell_deco_draw(fo_pdf_t *pdf, const fo_cell_t *c, double x, double top, double h,
                           int first, int last, int collapse)
{
	const fo_style_t *st = c->node->style;
	/* A row's or a section's background shows behind cells without one. */
	const fo_node_t *n = c->node;
	while (st->background.a <= 0 && n->parent && n->parent->kind != FO_K_TABLE) {
		n = n->parent;
		st = n->style;
	}
	double off = collapse ? 0.5 : 0;
	const fo_border_t *b = c->border;
	double wb = first ? b[FO_SIDE_BEFORE].width : 0, wa = last ? b[FO_SIDE_AFTER].width : 0;
	double ws = b[FO_SIDE_START].width, we = b[FO_SIDE_END].width;
	if (st->background.a > 0)
		fo_pdf_fill(pdf, x, top, c->w, h, &st->background);
	if (wb > 0)
		fo_pdf_border(pdf, &b[FO_SIDE_BEFORE], x - ws * off, top - wb * off,
		              c->w + (ws + we) * off, wb);
	if (wa > 0)
		fo_pdf_border(pdf, &b[FO_SIDE_AFTER], x - ws * off, top + h - wa * (1 - off),
		              c->w + (ws + we) * off, wa);
	if (ws > 0)
		fo_pdf_border(pdf, &b[FO_SIDE_START], x - ws * off, top, ws, h);
	if (we > 0)
		fo_pdf_border(pdf, &b[FO_SIDE_END], x + c->w - we * (1 - off), top, we, h);
}

/* Is box a of q a slice of a nested row whose slice before it was drawn
 * (its bottom below prev_lo) by the slices just above on the page? */
static int nested_continues(const fo_itemq_t *q, const double *y, size_t a, double prev_lo)
{
	size_t p = a;
	while (p > 0 && !fo_item_is_box(q->v[p - 1].kind))
		p--;
	if (p == 0 || q->v[a].kind != FO_IT_ROW)
		return 0;
	const fo_item_t *prev = &q->v[p - 1];
	return prev->kind == FO_IT_ROW && prev->row == q->v[a].row &&
	       y[p - 1] + prev->h > prev_lo + 0.001;
}

/* Where a cell's content is drawn in a slice, in content coordinates:
 * the boxes whose bottoms fall in (lo, hi], coordinate at at page
 * position top (less the cell's draw_shift).  The slices drawn one below
 * the other on the page begin at run; the boxes drawn by those above had
 * bottoms in (run_lo, lo]. */
typedef struct slice {
	double top, at, lo, hi, run, run_lo;
} slice_t;

static void cell_content_draw(fo_pdf_t *pdf, fo_cell_t *c, double ox, const slice_t *sl)
{
	const fo_itemq_t *q = &c->items;
	size_t a = q->len, b = 0;
	for (size_t k = 0; k < q->len; k++) {
		if (!fo_item_is_box(q->v[k].kind))
			continue;
		double bottom = c->y[k] + q->v[k].h;
		if (bottom > sl->lo + 0.001 && bottom <= sl->hi + 0.001) {
			if (a == q->len)
				a = k;
			b = k + 1;
		}
	}
	if (a >= b)
		return;
	while (a > 0 && q->v[a - 1].kind == FO_IT_MARK)
		a--;  /* what is drawn from the first box's top: floats beside it */
	/* After a break inside the row, a cell's rest starts at the page's
	 * top, below its retained border and padding, as in FOP (RowPainter);
	 * a box cut by the break moves down to the run's top, and what follows
	 * it in the cell with it. */
	if (c->draw_fresh)
		c->draw_shift = sl->run - c->y[a] + c->lead;
	else if (sl->run - c->y[a] > c->draw_shift)
		c->draw_shift = sl->run - c->y[a];
	c->draw_fresh = 0;
	double base = sl->at - c->draw_shift;
	double *y = xmalloc((b - a) * sizeof *y);
	for (size_t k = a; k < b; k++)
		y[k - a] = c->y[k] - base;
	/* A nested row continued from the slices above continues here too. */
	fo_row_t *nested = nested_continues(q, c->y, a, sl->run_lo) ? q->v[a].row : NULL;
	if (nested)
		nested->draw_cont = 1;
	fo_pdf_draw_items(pdf, q->v + a, y, b - a, ox + c->ox, sl->top, c->w);
	if (nested)
		nested->draw_cont = 0;
	free(y);
}

/* Does items[i], a slice, follow the slice before it on the same page?
 * Then the row's top is the slice's top less its start, and whatever
 * lies between the two slices (space, boxes of other cells cut there)
 * is drawn where it is in the row. */
static int slice_continues(const fo_item_t *items, size_t i, double prev_end)
{
	const fo_item_t *it = &items[i];
	if (it->row->draw_cont)
		return 1;
	while (i > 0 && !fo_item_is_box(items[i - 1].kind))
		i--;
	if (i == 0)
		return 0;
	const fo_item_t *p = &items[i - 1];
	return p->kind == FO_IT_ROW && p->row == it->row && p->from + p->h > prev_end - 0.001 &&
	       p->from + p->h < prev_end + 0.001;
}

/* The part of a cell's box in [s0, s1] (row coordinates) is drawn on the
 * page with the row's coordinate from at y.  Where the page breaks inside
 * the cell (brk: 1 above the part, 2 below it), its border there is drawn
 * when retained (border-*-width.conditionality). */
static void cell_slice_deco_draw(fo_pdf_t *pdf, const fo_cell_t *c, double x, double y,
                                 double from, double s0, double s1, int brk)
{
	double top = c->top > s0 ? c->top : s0, bottom = c->top + c->h < s1 ? c->top + c->h : s1;
	int first = top <= c->top + 0.001 || ((brk & 1) && c->border[FO_SIDE_BEFORE].retain);
	int last = bottom >= c->top + c->h - 0.001 || ((brk & 2) && c->border[FO_SIDE_AFTER].retain);
	if (bottom > top)
		cell_deco_draw(pdf, c, x, y + top - from, bottom - top, first, last, c->collapse);
}

/* The cells' backgrounds and borders of the slice it, its top at y, all
 * before any content: in one colour they go to cairo as one operation.
 * The slice's boxes are drawn from s0 down (row coordinates): a slice
 * continuing the one above also paints the space left between them. */
static void row_deco_draw(fo_pdf_t *pdf, const fo_item_t *it, double ox, double y, double s0,
                          int brk)
{
	const fo_row_t *r = it->row;
	int whole = it->from < 0.001 && it->h >= r->h - 0.001;
	fo_pdf_fills_begin(pdf);
	for (size_t k = 0; k < r->ncells; k++) {
		const fo_cell_t *c = &r->cells[k];
		if (!c->decorated)
			continue;
		if (whole)
			cell_deco_draw(pdf, c, ox + c->x, y + c->top, c->h, 1, 1, c->collapse);
		else
			cell_slice_deco_draw(pdf, c, ox + c->x, y, it->from, s0, it->from + it->h, brk);
	}
	fo_pdf_fills_end(pdf);
}

/* The last slice of items[i]'s row in the boxes that follow it on the
 * page of items[0..n). */
static size_t slice_run_end(const fo_item_t *items, size_t i, size_t n)
{
	size_t last = (size_t)items[i].line;
	for (size_t j = i + 1; j < n; j++) {
		if (!fo_item_is_box(items[j].kind))
			continue;
		if (items[j].kind != FO_IT_ROW || items[j].row != items[i].row)
			break;
		last = (size_t)items[j].line;
	}
	return last;
}

/* The space display-align leaves above the content of cell c. */
static double cell_align_shift(const fo_cell_t *c)
{
	double room = c->h - c->inset[FO_SIDE_BEFORE] - c->inset[FO_SIDE_AFTER] - c->content_h;
	return c->align == 1 ? room / 2 : c->align == 2 ? room : 0;
}

void fo_row_mirror(fo_pdf_t *pdf, const fo_item_t *it, double ox)
{
	const fo_row_t *r = it->row;
	if (r->ncells == 0)
		return;
	double x0 = r->cells[0].x, x1 = r->cells[0].x + r->cells[0].w;
	for (size_t k = 1; k < r->ncells; k++) {
		x0 = fmin(x0, r->cells[k].x);
		x1 = fmax(x1, r->cells[k].x + r->cells[k].w);
	}
	fo_pdf_mirror(pdf, it->blk->st->rtl, ox + x0, x1 - x0);
}

void fo_row_draw(fo_pdf_t *pdf, const fo_item_t *items, size_t i, size_t n, double ox, double y)
{
	const fo_item_t *it = &items[i];
	fo_row_t *r = it->row;
	int whole = it->from < 0.001 && it->h >= r->h - 0.001;
	int first = it->line == 0, last = (size_t)it->line >= r->ncuts;
	size_t cut = first ? r->ncuts : (size_t)it->line - 1;
	double prev_end = cut < r->ncuts ? r->cut_end[cut] : it->from;
	int cont = !first && slice_continues(items, i, prev_end);
	/* The slices drawn one below the other on this page so far start
	 * with slice draw_run (slice n + 1 starts at cut n). */
	if (!cont)
		r->draw_run = first ? 0 : cut + 1;
	double run = r->draw_run > 0 ? r->cut_start[r->draw_run - 1] : 0;
	size_t run_end = slice_run_end(items, i, n);
	int brk = (!first && !cont) | (run_end == (size_t)it->line && !last ? 2 : 0);
	row_deco_draw(pdf, it, ox, y, cont ? prev_end : it->from, brk);
	for (size_t k = 0; k < r->ncells; k++) {
		fo_cell_t *c = &r->cells[k];
		double ib = c->inset[FO_SIDE_BEFORE];
		double org = c->top + ib;  /* the content's top in the row */
		if (!cont) {
			/* A row all on the page: its cells' display-align holds. */
			c->draw_shift = first && !whole && run_end >= r->ncuts ? cell_align_shift(c) : 0;
			c->draw_fresh = !first && c->top < it->from - 0.001;
		}
		if (whole) {
			slice_t sl = { y + c->top + ib + cell_align_shift(c), 0, -1e9, 1e9, -1e9, -1e9 };
			cell_content_draw(pdf, c, ox, &sl);
			continue;
		}
		double run_lo = r->draw_run > 0 ? cell_cut_end(r, c, r->draw_run - 1) : -1e9;
		slice_t sl = { y, it->from - org, first ? -1e9 : cell_cut_end(r, c, cut) - org,
		               last ? 1e9 : cell_cut_end(r, c, first ? 0 : cut + 1) - org, run - org,
		               run_lo - org };
		cell_content_draw(pdf, c, ox, &sl);
	}
}

/* ---------- tables: columns ---------- */

typedef struct col {
	double pt, pct, prop;    /* column-width: length, percentage, proportional units */
	double x, w;
	const fo_node_t *node;
} col_t;

int fo_table_collapses(const fo_node_t *table)
{
	const char *v = fo_attr(table, "border-collapse");
	return v == NULL || strcmp(v, "separate") != 0;
}

/* proportional-column-width(n) replaced by "Kpt * (n)": the length of
 * v with K = unit points for each proportional unit. */
static int col_width_eval(const char *v, double unit, double font_size, fo_len_t *out)
{
	const char *name = "proportional-column-width", *f = strstr(v, name);
	char *t = xasprintf("%.*s%gpt * %s", (int)(f - v), v, unit, f + strlen(name));
	int rc = fo_len_parse(t, font_size, out);
	free(t);
	return rc;
}

/* An expression holding proportional-column-width() (XSL 1.1 7.28.1):
 * linear in the proportional units, so evaluated with a unit of 0pt (the
 * fixed part) and of 1pt (the fixed part plus the units). */
static void col_width_parse_expr(col_t *c, const char *v, double font_size)
{
	fo_len_t fixed, one;
	if (col_width_eval(v, 0, font_size, &fixed) < 0 || col_width_eval(v, 1, font_size, &one) < 0)
		return;
	c->prop = one.pt - fixed.pt;
	c->pt = fixed.pt;
	c->pct = fixed.pct;
	if (c->prop < 0)
		c->prop = 0;
}

static void col_width_parse(col_t *c, const char *v, double font_size)
{
	c->prop = 1;
	if (v == NULL || strcmp(v, "auto") == 0)
		return;
	const char *pcw = "proportional-column-width(";
	const char *close = strchr(v, ')');
	if (strncmp(v, pcw, strlen(pcw)) == 0 && close && close[1 + strspn(close + 1, " \t\r\n")] == '\0') {
		c->prop = atof(v + strlen(pcw));
		if (c->prop <= 0)
			c->prop = 1;
		return;
	}
	if (strstr(v, "proportional-column-width") != NULL) {
		col_width_parse_expr(c, v, font_size);
		return;
	}
	fo_len_t l;
	if (fo_len_parse(v, font_size, &l) == 0) {
		c->prop = 0;
		c->pt = l.pt;
		c->pct = l.pct;
	}
}

static col_t *cols_read(const fo_node_t *table, size_t *ncols)
{
	col_t *v = NULL;
	size_t n = 0, cap = 0;
	for (const fo_node_t *k = table->first; k; k = k->next) {
		if (k->kind != FO_K_TABLE_COLUMN)
			continue;
		const char *rep = fo_attr(k, "number-columns-repeated");
		int times = rep ? atoi(rep) : 1;
		const char *num = fo_attr(k, "column-number");
		if (num && atoi(num) > 0 && (size_t)atoi(num) - 1 > n)
			times += atoi(num) - 1 - (int)n;  /* columns skipped get defaults */
		for (int i = 0; i < times && n < 1000; i++) {
			v = xgrow(v, &cap, n + 1, sizeof *v);
			memset(&v[n], 0, sizeof v[n]);
			col_width_parse(&v[n], fo_attr(k, "column-width"), k->style->font_size);
			v[n].node = k;
			n++;
		}
	}
	*ncols = n;
	return v;
}

static void cols_place(col_t *c, size_t n, double x, double tw)
{
	double fixed = 0, units = 0;
	for (size_t i = 0; i < n; i++) {
		fixed += c[i].pt + c[i].pct * tw / 100;
		units += c[i].prop;
	}
	double rest = tw - fixed > 0 ? tw - fixed : 0;
	for (size_t i = 0; i < n; i++) {
		c[i].x = x;
		c[i].w = c[i].pt + c[i].pct * tw / 100 + (units > 0 ? rest * c[i].prop / units : 0);
		x += c[i].w;
	}
}

/* ---------- tables: the grid ---------- */

typedef struct gcell {
	const fo_node_t *node;
	size_t row, col;         /* in its section */
	int nrows, ncols;
} gcell_t;

typedef struct grow {
	const fo_node_t *node;   /* the fo:table-row, or NULL for loose cells */
	double min_h, h;
} grow_t;

typedef struct section {
	const fo_node_t *node;
	gcell_t *cells;
	size_t ncells, ccap;
	grow_t *rows;
	size_t nrows, rcap;
	size_t *owner;           /* nrows x ncols: index of the cell + 1, 0 free */
} section_t;

typedef struct table {
	const fo_node_t *node;
	fo_gen_t *g;
	const fo_gen_env_t *env;
	col_t *cols;
	size_t ncols;
	int collapse;
	double sep, vsep;        /* border-separation across and down (separate model) */
	section_t *secs;
	size_t nsecs, scap;
	size_t head, foot;       /* section indices, or (size_t)-1 */
} table_t;

static int attr_int(const fo_node_t *n, const char *name, int dflt)
{
	const char *v = fo_attr(n, name);
	int k = v ? atoi(v) : dflt;
	return k >= 1 ? (k > 1000 ? 1000 : k) : dflt;
}

static double attr_len(const fo_node_t *n, const char *name, double ref)
{
	const char *v = fo_attr(n, name);
	fo_len_t l;
	if (v == NULL || fo_len_parse(v, n->style->font_size, &l) < 0)
		return 0;
	return fo_len_resolve(l, ref);
}

/* The least block-progression-dimension a row or a cell asks for:
 * height, block-progression-dimension or its .minimum (0: auto). */
static double explicit_bpd(const fo_node_t *node)
{
	double h = attr_len(node, "height", 0);
	double bpd = attr_len(node, "block-progression-dimension", 0);
	double bpdmin = attr_len(node, "block-progression-dimension.minimum", 0);
	if (bpd > h) h = bpd;
	if (bpdmin > h) h = bpdmin;
	return h;
}

static void sec_add_row(section_t *s, const fo_node_t *node)
{
	s->rows = xgrow(s->rows, &s->rcap, s->nrows + 1, sizeof *s->rows);
	s->rows[s->nrows++] = (grow_t){ node, explicit_bpd(node), 0 };
}

static size_t *owner_at(section_t *s, size_t row, size_t col, size_t ncols)
{
	return &s->owner[row * ncols + col];
}

/* Places cells row by row, skipping columns taken by cells spanning
 * rows from above.  Columns the table does not declare are added. */
static void sec_cells_collect(table_t *t, section_t *s)
{
	for (const fo_node_t *k = s->node->first; k; k = k->next) {
		if (k->kind == FO_K_TABLE_ROW) {
			sec_add_row(s, k);
			for (const fo_node_t *c = k->first; c; c = c->next) {
				if (c->kind != FO_K_TABLE_CELL)
					continue;
				s->cells = xgrow(s->cells, &s->ccap, s->ncells + 1, sizeof *s->cells);
				s->cells[s->ncells++] = (gcell_t){ c, s->nrows - 1, 0,
					attr_int(c, "number-rows-spanned", 1),
					attr_int(c, "number-columns-spanned", 1) };
			}
		} else if (k->kind == FO_K_TABLE_CELL) {
			/* Loose cells: a row ends at ends-row or when the columns are full. */
			if (s->nrows == 0 || (fo_attr(k, "starts-row") && strcmp(fo_attr(k, "starts-row"), "true") == 0))
				sec_add_row(s, s->node);
			s->cells = xgrow(s->cells, &s->ccap, s->ncells + 1, sizeof *s->cells);
			s->cells[s->ncells++] = (gcell_t){ k, s->nrows - 1, 0,
				attr_int(k, "number-rows-spanned", 1),
				attr_int(k, "number-columns-spanned", 1) };
			const char *er = fo_attr(k, "ends-row");
			if (er && strcmp(er, "true") == 0 && k->next)
				sec_add_row(s, s->node);
		}
	}
	/* Rows spanned beyond the last row exist, empty. */
	for (size_t i = 0; i < s->ncells; i++)
		while (s->cells[i].row + (size_t)s->cells[i].nrows > s->nrows)
			sec_add_row(s, s->rows[s->nrows - 1].node);
	/* Columns the cells of each row take (spans from above aside). */
	size_t need = t->ncols, at = 0;
	for (size_t i = 0; i < s->ncells; i++) {
		if (i == 0 || s->cells[i].row != s->cells[i - 1].row)
			at = 0;
		const char *cn = fo_attr(s->cells[i].node, "column-number");
		if (cn && atoi(cn) > 0)
			at = (size_t)atoi(cn) - 1;
		at += (size_t)s->cells[i].ncols;
		if (at > need)
			need = at;
	}
	if (need > t->ncols) {
		size_t cap = t->ncols;
		t->cols = xgrow(t->cols, &cap, need, sizeof *t->cols);
		for (size_t i = t->ncols; i < need; i++) {
			memset(&t->cols[i], 0, sizeof t->cols[i]);
			t->cols[i].prop = 1;
		}
		t->ncols = need;
	}
}

/* Assigns columns; cells that do not fit in the row are left out. */
static void sec_cells_place(table_t *t, section_t *s)
{
	size_t nc = t->ncols ? t->ncols : 1;
	s->owner = xcalloc(s->nrows * nc, sizeof *s->owner);
	size_t row = (size_t)-1, col = 0;
	for (size_t i = 0; i < s->ncells; i++) {
		gcell_t *c = &s->cells[i];
		if (c->row != row) {
			row = c->row;
			col = 0;
		}
		const char *cn = fo_attr(c->node, "column-number");
		if (cn && atoi(cn) > 0)
			col = (size_t)atoi(cn) - 1;
		while (col < nc && *owner_at(s, row, col, nc))
			col++;
		if (col + (size_t)c->ncols > nc) {
			c->ncols = col < nc ? (int)(nc - col) : 0;
			if (c->ncols == 0) {
				c->node = NULL;
				continue;
			}
		}
		c->col = col;
		for (size_t r = row; r < row + (size_t)c->nrows && r < s->nrows; r++)
			for (size_t k = col; k < col + (size_t)c->ncols; k++)
				if (*owner_at(s, r, k, nc) == 0)
					*owner_at(s, r, k, nc) = i + 1;
		col += (size_t)c->ncols;
	}
}

/* ---------- tables: collapsing borders (XSL 1.1 6.7.10, CSS 2.1 17.6.2) ---------- */

static int style_rank(fo_border_style_t s)
{
	switch (s) {
	case FO_BORDER_DOUBLE: return 4;
	case FO_BORDER_SOLID: return 3;
	case FO_BORDER_DASHED: return 2;
	case FO_BORDER_DOTTED: return 1;
	default: return 0;
	}
}

/* The wider border wins, then the stronger style; on a tie the one
 * already chosen (from the higher-priority object) stays. */
static void border_compete(fo_border_t *best, const fo_border_t *b)
{
	if (b->width > best->width + 1e-9 ||
	    (b->width > best->width - 1e-9 && style_rank(b->style) > style_rank(best->style)))
		*best = *b;
}

static const fo_border_t *node_border(const fo_node_t *n, int side)
{
	return n ? &n->style->border[side] : NULL;
}

static void compete(fo_border_t *best, const fo_node_t *n, int side)
{
	if (n)
		border_compete(best, node_border(n, side));
}

static const fo_node_t *cell_at(const section_t *s, size_t row, size_t col, size_t nc)
{
	if (row >= s->nrows || col >= nc)
		return NULL;
	size_t o = s->owner[row * nc + col];
	return o ? s->cells[o - 1].node : NULL;
}

static void collapse_borders(const table_t *t, size_t si, const gcell_t *gc, fo_border_t out[FO_SIDES])
{
	const section_t *s = &t->secs[si];
	size_t nc = t->ncols, r0 = gc->row, r1 = gc->row + (size_t)gc->nrows - 1;
	size_t c0 = gc->col, c1 = gc->col + (size_t)gc->ncols - 1;
	const fo_node_t *row0 = s->rows[r0].node, *row1 = s->rows[r1 < s->nrows ? r1 : s->nrows - 1].node;
	if (row0 == s->node) row0 = NULL;
	if (row1 == s->node) row1 = NULL;
	for (int i = 0; i < FO_SIDES; i++)
		out[i] = gc->node->style->border[i];
	/* before */
	compete(&out[FO_SIDE_BEFORE], row0, FO_SIDE_BEFORE);
	if (r0 > 0) {
		compete(&out[FO_SIDE_BEFORE], cell_at(s, r0 - 1, c0, nc), FO_SIDE_AFTER);
		const fo_node_t *above = s->rows[r0 - 1].node;
		compete(&out[FO_SIDE_BEFORE], above == s->node ? NULL : above, FO_SIDE_AFTER);
	} else {
		compete(&out[FO_SIDE_BEFORE], s->node, FO_SIDE_BEFORE);
		if (si > 0)
			compete(&out[FO_SIDE_BEFORE], t->secs[si - 1].node, FO_SIDE_AFTER);
		else {
			compete(&out[FO_SIDE_BEFORE], t->cols[c0].node, FO_SIDE_BEFORE);
			compete(&out[FO_SIDE_BEFORE], t->node, FO_SIDE_BEFORE);
		}
	}
	/* after */
	compete(&out[FO_SIDE_AFTER], row1, FO_SIDE_AFTER);
	if (r1 + 1 < s->nrows) {
		compete(&out[FO_SIDE_AFTER], cell_at(s, r1 + 1, c0, nc), FO_SIDE_BEFORE);
		const fo_node_t *below = s->rows[r1 + 1].node;
		compete(&out[FO_SIDE_AFTER], below == s->node ? NULL : below, FO_SIDE_BEFORE);
	} else {
		compete(&out[FO_SIDE_AFTER], s->node, FO_SIDE_AFTER);
		if (si + 1 < t->nsecs)
			compete(&out[FO_SIDE_AFTER], t->secs[si + 1].node, FO_SIDE_BEFORE);
		else {
			compete(&out[FO_SIDE_AFTER], t->cols[c0].node, FO_SIDE_AFTER);
			compete(&out[FO_SIDE_AFTER], t->node, FO_SIDE_AFTER);
		}
	}
	/* start and end */
	compete(&out[FO_SIDE_START], t->cols[c0].node, FO_SIDE_START);
	compete(&out[FO_SIDE_END], t->cols[c1].node, FO_SIDE_END);
	if (c0 == 0) {
		compete(&out[FO_SIDE_START], row0, FO_SIDE_START);
		compete(&out[FO_SIDE_START], s->node, FO_SIDE_START);
		compete(&out[FO_SIDE_START], t->node, FO_SIDE_START);
	} else {
		compete(&out[FO_SIDE_START], cell_at(s, r0, c0 - 1, nc), FO_SIDE_END);
		compete(&out[FO_SIDE_START], t->cols[c0 - 1].node, FO_SIDE_END);
	}
	if (c1 + 1 >= nc) {
		compete(&out[FO_SIDE_END], row0, FO_SIDE_END);
		compete(&out[FO_SIDE_END], s->node, FO_SIDE_END);
		compete(&out[FO_SIDE_END], t->node, FO_SIDE_END);
	} else {
		compete(&out[FO_SIDE_END], cell_at(s, r0, c1 + 1, nc), FO_SIDE_START);
		compete(&out[FO_SIDE_END], t->cols[c1 + 1].node, FO_SIDE_START);
	}
}

/* ---------- tables: cells ---------- */

static int display_align(const fo_node_t *n)
{
	for (; n; n = n->parent) {
		const char *v = fo_attr(n, "display-align");
		if (v == NULL || strcmp(v, "inherit") == 0)
			continue;
		if (strcmp(v, "center") == 0) return 1;
		if (strcmp(v, "after") == 0) return 2;
		return 0;
	}
	return 0;
}

/* Lays out a cell: its box in the grid (collapsed borders centred on the
 * grid lines; separate borders inside the box, half the separation
 * around it) and its content at the width left inside. */
static void cell_layout(table_t *t, fo_row_t *row, size_t si, const gcell_t *gc)
{
	const fo_style_t *st = gc->node->style;
	fo_border_t b[FO_SIDES];
	if (t->collapse)
		collapse_borders(t, si, gc, b);
	else
		memcpy(b, st->border, sizeof b);
	double off = t->collapse ? 0.5 : 1;
	double x = t->cols[gc->col].x, w = 0;
	for (size_t k = gc->col; k < gc->col + (size_t)gc->ncols; k++)
		w += t->cols[k].w;
	if (!t->collapse) {
		x += t->sep / 2;
		w -= t->sep;
	}
	double inset[FO_SIDES], kept[FO_SIDES];  /* kept: where a page breaks in the cell */
	for (int i = 0; i < FO_SIDES; i++) {
		double pad = fo_len_resolve(st->padding[i], w);
		inset[i] = b[i].width * off + pad;
		kept[i] = (b[i].retain ? b[i].width * off : 0) + (st->padding_retain[i] ? pad : 0);
	}
	double cw = w - inset[FO_SIDE_START] - inset[FO_SIDE_END];
	if (cw < 1)
		cw = 1;
	/* The content's indents, inherited from the table (its margins),
	 * are measured from the cell's content rectangle (XSL 1.1 5.3.2, as
	 * FOP: a table with margin-left="12pt" indents its cells' text too). */
	fo_gen_env_t env = *t->env;
	env.width = cw;
	fo_cell_t *c = fo_row_add_cell(row, gc->node, &env);
	c->x = x;
	c->w = w;
	c->ox = x + inset[FO_SIDE_START];
	memcpy(c->inset, inset, sizeof inset);
	c->lead = kept[FO_SIDE_BEFORE];
	c->trail = kept[FO_SIDE_AFTER];
	memcpy(c->border, b, sizeof b);
	c->align = display_align(gc->node);
	c->least = explicit_bpd(gc->node);
	if (gc->nrows == 1 && t->secs[si].rows[gc->row].min_h > c->least)
		c->least = t->secs[si].rows[gc->row].min_h;
	c->env_w = env.width;
	c->decorated = 1;
	c->collapse = t->collapse;
}

/* A cell's height: its content's, or the height it or its row (row_h,
 * for a cell of one row) asks for, which is its content rectangle's as
 * in FOP (ActiveCell's filler, RowGroupLayoutManager), plus its padding
 * and borders. */
static double cell_need(const fo_cell_t *c, double row_h)
{
	double h = explicit_bpd(c->node);
	if (row_h > h)
		h = row_h;
	return c->inset[FO_SIDE_BEFORE] + (c->content_h > h ? c->content_h : h) +
	       c->inset[FO_SIDE_AFTER];
}

/* ---------- tables: sections to rows ---------- */

/* The keep-with-previous (prev) or keep-with-next of the first (prev) or
 * last blocks inside a cell, nested: FOP carries them up to the row. */
static int cell_edge_keep(const fo_node_t *cell, int prev)
{
	int keep = 0;
	for (const fo_node_t *b = prev ? cell->first : cell->last; b && fo_kind_is_block(b->kind);
	     b = prev ? b->first : b->last) {
		int k = prev ? b->style->keep_with_previous : b->style->keep_with_next;
		keep = k > keep ? k : keep;
	}
	return keep;
}

static int row_keep(const fo_node_t *n, int prev)
{
	if (n == NULL || n->kind != FO_K_TABLE_ROW)
		return 0;
	int keep = prev ? n->style->keep_with_previous : n->style->keep_with_next;
	for (const fo_node_t *c = n->first; c; c = c->next) {
		if (c->kind != FO_K_TABLE_CELL)
			continue;
		int k = cell_edge_keep(c, prev);
		keep = k > keep ? k : keep;
	}
	return keep;
}

/* The forced break before row r: its break-before, or the break-after of
 * the row before (FOP honours both on rows, neither on cells). */
static int row_forced(const section_t *s, size_t r)
{
	const fo_node_t *n = s->rows[r].node;
	if (n && n->kind == FO_K_TABLE_ROW && n->style->break_before != FO_BREAK_AUTO)
		return n->style->break_before;
	n = r > 0 ? s->rows[r - 1].node : NULL;
	if (n && n->kind == FO_K_TABLE_ROW)
		return n->style->break_after;
	return FO_BREAK_AUTO;
}

/* The row after the group starting at row r0: cells spanning rows bind
 * the rows they span.  *c1 gets the cell after the group's cells (cells
 * are in row order; c0 is the group's first). */
static size_t group_end(const section_t *s, size_t r0, size_t c0, size_t *c1)
{
	size_t reach = r0 + 1, i = c0;
	for (; i < s->ncells && s->cells[i].row < reach; i++)
		if (s->cells[i].node && s->cells[i].row + (size_t)s->cells[i].nrows > reach)
			reach = s->cells[i].row + (size_t)s->cells[i].nrows;
	*c1 = i;
	return reach < s->nrows ? reach : s->nrows;
}

/* Lays out the cells [c0, c1) of rows [r0, r1) as one row group: row
 * heights from single-row cells, then spanning cells stretch their last
 * row; each cell's box within the group. */
static fo_row_t *group_layout(table_t *t, size_t si, size_t r0, size_t r1, size_t c0, size_t c1)
{
	section_t *s = &t->secs[si];
	double extra = t->collapse ? 0 : t->vsep;
	fo_row_t *g = fo_row_new();
	size_t *lc = xcalloc(c1 > c0 ? c1 - c0 : 1, sizeof *lc);  /* index in the group */
	for (size_t i = c0; i < c1; i++) {
		if (s->cells[i].node == NULL)
			continue;
		cell_layout(t, g, si, &s->cells[i]);
		lc[i - c0] = g->ncells - 1;  /* cells move as the array grows */
	}
	for (size_t r = r0; r < r1; r++)
		s->rows[r].h = s->rows[r].min_h;
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = c0; i < c1; i++) {
			const gcell_t *gc = &s->cells[i];
			if (gc->node == NULL || (pass == 0) != (gc->nrows == 1))
				continue;
			double row_h = gc->nrows == 1 ? s->rows[gc->row].min_h : 0;
			double have = 0, need = cell_need(&g->cells[lc[i - c0]], row_h) + extra;
			size_t last = gc->row + (size_t)gc->nrows - 1;
			for (size_t r = gc->row; r <= last; r++)
				have += s->rows[r].h;
			if (need > have)
				s->rows[last].h += need - have;
		}
	}
	for (size_t i = c0; i < c1; i++) {
		const gcell_t *gc = &s->cells[i];
		if (gc->node == NULL)
			continue;
		fo_cell_t *c = &g->cells[lc[i - c0]];
		c->top = extra / 2;
		for (size_t r = r0; r < gc->row; r++)
			c->top += s->rows[r].h;
		c->h = -extra;
		for (size_t r = gc->row; r < gc->row + (size_t)gc->nrows; r++)
			c->h += s->rows[r].h;
	}
	for (size_t r = r0; r < r1; r++)
		g->h += s->rows[r].h;
	free(lc);
	return g;
}

static void sec_free(section_t *s)
{
	free(s->cells);
	free(s->rows);
	free(s->owner);
}

static size_t sec_add(table_t *t, const fo_node_t *n)
{
	t->secs = xgrow(t->secs, &t->scap, t->nsecs + 1, sizeof *t->secs);
	memset(&t->secs[t->nsecs], 0, sizeof t->secs[t->nsecs]);
	t->secs[t->nsecs].node = n;
	return t->nsecs++;
}

/* Header first, footer last, the bodies between, as they are drawn. */
static void table_sections(table_t *t)
{
	t->head = t->foot = (size_t)-1;
	for (const fo_node_t *k = t->node->first; k; k = k->next)
		if (k->kind == FO_K_TABLE_HEADER && t->head == (size_t)-1)
			t->head = sec_add(t, k);
	for (const fo_node_t *k = t->node->first; k; k = k->next)
		if (k->kind == FO_K_TABLE_BODY)
			sec_add(t, k);
	for (const fo_node_t *k = t->node->first; k; k = k->next)
		if (k->kind == FO_K_TABLE_FOOTER && t->foot == (size_t)-1)
			t->foot = sec_add(t, k);
}

static int attr_true(const fo_node_t *n, const char *name)
{
	const char *v = fo_attr(n, name);
	return v && strcmp(v, "true") == 0;
}

/* The grid of every section and the columns' widths (no layout yet). */
static void table_build(table_t *t)
{
	table_sections(t);
	for (size_t i = 0; i < t->nsecs; i++)
		sec_cells_collect(t, &t->secs[i]);
	if (t->ncols == 0) {
		t->cols = xcalloc(1, sizeof *t->cols);
		t->cols[0].prop = 1;
		t->ncols = 1;
	}
	fo_blk_t *blk = fo_gen_blk(t->g);
	double tw = blk->w;
	const char *wv = fo_attr(t->node, "width");
	if (wv == NULL)
		wv = fo_attr(t->node, "inline-progression-dimension");
	fo_len_t wl;
	if (wv && fo_len_parse(wv, t->node->style->font_size, &wl) == 0 && fo_len_resolve(wl, blk->w) > 0)
		tw = fo_len_resolve(wl, blk->w);
	cols_place(t->cols, t->ncols, blk->x, tw);
	for (size_t i = 0; i < t->nsecs; i++)
		sec_cells_place(t, &t->secs[i]);
}

/* Lays out all the row groups of section si (the header, the footer). */
static void sec_groups(table_t *t, size_t si, fo_row_t ***out, size_t *n, double *h)
{
	if (si == (size_t)-1)
		return;
	const section_t *s = &t->secs[si];
	for (size_t r = 0, c0 = 0, c1; r < s->nrows; c0 = c1) {
		size_t r1 = group_end(s, r, c0, &c1);
		*out = xrealloc(*out, (*n + 1) * sizeof **out);
		(*out)[*n] = group_layout(t, si, r, r1, c0, c1);
		*h += (*out)[*n]->h;
		(*n)++;
		r = r1;
	}
}

static int node_retrieves(const fo_node_t *n)
{
	if (n->kind == FO_K_RETRIEVE_TABLE_MARKER)
		return 1;
	for (const fo_node_t *k = n->first; k; k = k->next)
		if (node_retrieves(k))
			return 1;
	return 0;
}

/* Does a cell of r hold an fo:retrieve-table-marker? */
static int row_retrieves(const fo_row_t *r)
{
	for (size_t i = 0; i < r->ncells; i++)
		if (node_retrieves(r->cells[i].node))
			return 1;
	return 0;
}

static fo_table_rep_t *rep_new(table_t *t)
{
	fo_table_rep_t *rep = xcalloc(1, sizeof *rep);
	rep->refs = 1;
	rep->omit_head = attr_true(t->node, "table-omit-header-at-break");
	rep->omit_foot = attr_true(t->node, "table-omit-footer-at-break");
	rep->blk = fo_blk_ref(fo_gen_blk(t->g));
	sec_groups(t, t->head, &rep->head, &rep->nhead, &rep->head_h);
	sec_groups(t, t->foot, &rep->foot, &rep->nfoot, &rep->foot_h);
	rep->table = t->node;
	/* Header and footer rows never break (they are repeated whole), and
	 * pages drawn may show them before they are first emitted. */
	for (size_t i = 0; i < rep->nhead + rep->nfoot; i++) {
		fo_row_t *r = i < rep->nhead ? rep->head[i] : rep->foot[i - rep->nhead];
		r->ncuts = 0;
		r->cuts_made = 1;
		if (row_retrieves(r))
			r->rtm_table = t->node;
	}
	return rep;
}

/* A table being laid out, a row group a step, so that a long table never
 * sits in memory whole. */
struct fo_table_state {
	table_t t;
	fo_table_rep_t *rep;     /* header and footer rows */
	size_t sec, row, cell;   /* the next body row group */
	size_t emitted;          /* row groups emitted */
	int body_started;
	int last_after;          /* the break-after of the last body row emitted */
	int last_keep;           /* the keep-with-next of the last body row emitted */
	double body_h;           /* the height of the body rows emitted */
	double widow_limit;      /* fox:widow-content-limit: no break within so
	                          * much of the body's start (FOP's extension) */
};

void fo_table_state_free(fo_table_state_t *st)
{
	if (st == NULL)
		return;
	rep_unref(st->rep);
	for (size_t i = 0; i < st->t.nsecs; i++)
		sec_free(&st->t.secs[i]);
	free(st->t.secs);
	free(st->t.cols);
	free(st);
}

/* border-separation: one length, or the inline- and block-progression
 * lengths ("2pt 4pt" or the .inline-/.block-progression-direction
 * components); border-spacing is CSS's name for it. */
static void separation_read(table_t *t)
{
	const fo_node_t *n = t->node;
	const char *v = fo_attr(n, "border-separation");
	if (v == NULL)
		v = fo_attr(n, "border-spacing");
	char a[64] = "", b[64] = "";
	if (v && sscanf(v, "%63s %63s", a, b) >= 1) {
		fo_len_t l;
		if (fo_len_parse(a, n->style->font_size, &l) == 0)
			t->sep = t->vsep = l.pt;
		if (b[0] && fo_len_parse(b, n->style->font_size, &l) == 0)
			t->vsep = l.pt;
	}
	double ip = attr_len(n, "border-separation.inline-progression-direction", 0);
	double bp = attr_len(n, "border-separation.block-progression-direction", 0);
	if (ip > 0)
		t->sep = ip;
	if (bp > 0)
		t->vsep = bp;
}

static fo_table_state_t *state_new(fo_gen_t *g, const fo_node_t *table)
{
	fo_table_state_t *st = xcalloc(1, sizeof *st);
	table_t *t = &st->t;
	t->node = table;
	t->g = g;
	t->env = fo_gen_env(g);
	t->collapse = fo_table_collapses(table);
	if (!t->collapse) {
		separation_read(t);
	}
	if (t->collapse)
		fo_gen_blk(g)->plain = 1;  /* its borders are the cells' */
	t->cols = cols_read(table, &t->ncols);
	table_build(t);
	st->rep = rep_new(t);
	st->sec = t->head == 0 ? 1 : 0;
	const char *v = fo_attr_fox(table, "widow-content-limit");
	fo_len_t l;
	if (v && fo_len_parse(v, table->style->font_size, &l) == 0)
		st->widow_limit = fo_len_resolve(l, 0);
	return st;
}

static void rows_emit(fo_gen_t *g, fo_itemq_t *q, fo_table_state_t *st, fo_row_t **rows,
                      size_t n)
{
	for (size_t i = 0; i < n; i++) {
		fo_row_emit(g, q, rows[i], st->emitted == 0 ? 0 : FO_KEEP_ALWAYS, FO_KEEP_ALWAYS, 0);
		st->emitted++;
	}
}

/* The next body row group, or NULL at the end of the bodies. */
static fo_row_t *body_next(fo_table_state_t *st, int *keep, int *forced)
{
	table_t *t = &st->t;
	for (; st->sec < t->nsecs && st->sec != t->foot; st->sec++, st->row = st->cell = 0) {
		const section_t *s = &t->secs[st->sec];
		if (st->row >= s->nrows)
			continue;
		size_t c1, r0 = st->row;
		size_t r1 = group_end(s, r0, st->cell, &c1);
		fo_row_t *r = group_layout(t, st->sec, r0, r1, st->cell, c1);
		*keep = row_keep(s->rows[r0].node, 1);
		if (r0 > 0 && row_keep(s->rows[r0 - 1].node, 0) > *keep)
			*keep = row_keep(s->rows[r0 - 1].node, 0);
		*forced = row_forced(s, r0);
		const fo_node_t *last = s->rows[r1 - 1].node;
		st->last_after = last && last->kind == FO_K_TABLE_ROW ? last->style->break_after
		                                                      : FO_BREAK_AUTO;
		st->last_keep = row_keep(last, 0);
		st->row = r1;
		st->cell = c1;
		return r;
	}
	return NULL;
}

/* The break-before of the first body row: FOP breaks before the whole
 * table, header included. */
static int first_row_forced(const fo_table_state_t *st)
{
	const table_t *t = &st->t;
	for (size_t i = st->sec; i < t->nsecs && i != t->foot; i++)
		if (t->secs[i].nrows > 0)
			return row_forced(&t->secs[i], 0);
	return FO_BREAK_AUTO;
}

int fo_table_step(fo_gen_t *g, fo_itemq_t *q, const fo_node_t *table, fo_table_state_t **state)
{
	fo_table_state_t *st = *state;
	if (st == NULL) {
		st = *state = state_new(g, table);
		fo_gen_force(g, first_row_forced(st));
		rows_emit(g, q, st, st->rep->head, st->rep->nhead);
	}
	int keep = 0, forced = FO_BREAK_AUTO;
	fo_row_t *r = body_next(st, &keep, &forced);
	if (r) {
		/* The first body row stays with the header. */
		int first = !st->body_started;
		if (first && st->emitted > 0)
			keep = FO_KEEP_ALWAYS;
		if (st->rep->nhead > 0 || st->rep->nfoot > 0) {
			r->rep = st->rep;
			st->rep->refs++;
		}
		int inner = r->ncells ? r->cells[0].node->parent->style->keep_together : 0;
		/* FOP removes the breaks within the limit from the body's start
		 * (ElementListUtils.removeLegalBreaks()). */
		if (!first && st->body_h < st->widow_limit - 0.001)
			keep = FO_KEEP_ALWAYS;
		if (st->body_h + r->h <= st->widow_limit + 0.001)
			inner = FO_KEEP_ALWAYS;
		st->body_h += r->h;
		fo_gen_force(g, first ? FO_BREAK_AUTO : forced);  /* the first: before the table */
		/* The first row's keep-with-previous keeps the table with what
		 * is before it, the last's keep-with-next with what follows (FOP). */
		fo_row_emit(g, q, r, keep, inner, !first);
		fo_row_unref(r);
		st->body_started = 1;
		st->emitted++;
		return 0;
	}
	rows_emit(g, q, st, st->rep->foot, st->rep->nfoot);
	fo_gen_force(g, st->last_after);  /* the last row's break-after: after the table */
	fo_gen_keep(g, st->last_keep);
	fo_table_state_free(st);
	*state = NULL;
	return 1;
}

/* ---------- header and footer at breaks ---------- */

double fo_table_break_footer(const fo_row_t *row)
{
	if (row == NULL || row->rep == NULL || row->rep->omit_foot)
		return 0;
	return row->rep->foot_h;
}

double fo_table_break_header(const fo_row_t *row)
{
	if (row == NULL || row->rep == NULL || row->rep->omit_head)
		return 0;
	return row->rep->head_h;
}

static void rows_copy(fo_row_t **rows, size_t n, fo_blk_t *blk, fo_itemq_t *out)
{
	for (size_t i = 0; i < n; i++) {
		fo_item_t it = { .kind = FO_IT_ROW, .h = rows[i]->h, .row = fo_row_ref(rows[i]),
		                 .blk = fo_blk_ref(blk) };
		fo_itemq_push(out, &it);
	}
}

/* The cut of r ending at end, or ncuts. */
static size_t slice_end_cut(const fo_row_t *r, double end)
{
	for (size_t i = 0; i < r->ncuts; i++)
		if (r->cut_end[i] > end - 0.001 && r->cut_end[i] < end + 0.001)
			return i;
	return r->ncuts;
}

static int node_within(const fo_node_t *n, const fo_node_t *anc)
{
	for (; n; n = n->parent)
		if (n == anc)
			return 1;
	return 0;
}

/* The bottom of cell c's content and where its part of slice it ends
 * (row coordinates). */
static void cell_slice_ends(const fo_item_t *it, const fo_cell_t *c, double *bottom, double *end)
{
	const fo_row_t *r = it->row;
	*bottom = c->top + c->inset[FO_SIDE_BEFORE] + c->content_h;
	*end = it->from + it->h;
	size_t i = slice_end_cut(r, *end);
	if (i < r->ncuts)
		*end = cell_cut_end(r, c, i);
}

int fo_row_marker_ends(const fo_item_t *items, size_t n, size_t i, const fo_node_t *marker)
{
	const fo_item_t *it = &items[i];
	for (size_t j = i + 1; j < n && it->kind == FO_IT_ROW; j++)
		if (items[j].kind == FO_IT_ROW && items[j].row == items[i].row)
			it = &items[j];  /* the row's last slice on the page */
	const fo_row_t *r = it->row;
	if (it->kind != FO_IT_ROW || r == NULL || it->from + it->h >= r->h - 0.001)
		return 1;
	for (size_t k = 0; k < r->ncells; k++) {
		const fo_cell_t *c = &r->cells[k];
		if (!node_within(marker, c->node))
			continue;
		double bottom, end;
		cell_slice_ends(it, c, &bottom, &end);
		return bottom <= end + 0.001;
	}
	return 1;
}

static void markers_under(fo_extra_t **list, const fo_node_t *n)
{
	fo_markers_of_block(list, n);
	for (const fo_node_t *k = n->first; k; k = k->next)
		if (fo_kind_is_block(k->kind))
			markers_under(list, k);
}

fo_extra_t *fo_row_markers_carried(const fo_item_t *it)
{
	const fo_row_t *r = it->row;
	fo_extra_t *list = NULL;
	if (it->kind != FO_IT_ROW || r == NULL || it->line == 0)
		return NULL;
	size_t j = (size_t)it->line - 1;
	for (size_t k = 0; k < r->ncells && j < r->ncuts; k++) {
		const fo_cell_t *c = &r->cells[k];
		double top = c->top + c->inset[FO_SIDE_BEFORE];
		if (top + c->content_h > cell_cut_end(r, c, j) + 0.001 && cell_cut_end(r, c, j) > top + 0.001)
			markers_under(&list, c->node);
	}
	return list;
}

void fo_table_break_items(const fo_row_t *row, fo_itemq_t *foot, fo_itemq_t *head)
{
	if (row == NULL || row->rep == NULL)
		return;
	const fo_table_rep_t *rep = row->rep;
	if (!rep->omit_foot)
		rows_copy(rep->foot, rep->nfoot, rep->blk, foot);
	if (!rep->omit_head)
		rows_copy(rep->head, rep->nhead, rep->blk, head);
}

/* ---------- fo:retrieve-table-marker ---------- */

/* The table whose body row (or header or footer row retrieving markers)
 * item it shows, or NULL. */
static const fo_node_t *item_table(const fo_item_t *it)
{
	if (it->kind != FO_IT_ROW || it->row == NULL)
		return NULL;
	if (it->row->rtm_table)
		return it->row->rtm_table;
	return it->row->rep ? it->row->rep->table : NULL;
}

/* Row src laid out again in env: its cells keep their boxes, their
 * content is made anew (its ids, markers and notes were src's). */
static fo_row_t *row_relayout(const fo_row_t *src, const fo_gen_env_t *env)
{
	fo_row_t *r = fo_row_new();
	for (size_t i = 0; i < src->ncells; i++) {
		const fo_cell_t *s = &src->cells[i];
		fo_gen_env_t e = *env;
		e.width = s->env_w;
		fo_cell_t *c = fo_row_add_cell(r, s->node, &e);
		fo_cell_t fresh = *c;
		*c = *s;
		c->items = fresh.items;
		c->y = fresh.y;
		c->content_h = fresh.content_h;
		c->cut_at = NULL;
		c->draw_shift = 0;
		c->draw_fresh = 0;
	}
	r->h = src->h;
	r->cuts_made = 1;
	fo_item_t spare = { .kind = FO_IT_MARK, .ids = row_take_ids(r), .extra = row_take_extras(r) };
	fo_item_clear(&spare);
	return r;
}

/* The header and footer rows of table on pg, laid out again with the
 * table's fragment there. */
static void table_fragment_relayout(fo_markers_t *m, fo_page_t *pg, const fo_node_t *table,
                                    const fo_gen_env_t *env)
{
	size_t first = pg->n, nbody = 0, *body = xmalloc((pg->n ? pg->n : 1) * sizeof *body);
	for (size_t i = 0; i < pg->n; i++) {
		if (item_table(&pg->items[i]) != table)
			continue;
		if (first == pg->n)
			first = i;
		if (pg->items[i].row->rtm_table == NULL)
			body[nbody++] = i;
	}
	fo_tfrag_t *frag = fo_markers_fragment(m, pg, table, first, body, nbody);
	fo_gen_env_t e = *env;
	e.tfrag = frag;
	for (size_t i = first; i < pg->n; i++) {
		fo_item_t *it = &pg->items[i];
		if (it->kind != FO_IT_ROW || it->row == NULL || it->row->rtm_table != table)
			continue;
		fo_row_t *r = row_relayout(it->row, &e);
		fo_row_unref(it->row);
		it->row = r;
	}
	fo_tfrag_free(frag);
	free(body);
}

void fo_table_markers_page(fo_markers_t *m, fo_page_t *pg, const fo_gen_env_t *env)
{
	for (size_t i = 0; i < pg->n; i++) {
		const fo_item_t *it = &pg->items[i];
		if (it->kind == FO_IT_ROW && it->row && it->row->rtm_table)
			table_fragment_relayout(m, pg, it->row->rtm_table, env);
	}
}
