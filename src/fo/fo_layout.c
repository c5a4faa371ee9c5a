/* fo_layout: see fo_layout.h. */
#include "fo_layout.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "fo_changebar.h"
#include "fo_container.h"
#include "fo_extra.h"
#include "fo_float.h"
#include "fo_footnote.h"
#include "fo_image.h"
#include "fo_marker.h"
#include "fo_msg.h"
#include "fo_nav.h"
#include "fo_leader.h"
#include "fo_list.h"
#include "fo_table.h"
#include "../util/xalloc.h"

/* ---------- items ---------- */

static void idmarks_free(fo_idmark_t *m)
{
	while (m) {
		fo_idmark_t *next = m->next;
		free(m);
		m = next;
	}
}

int fo_item_is_box(fo_item_kind_t k)
{
	return k == FO_IT_LINE || k == FO_IT_DECO || k == FO_IT_ROW || k == FO_IT_BOX;
}

void fo_item_clear(fo_item_t *it)
{
	fo_row_unref(it->row);
	fo_para_unref(it->para);
	fo_blk_unref(it->blk);
	idmarks_free(it->ids);
	fo_extra_free(it->extra);
	memset(it, 0, sizeof *it);
}

void fo_itemq_push(fo_itemq_t *q, const fo_item_t *it)
{
	q->v = xgrow(q->v, &q->cap, q->len + 1, sizeof *q->v);
	q->v[q->len++] = *it;
}

void fo_itemq_insert(fo_itemq_t *q, size_t at, const fo_item_t *items, size_t n)
{
	if (n == 0)
		return;
	if (at > q->len)
		at = q->len;
	q->v = xgrow(q->v, &q->cap, q->len + n, sizeof *q->v);
	memmove(q->v + at + n, q->v + at, (q->len - at) * sizeof *q->v);
	memcpy(q->v + at, items, n * sizeof *q->v);
	q->len += n;
}

void fo_itemq_drop(fo_itemq_t *q, size_t n)
{
	if (n > q->len)
		n = q->len;
	if (n == 0)
		return;
	memmove(q->v, q->v + n, (q->len - n) * sizeof *q->v);
	q->len -= n;
}

void fo_itemq_free(fo_itemq_t *q)
{
	for (size_t i = 0; i < q->len; i++)
		fo_item_clear(&q->v[i]);
	free(q->v);
	memset(q, 0, sizeof *q);
}

fo_blk_t *fo_blk_ref(fo_blk_t *b)
{
	if (b)
		b->refs++;
	return b;
}

void fo_blk_unref(fo_blk_t *b)
{
	while (b && --b->refs == 0) {
		fo_blk_t *parent = b->parent;
		free(b);
		b = parent;
	}
}

/* ---------- the generator ---------- */

typedef struct frame {
	const fo_node_t *node;
	const fo_node_t *cursor;   /* next child to lay out, or a node inside
	                              inline children (node_after()) */
	fo_blk_t *blk;
	size_t box_at_open;        /* boxes emitted before this block began */
	int first_para;            /* text-indent still to apply */
	fo_table_state_t *table;   /* a table being laid out (fo_table) */
} frame_t;

struct fo_gen {
	fo_gen_env_t env;
	frame_t *stack;
	size_t depth, cap;
	size_t nboxes;
	int prev_deco_before;      /* the last box is a block's before edge */
	int pending_keep;
	fo_break_t pending_forced;
	fo_break_t lead_forced;    /* the forced break before the first box */
	fo_space_t *spaces;        /* space specifiers since the last box */
	size_t nspaces, spcap;
	fo_float_t side;           /* the side float being passed (fo_float) */
	fo_item_t float_mark;      /* a mark carrying floats drawn from the next box's
	                              top (after its glue), before it (as FOP) */
	fo_float_t float_side;     /* the last of them, beside from that box's top */
	fo_idmark_t *pending_ids;  /* ids whose areas start with the next box */
	fo_extra_t *pending_markers; /* markers of blocks starting with the next box */
	int spanning;              /* in a span="all" block: set at the body's width */
	double col_width;          /* the column's width meanwhile */
	double made_width;         /* the width the open blocks were laid out at */
	fo_changes_t changes;      /* the changes open (fo_changebar) */
};

static void idmark_add(fo_idmark_t **list, const char *id, int last)
{
	fo_idmark_t *m = xcalloc(1, sizeof *m);
	m->id = id;
	m->last = last;
	m->next = *list;
	*list = m;
}

/* A block's area in a reference area W wide; takes the reference to parent. */
static fo_blk_t *blk_make(const fo_node_t *n, fo_blk_t *parent, double W)
{
	fo_blk_t *b = xcalloc(1, sizeof *b);
	b->refs = 1;
	b->parent = parent;
	b->depth = parent ? parent->depth + 1 : 0;
	b->node = n;
	b->st = n->style;
	/* Indents are measured from the nearest reference area: as in FOP, a
	 * block in a block-container inherits the container's start-indent
	 * and is indented that much again from the container's edge. */
	double rx = 0;
	if (parent && parent->rw > 0) {
		rx = parent->rx;
		W = parent->rw;
	}
	b->x = rx + fo_len_resolve(n->style->start_indent, W);
	b->w = rx + W - b->x - fo_len_resolve(n->style->end_indent, W);
	double width = fo_container_width(n, W);
	if (width >= 0)
		b->w = width;
	if (b->w < 1)
		b->w = 1;
	int ref = n->kind == FO_K_BLOCK_CONTAINER && parent;
	b->rx = ref ? b->x : parent ? parent->rx : 0;
	b->rw = ref ? b->w : parent ? parent->rw : 0;
	return b;
}

static fo_blk_t *blk_new(fo_gen_t *g, const fo_node_t *n, fo_blk_t *parent)
{
	return blk_make(n, fo_blk_ref(parent), g->env.width);
}

static void frame_push(fo_gen_t *g, const fo_node_t *n, fo_blk_t *blk, size_t box_at_open)
{
	g->stack = xgrow(g->stack, &g->cap, g->depth + 1, sizeof *g->stack);
	g->stack[g->depth++] = (frame_t){ n, n->first, blk, box_at_open, 1, NULL };
}

fo_gen_t *fo_gen_new(const fo_node_t *container, const fo_gen_env_t *env)
{
	fo_gen_t *g = xcalloc(1, sizeof *g);
	g->env = *env;
	g->made_width = env->width;
	fo_blk_t *root = blk_new(g, container, NULL);
	if (container->kind == FO_K_BLOCK_CONTAINER) {
		root->x = 0;  /* laid out at its content rectangle (fo_container) */
		root->w = env->width;
	}
	root->plain = 1;  /* a region's or a cell's borders are drawn by its owner */
	frame_push(g, container, root, 0);
	return g;
}

const fo_gen_env_t *fo_gen_env(const fo_gen_t *g)
{
	return &g->env;
}

fo_blk_t *fo_gen_blk(const fo_gen_t *g)
{
	return g->depth ? g->stack[g->depth - 1].blk : NULL;
}

void fo_gen_set_env(fo_gen_t *g, const fo_gen_env_t *env)
{
	g->env = *env;
	g->col_width = env->width;
	if (g->spanning && env->body_width > 0)
		g->env.width = env->body_width;
}

/* span="all" on a block or block-container child of the flow (FOP
 * reads it on nothing else): it takes the body's whole width, between
 * SPAN items that tell the pager (fo_columns). */
static int span_all(const fo_gen_t *g, const fo_node_t *k)
{
	if (g->depth != 1 || g->stack[0].node->kind != FO_K_FLOW ||
	    (k->kind != FO_K_BLOCK && k->kind != FO_K_BLOCK_CONTAINER))
		return 0;
	const char *v = fo_attr(k, "span");
	return v && strcmp(v, "all") == 0;
}

/* Blocks of the flow in a row that span the columns share one span
 * (their spaces between them kept, as in FOP): a SPAN item marks where
 * spanning begins or ends. */
static void span_set(fo_gen_t *g, fo_itemq_t *q, int on)
{
	if (on == g->spanning)
		return;
	fo_item_t it = { .kind = FO_IT_SPAN, .after = !on };
	fo_itemq_push(q, &it);
	g->spanning = on;
	if (!on)
		g->env.width = g->col_width;
	else if (g->env.body_width > 0) {
		g->col_width = g->env.width;
		g->env.width = g->env.body_width;
	}
}

void fo_gen_free(fo_gen_t *g)
{
	if (g == NULL)
		return;
	for (size_t i = 0; i < g->depth; i++) {
		fo_blk_unref(g->stack[i].blk);
		fo_table_state_free(g->stack[i].table);
	}
	idmarks_free(g->pending_ids);
	fo_extra_free(g->pending_markers);
	fo_item_clear(&g->float_mark);
	fo_changes_free(&g->changes);
	free(g->stack);
	free(g->spaces);
	free(g);
}

/* A space-specifier made consistent as FOP makes it: a minimum alone
 * raises the optimum to it; the minimum and maximum are widened to take
 * the optimum in (space-before.optimum="12pt" alone may shrink to 0, the
 * initial minimum). */
static fo_space_t space_consistent(const fo_space_t *s)
{
	fo_space_t t = *s;
	if (t.opt == 0 && t.min > 0)  /* .minimum alone */
		t.opt = t.min;
	if (t.min > t.opt)
		t.min = t.opt;
	if (t.max < t.opt)
		t.max = t.opt;
	return t;
}

static void space_add(fo_gen_t *g, const fo_space_t *s)
{
	fo_space_t t = space_consistent(s);
	if (t.opt == 0 && t.precedence != INT_MAX)
		return;
	g->spaces = xgrow(g->spaces, &g->spcap, g->nspaces + 1, sizeof *g->spaces);
	g->spaces[g->nspaces++] = t;
}

/* XSL 4.3.1 space resolution: forcing spaces add up; of the others only
 * the greatest optimum of the highest precedence counts, with its minimum
 * and maximum (the room a page may take from it or give it, as FOP's page
 * breaker does); spaces tied on both give the greatest of their minima and
 * the least of their maxima, as FOP's SpaceResolver (rule 3), so an
 * elastic space meeting a fixed one as large is fixed.  only_retained
 * gives the space left at a page top. */
static fo_space_t space_resolve(const fo_gen_t *g, int only_retained)
{
	fo_space_t forced = { 0, 0, 0, 0, 0 }, best = { 0, 0, 0, 0, 0 };
	int best_prec = INT_MIN;
	for (size_t i = 0; i < g->nspaces; i++) {
		const fo_space_t *s = &g->spaces[i];
		if (only_retained && !s->retain)
			continue;
		if (s->precedence == INT_MAX) {
			forced.opt += s->opt;
			forced.min += s->min;
			forced.max += s->max;
		} else if (s->precedence > best_prec || (s->precedence == best_prec && s->opt > best.opt)) {
			best_prec = s->precedence;
			best = *s;
		} else if (s->precedence == best_prec && s->opt == best.opt) {
			best.min = s->min > best.min ? s->min : best.min;
			best.max = s->max < best.max ? s->max : best.max;
		}
	}
	forced.opt += best.opt;
	forced.min += best.min;
	forced.max += best.max;
	return forced;
}

static int keep_max(int a, int b)
{
	return a > b ? a : b;
}

static void emit_box(fo_gen_t *g, fo_itemq_t *q, fo_item_t *box, int keep)
{
	if (g->nboxes > 0) {
		keep = keep_max(keep, g->pending_keep);
		for (size_t i = 0; i < g->depth; i++)
			if (g->stack[i].node->style->keep_together && g->stack[i].box_at_open < g->nboxes)
				keep = keep_max(keep, g->stack[i].node->style->keep_together);
		if (g->prev_deco_before || (box->kind == FO_IT_DECO && box->after))
			keep = FO_KEEP_ALWAYS;
		fo_item_t br = { .kind = FO_IT_BREAK, .keep = keep, .forced = g->pending_forced };
		fo_itemq_push(q, &br);
	} else {
		g->lead_forced = g->pending_forced;
	}
	g->pending_keep = 0;
	g->pending_forced = FO_BREAK_AUTO;
	if (g->nspaces > 0) {
		fo_space_t sp = space_resolve(g, 0);
		fo_item_t glue = { .kind = FO_IT_GLUE, .h = sp.opt, .h_top = space_resolve(g, 1).opt,
		                   .shrink = sp.opt - sp.min, .stretch = sp.max - sp.opt };
		g->nspaces = 0;
		fo_changes_attach(&g->changes, &glue.extra);
		if (glue.h != 0 || glue.h_top != 0)  /* a negative space moves the box up (FOP) */
			fo_itemq_push(q, &glue);
		else
			fo_extra_free(glue.extra);
		fo_float_pass(&g->side, glue.h);
	}
	if (g->float_mark.kind == FO_IT_MARK) {
		fo_itemq_push(q, &g->float_mark);
		memset(&g->float_mark, 0, sizeof g->float_mark);
		g->side = g->float_side;
	}
	if (g->pending_ids) {  /* the block's ids first, then the line's */
		fo_idmark_t *m = g->pending_ids;
		while (m->next)
			m = m->next;
		m->next = box->ids;
		box->ids = g->pending_ids;
		g->pending_ids = NULL;
	}
	fo_extra_append(&box->extra, g->pending_markers);
	g->pending_markers = NULL;
	fo_changes_attach(&g->changes, &box->extra);
	fo_itemq_push(q, box);
	fo_float_pass(&g->side, box->h);
	g->nboxes++;
	g->prev_deco_before = box->kind == FO_IT_DECO && !box->after;
}

void fo_gen_box(fo_gen_t *g, fo_itemq_t *q, fo_item_t *box, int keep)
{
	emit_box(g, q, box, keep);
}

fo_break_t fo_gen_lead_break(const fo_gen_t *g)
{
	return g->lead_forced;
}

void fo_gen_keep(fo_gen_t *g, int keep)
{
	g->pending_keep = keep_max(g->pending_keep, keep);
}

void fo_gen_force(fo_gen_t *g, int brk)
{
	if (brk != FO_BREAK_AUTO)
		g->pending_forced = brk;
}

static double deco_height(const fo_node_t *n, int side, double W)
{
	if (n->kind == FO_K_TABLE && fo_table_collapses(n))
		return 0;  /* the cells take the table's borders */
	const fo_style_t *st = n->style;
	return st->border[side].width + fo_len_resolve(st->padding[side], W);
}

/* What comes before a block'"'"'s first box: breaks, keeps, space, markers, id. */
static void block_before(fo_gen_t *g, const fo_node_t *n)
{
	const fo_style_t *st = n->style;
	if (st->break_before != FO_BREAK_AUTO)
		g->pending_forced = st->break_before;
	g->pending_keep = keep_max(g->pending_keep, st->keep_with_previous);
	space_add(g, &st->space_before);
	double clearance = fo_float_clearance(&g->side, n);
	fo_space_t clear = { .opt = clearance, .min = clearance, .max = clearance, .precedence = INT_MAX };
	if (clear.opt > 0) {
		space_add(g, &clear);
		g->side.h = 0;  /* the space takes the block below it */
	}
	fo_markers_of_block(&g->pending_markers, n);
	if (n->id)
		idmark_add(&g->pending_ids, n->id, 0);
}

/* What comes after a block'"'"'s last box. */
static void block_after(fo_gen_t *g, const fo_style_t *st)
{
	space_add(g, &st->space_after);
	g->pending_keep = keep_max(g->pending_keep, st->keep_with_next);
	if (st->break_after != FO_BREAK_AUTO)
		g->pending_forced = st->break_after;
}

/* An in-flow block-container of its own size: one box (fo_container). */
static void container_box(fo_gen_t *g, fo_itemq_t *q, const fo_node_t *n)
{
	fo_blk_t *blk = blk_new(g, n, g->stack[g->depth - 1].blk);
	block_before(g, n);
	fo_item_t box;
	fo_container_box(n, blk, &g->env, &box);
	emit_box(g, q, &box, 0);
	if (n->id) {
		fo_item_t mark = { .kind = FO_IT_MARK };
		idmark_add(&mark.ids, n->id, 1);
		fo_itemq_push(q, &mark);
	}
	block_after(g, n->style);
	fo_blk_unref(blk);
}

static void block_open(fo_gen_t *g, fo_itemq_t *q, const fo_node_t *n)
{
	frame_t *parent = &g->stack[g->depth - 1];
	fo_blk_t *blk = blk_new(g, n, parent->blk);
	size_t at_open = g->nboxes;
	block_before(g, n);
	double h = deco_height(n, FO_SIDE_BEFORE, g->env.width);
	if (h > 0) {
		fo_item_t box = { .kind = FO_IT_DECO, .h = h, .blk = fo_blk_ref(blk) };
		emit_box(g, q, &box, 0);
	}
	frame_push(g, n, blk, at_open);
}

static void block_close(fo_gen_t *g, fo_itemq_t *q)
{
	frame_t f = g->stack[--g->depth];
	const fo_style_t *st = f.node->style;
	if (g->nboxes == f.box_at_open && g->nboxes > 0 && g->pending_forced != FO_BREAK_AUTO) {
		/* An empty block still makes an area (XSL 1.1 6.5.2; FOP's is a
		 * box of no height): a forced break before it starts a page. */
		fo_item_t box = { .kind = FO_IT_BOX, .blk = fo_blk_ref(f.blk) };
		emit_box(g, q, &box, 0);
	}
	double h = deco_height(f.node, FO_SIDE_AFTER, g->env.width);
	if (h > 0) {
		fo_item_t box = { .kind = FO_IT_DECO, .h = h, .blk = fo_blk_ref(f.blk), .after = 1 };
		emit_box(g, q, &box, 0);
	} else if (g->nboxes == f.box_at_open && st->space_before.retain && st->space_before.opt != 0) {
		/* An empty block's retained space holds its place like content
		 * (FOP): a page may end after it. */
		fo_item_t box = { .kind = FO_IT_BOX, .blk = fo_blk_ref(f.blk) };
		emit_box(g, q, &box, 0);
	}
	const char *id = f.node->id;
	if (id || (g->pending_ids && g->nboxes == f.box_at_open)) {
		fo_item_t mark = { .kind = FO_IT_MARK };
		if (g->nboxes == f.box_at_open) {
			mark.ids = g->pending_ids;
			g->pending_ids = NULL;
		}
		if (id)
			idmark_add(&mark.ids, id, 1);
		fo_itemq_push(q, &mark);
	}
	block_after(g, st);
	fo_blk_unref(f.blk);
}

/* ---------- paragraphs ---------- */

typedef struct inline_id {
	size_t off;
	const char *id;
	int last;
} inline_id_t;

/* An inline holding markers over bytes [from, to] of a paragraph (to:
 * SIZE_MAX when it goes on past the paragraph, around a block). */
typedef struct inline_marks {
	size_t from, to;
	const fo_node_t *node;
	int cont;                /* begun in an earlier paragraph */
} inline_marks_t;

/* A change bar begun or ended at byte off of a paragraph. */
typedef struct change_at {
	size_t off;
	const fo_node_t *node;
	int done;                /* applied to the generator's open changes */
} change_at_t;

typedef struct collect {
	fo_gen_t *g;
	fo_para_t *para;
	inline_id_t *ids;
	size_t nids, cap;
	inline_marks_t *imarks;
	size_t nimarks, imcap;
	const fo_node_t *line_marks[4]; /* inlines with markers around the block */
	int nline_marks;
	fo_extra_t *links;
	fo_extra_t *notes;       /* footnote bodies cited */
	const fo_node_t *floats[4]; /* side floats cited (beyond 4: the last wins) */
	int nfloats;
	const fo_node_t *blocks; /* a float set as a block after the text */
	fo_extra_t *floats_placed; /* the side floats laid out, drawn from the first line */
	fo_float_t fresh;        /* the last of them */
	change_at_t *changes;
	size_t nchanges, chcap;
	const fo_node_t *line_link; /* a basic-link over each whole line (block_line_link()) */
	const fo_style_t *lone_space; /* a space FOP keeps alone (space_between_inlines()) */
	size_t lone_at;          /* the changes begun or ended before it */
} collect_t;

static void collect_id(collect_t *c, const char *id, int last)
{
	size_t off = fo_para_offset(c->para);
	if (last && off > 0)
		off--;
	c->ids = xgrow(c->ids, &c->cap, c->nids + 1, sizeof *c->ids);
	c->ids[c->nids++] = (inline_id_t){ off, id, last };
}

static int has_markers(const fo_node_t *n)
{
	for (const fo_node_t *k = n->first; k; k = k->next)
		if (k->kind == FO_K_MARKER)
			return 1;
	return 0;
}

/* Inline n, holding markers, began at byte from (cont: in an earlier
 * paragraph) and ends at the text collected so far, or goes on past the
 * paragraph (goes_on) until marks_close() finds its end. */
static void collect_marks(collect_t *c, const fo_node_t *n, size_t from, int goes_on, int cont)
{
	if (!has_markers(n))
		return;
	size_t to = fo_para_offset(c->para);
	to = goes_on ? SIZE_MAX : to > from ? to - 1 : from;
	c->imarks = xgrow(c->imarks, &c->imcap, c->nimarks + 1, sizeof *c->imarks);
	c->imarks[c->nimarks++] = (inline_marks_t){ from, to, n, cont };
}

static int node_within(const fo_node_t *k, const fo_node_t *top);

/* The inlines going on past the paragraph that k (the next node, NULL:
 * the paragraph's end) is no longer in end at the text collected so far. */
static void marks_close(collect_t *c, const fo_node_t *k)
{
	size_t at = fo_para_offset(c->para);
	for (size_t i = 0; i < c->nimarks; i++) {
		inline_marks_t *m = &c->imarks[i];
		if (m->to == SIZE_MAX && (k == NULL || !node_within(k, m->node)))
			m->to = at > m->from ? at - 1 : m->from;
	}
}

/* The inlines with markers around block n (a block an inline holds): each
 * line of n is part of their areas, neither first nor last. */
static void block_line_marks(collect_t *c, const fo_node_t *n)
{
	for (const fo_node_t *a = n->parent; a && c->nline_marks < 4; a = a->parent) {
		int in = a->kind == FO_K_INLINE || a->kind == FO_K_WRAPPER || a->kind == FO_K_BASIC_LINK;
		if (!in && !fo_kind_is_block(a->kind))
			break;
		if (in && has_markers(a))
			c->line_marks[c->nline_marks++] = a;
	}
}

static void mark_extra(fo_extra_t **list, const fo_node_t *mk, int start, int end)
{
	fo_extra_t *e = xcalloc(1, sizeof *e);
	e->kind = FO_EX_MARKER;
	e->node = mk;
	e->start = !start;
	e->end = !end;
	fo_extra_append(list, e);
}

/* The markers of the inlines on line i of n (FOP registers them with
 * each line the inline is on, starting on its first, ending on its last):
 * extras whose start (end) is set where they do not start (end). */
static void marks_attach(fo_extra_t **list, const collect_t *c, int i, int n)
{
	for (int k = c->nline_marks - 1; k >= 0; k--)  /* outermost first */
		for (const fo_node_t *mk = c->line_marks[k]->first; mk; mk = mk->next)
			if (mk->kind == FO_K_MARKER)
				mark_extra(list, mk, 0, 0);
	for (size_t k = 0; k < c->nimarks; k++) {
		const inline_marks_t *m = &c->imarks[k];
		int first = fo_para_line_of(c->para, m->from);
		int last = m->to == SIZE_MAX ? n - 1 : fo_para_line_of(c->para, m->to);
		if (i < first || i > last)
			continue;
		for (const fo_node_t *mk = m->node->first; mk; mk = mk->next)
			if (mk->kind == FO_K_MARKER)
				mark_extra(list, mk, i == first && !m->cont, i == last && m->to != SIZE_MAX);
	}
}

static void warn_inline_box(collect_t *c, const fo_node_t *n)
{
	const fo_style_t *st = n->style;
	int boxed = 0;
	for (int i = 0; i < FO_SIDES; i++)
		boxed |= st->border[i].width > 0 || st->padding[i].pt > 0 || st->padding[i].pct > 0;
	if (boxed && diag_once(c->g->env.diag, "inline-border"))
		fo_report(c->g->env.diag, c->g->env.file, n->line, n->col, FO_MSG_INLINE_BORDER,
		          fo_kind_name(n->kind));
}

/* Warns, once per character and document, of a character no font has
 * (it prints as an empty box), with the line it is on: n's first line
 * and the lines of text before it.  An FO made in memory (the document
 * commands' stylesheets) has no lines: those commands have warned of
 * the records' characters already, at their lines (check_text_fonts()). */
static void warn_uncovered(collect_t *c, const fo_node_t *n, const char *text, size_t len,
                           const fo_style_t *st)
{
	const fo_gen_env_t *env = &c->g->env;
	size_t at = 0;
	if (n->line == 0)
		return;
	uint32_t ch;
	while ((ch = fo_fonts_uncovered(env->fonts, st, text, len, &at)) != 0) {
		char key[32];
		snprintf(key, sizeof key, "uncovered:%X", (unsigned)ch);
		if (!diag_once(env->diag, key))
			continue;
		unsigned line = n->line;
		for (size_t i = 0; i < at; i++)
			line += text[i] == '\n';
		char code[16];
		snprintf(code, sizeof code, "U+%04X", (unsigned)ch);
		fo_report(env->diag, env->file, line, 0, FO_MSG_CHAR_NO_GLYPH, code);
	}
}

/* What an inline adds before its content. */
static void collect_open(collect_t *c, const fo_node_t *n)
{
	if (n->kind == FO_K_INLINE || n->kind == FO_K_BASIC_LINK)
		warn_inline_box(c, n);
	if (n->id)
		collect_id(c, n->id, 0);
}

static int text_is_white(const fo_node_t *n)
{
	for (size_t i = 0; i < n->text_len; i++)
		if (!strchr(" \t\r\n", n->text[i]))
			return 0;
	return 1;
}

/* Is text n white space between two inline-level objects, neither text
 * nor a block?  FOP's XMLWhiteSpaceHandler removes white space only after
 * the block's start or a block and before a block or the block's end, so
 * it keeps one space there, and a paragraph of that space alone (between
 * two change bars, two empty inlines) is a line of its own height. */
static int space_between_inlines(const fo_node_t *n)
{
	if (n->text_len == 0 || !text_is_white(n) || n->next == NULL ||
	    fo_kind_is_block(n->next->kind) || n->parent->first == n)
		return 0;
	const fo_node_t *prev = n->parent->first;
	while (prev->next != n)
		prev = prev->next;
	return prev->kind != FO_K_TEXT && prev->kind != FO_K_MARKER && !fo_kind_is_block(prev->kind);
}

/* Is n an inline object of one piece (its id is where it starts)? */
static int inline_atom(fo_kind_t k)
{
	return k == FO_K_CHARACTER || k == FO_K_PAGE_NUMBER || k == FO_K_LEADER ||
	       k == FO_K_CITATION || k == FO_K_CITATION_LAST || k == FO_K_EXTERNAL_GRAPHIC ||
	       k == FO_K_INSTREAM_FOREIGN_OBJECT || k == FO_K_INLINE_CONTAINER;
}

static void collect_node(collect_t *c, const fo_node_t *n)
{
	const fo_gen_env_t *env = &c->g->env;
	if (n->id && inline_atom(n->kind))
		collect_id(c, n->id, 0);
	switch (n->kind) {
	case FO_K_TEXT:
		if (c->lone_space == NULL && fo_para_is_empty(c->para) &&
		    n->parent->style->ws_treatment != FO_WS_IGNORE && space_between_inlines(n)) {
			c->lone_space = n->parent->style;
			c->lone_at = c->nchanges;
		}
		warn_uncovered(c, n, n->text, n->text_len, n->parent->style);
		fo_para_add_text(c->para, n->text, n->text_len, n->parent->style);
		return;
	case FO_K_CHARACTER: {
		const char *ch = fo_attr(n, "character");
		warn_inline_box(c, n);
		if (ch) {
			warn_uncovered(c, n, ch, strlen(ch), n->style);
			/* a line feed is treated as linefeed-treatment says, as in
			 * the text around it (XSL 1.1 7.16.7): preserved, it ends
			 * the line (FOP 2.8 draws a missing glyph there) */
			if (strcmp(ch, "\n") == 0)
				fo_para_add_text(c->para, ch, 1, n->style);
			/* FOP lays a character out as a box of its own: a space
			 * there is no line break (suppress-at-line-break unread) */
			else
				fo_para_add_character(c->para, strcmp(ch, " ") == 0 ? "\xC2\xA0" : ch, n->style);
		}
		return;
	}
	case FO_K_PAGE_NUMBER:
		warn_inline_box(c, n);
		fo_para_add_page_number(c->para, env->page_number ? env->page_number : "", n->style);
		return;
	case FO_K_FOOTNOTE:
		for (const fo_node_t *k = n->first; k; k = k->next) {
			if (k->kind != FO_K_FOOTNOTE_BODY)
				collect_node(c, k);
			else if (fo_para_offset(c->para) > 0)
				fo_footnote_collect(&c->notes, k, fo_para_offset(c->para) - 1, env,
				                    FO_EX_FOOTNOTE);
		}
		return;
	case FO_K_MARKER:
		return;  /* shown only where retrieved */
	case FO_K_FLOAT:
		if (fo_float_is_side(n))
			c->floats[c->nfloats < 4 ? c->nfloats++ : 3] = n;
		else if (fo_float_is_before(n) && env->before_floats) {
			size_t off = fo_para_offset(c->para);
			fo_footnote_collect(&c->notes, n, off > 0 ? off - 1 : 0, env, FO_EX_FLOAT_BEFORE);
		} else  /* none, or out of the flow: a block where it stands (fo_float.h) */
			c->blocks = n;
		return;
	case FO_K_CHANGE_BAR_BEGIN:
	case FO_K_CHANGE_BAR_END:
		c->changes = xgrow(c->changes, &c->chcap, c->nchanges + 1, sizeof *c->changes);
		c->changes[c->nchanges++] = (change_at_t){ fo_para_offset(c->para), n, 0 };
		return;
	case FO_K_RETRIEVE_MARKER:
	case FO_K_RETRIEVE_TABLE_MARKER: {
		fo_style_ctx_t sctx = { env->file, env->diag };
		const fo_node_t *m = n->kind == FO_K_RETRIEVE_MARKER
		                     ? fo_markers_get(env->markers, n, env->page_index, &sctx)
		                     : fo_markers_table_get(env->tfrag, n, &sctx);
		for (const fo_node_t *k = m ? m->first : NULL; k; k = k->next)
			collect_node(c, k);
		return;
	}
	case FO_K_EXTERNAL_GRAPHIC:
	case FO_K_INSTREAM_FOREIGN_OBJECT:
		fo_graphic_inline(c->para, n, c->g->stack[c->g->depth - 1].blk->w, env);
		return;
	case FO_K_LEADER:
		warn_inline_box(c, n);
		fo_leader_add(c->para, n, env);
		return;
	case FO_K_INLINE_CONTAINER:
		fo_container_inline(c->para, n, env, c->g->stack[c->g->depth - 1].blk->w);
		return;
	case FO_K_CITATION:
	case FO_K_CITATION_LAST: {
		const char *ref = fo_attr(n, "ref-id");
		warn_inline_box(c, n);
		const char *txt = ref && env->cite ? env->cite(env->ud, ref, n->kind == FO_K_CITATION_LAST, n) : "";
		fo_para_add_literal(c->para, txt, n->style);
		return;
	}
	default:
		break;
	}
	collect_open(c, n);
	size_t start = fo_para_offset(c->para);
	for (const fo_node_t *k = n->first; k; k = k->next)
		collect_node(c, k);
	collect_marks(c, n, start, 0, 0);
	if (n->kind == FO_K_BASIC_LINK)
		fo_link_collect(&c->links, env->nav, n, start, fo_para_offset(c->para));
	if (n->kind == FO_K_BIDI_OVERRIDE)
		fo_para_add_bidi(c->para, start, n->style->bidi, n->style->dir_rtl);
	if (n->id)
		collect_id(c, n->id, 1);
}

/* Line i of c's paragraph, in block blk, with its links, footnotes and
 * ids; the keep of the break before it (orphans, widows of st). */
static int line_box(collect_t *c, fo_blk_t *blk, const fo_style_t *st, int i, fo_item_t *box)
{
	int n = fo_para_line_count(c->para);
	*box = (fo_item_t){ .kind = FO_IT_LINE, .blk = fo_blk_ref(blk),
	                    .para = fo_para_ref(c->para), .line = i };
	double base;
	fo_para_line_metrics(c->para, i, &box->h, &base);
	fo_link_attach(&box->extra, c->links, c->para, i);
	if (c->line_link)
		fo_link_line(&box->extra, c->g->env.nav, c->line_link, blk->w);
	fo_footnote_attach(&box->extra, &c->notes, c->para, i);
	marks_attach(&box->extra, c, i, n);
	for (size_t k = 0; k < c->nids; k++)
		if (fo_para_line_of(c->para, c->ids[k].off) == i)
			idmark_add(&box->ids, c->ids[k].id, c->ids[k].last);
	return i > 0 && (i < st->orphans || n - i < st->widows) ? FO_KEEP_ALWAYS : 0;
}

/* The line of c's paragraph a change's begin marks first (INT_MAX: none,
 * it begins after the text), or its end last (-1: none, it ends before
 * the text): as FOP's, a change marks the lines holding what is inside it. */
static int change_line(const collect_t *c, const change_at_t *ch)
{
	if (ch->node->kind == FO_K_CHANGE_BAR_BEGIN)
		return ch->off < fo_para_offset(c->para) ? fo_para_line_of(c->para, ch->off) : INT_MAX;
	return ch->off > 0 ? fo_para_line_of(c->para, ch->off - 1) : -1;
}

/* Opens and closes the paragraph's changes up to line: a change marks
 * the lines from the one it begins on to the one it ends on (line -1:
 * all that are left, in order). */
static void changes_to_line(fo_gen_t *g, collect_t *c, int line)
{
	for (size_t k = 0; k < c->nchanges; k++) {
		change_at_t *ch = &c->changes[k];
		if (ch->done)
			continue;
		int at = change_line(c, ch);
		if (line >= 0 && (ch->node->kind == FO_K_CHANGE_BAR_BEGIN ? at > line : at >= line))
			continue;
		fo_changes_apply(&g->changes, ch->node);
		ch->done = 1;
	}
}

/* A float as wide as the column leaves no room beside it: it stands in
 * the flow, the paragraph below it at its full width (as FOP's since its
 * FOP-3331; 2.8 sets the lines beside it, running off the page). */
static void float_above(fo_gen_t *g, fo_itemq_t *q, frame_t *f, collect_t *c, fo_float_t *side)
{
	g->float_mark = (fo_item_t){ .kind = FO_IT_MARK, .blk = fo_blk_ref(f->blk),
	                             .extra = c->floats_placed };
	c->floats_placed = NULL;
	g->float_side = *side;
	fo_item_t box = { .kind = FO_IT_BOX, .h = side->h, .blk = fo_blk_ref(f->blk) };
	emit_box(g, q, &box, 0);
	side->h = 0;
}

static void para_emit(fo_gen_t *g, fo_itemq_t *q, frame_t *f, collect_t *c)
{
	const fo_style_t *st = f->node->style;
	double indent = f->first_para ? fo_len_resolve(st->text_indent, f->blk->w) : 0;
	f->first_para = 0;
	/* A float beside: one cited here, level with the first line, or one
	 * still beside from before, less the space before this paragraph. */
	fo_float_t side = g->side;
	fo_float_pass(&side, space_resolve(g, 0).opt);
	if (c->floats_placed)
		side = c->fresh;
	if (c->floats_placed && side.w >= f->blk->w - 0.001)
		float_above(g, q, f, c, &side);
	fo_float_beside(&side, c->para);
	fo_para_layout(c->para, g->env.fonts, f->blk->w, indent);
	int n = fo_para_line_count(c->para);
	for (int i = 0; i < n; i++) {
		fo_item_t box;
		int keep = line_box(c, f->blk, st, i, &box);
		if (i == 0 && c->floats_placed) {
			g->float_mark = (fo_item_t){ .kind = FO_IT_MARK, .blk = fo_blk_ref(f->blk),
			                             .extra = c->floats_placed };
			c->floats_placed = NULL;
			g->float_side = side;  /* from the first line's top, below its space */
		}
		if (c->nchanges)
			changes_to_line(g, c, i);
		emit_box(g, q, &box, keep);
	}
}

/* ---------- another width (fo_gen_rewidth) ---------- */

typedef struct blk_pair {
	fo_blk_t *old, *now;
} blk_pair_t;

/* What was laid out at the old width, and its copies at the new one. */
typedef struct rewidth {
	fo_gen_t *g;
	blk_pair_t *v;
	size_t n, cap;
} rewidth_t;

/* b at the new width, its ancestors too (their backgrounds are drawn
 * from the chain); a new reference. */
static fo_blk_t *blk_rewidth(rewidth_t *r, fo_blk_t *b)
{
	if (b == NULL)
		return NULL;
	for (size_t i = 0; i < r->n; i++)
		if (r->v[i].old == b)
			return fo_blk_ref(r->v[i].now);
	fo_blk_t *c = blk_make(b->node, blk_rewidth(r, b->parent), r->g->env.width);
	c->depth = b->depth;
	c->plain = b->plain;
	r->v = xgrow(r->v, &r->cap, r->n + 1, sizeof *r->v);
	r->v[r->n++] = (blk_pair_t){ fo_blk_ref(b), c };
	return fo_blk_ref(c);
}

static void rewidth_free(rewidth_t *r)
{
	for (size_t i = 0; i < r->n; i++) {
		fo_blk_unref(r->v[i].old);
		fo_blk_unref(r->v[i].now);
	}
	free(r->v);
}

/* Moves what old line it carries to c (links once, footnotes, ids at the
 * line's start) or to *others (markers: the first new line's). */
static void line_extras_take(collect_t *c, fo_item_t *it, fo_extra_t **others)
{
	size_t off = fo_para_line_start(it->para, it->line);
	for (const fo_idmark_t *m = it->ids; m; m = m->next) {
		c->ids = xgrow(c->ids, &c->cap, c->nids + 1, sizeof *c->ids);
		c->ids[c->nids++] = (inline_id_t){ off, m->id, m->last };
	}
	for (fo_extra_t *e = it->extra, *next; e; e = next) {
		next = e->next;
		e->next = NULL;
		int dup = 0;
		for (const fo_extra_t *l = c->links; e->kind == FO_EX_LINK && l; l = l->next)
			dup |= l->start == e->start && l->end == e->end;
		if (dup)
			fo_extra_free(e);
		else
			fo_extra_append(e->kind == FO_EX_LINK ? &c->links :
			                e->kind == FO_EX_FOOTNOTE ? &c->notes : others, e);
	}
	it->extra = NULL;
}

/* The keep between lines of blk's paragraph beyond widows and orphans:
 * keep-together of the block and its ancestors. */
static int lines_keep(const fo_blk_t *blk)
{
	int keep = 0;
	for (const fo_node_t *n = blk->node; n; n = n->parent)
		if (n->style && n->style->keep_together > keep)
			keep = n->style->keep_together;
	return keep;
}

/* The lines of one paragraph from q[a] on (with the breaks between them)
 * laid out again from q[a]'s line at the new width, onto out; returns
 * the index after them in q. */
static size_t para_rewidth(rewidth_t *r, fo_itemq_t *q, size_t a, fo_itemq_t *out)
{
	const fo_para_t *para = q->v[a].para;  /* the items are cleared below */
	fo_blk_t *blk = blk_rewidth(r, q->v[a].blk);
	collect_t c = { .g = r->g, .para = fo_para_continue(q->v[a].para, q->v[a].line, blk->w) };
	fo_extra_t *others = NULL;
	size_t b = a;
	for (; b < q->len; b++) {
		fo_item_t *it = &q->v[b];
		if (it->kind == FO_IT_LINE && it->para == para)
			line_extras_take(&c, it, &others);
		else if (it->kind != FO_IT_BREAK || b + 1 >= q->len ||
		         q->v[b + 1].kind != FO_IT_LINE || q->v[b + 1].para != para)
			break;
		fo_item_clear(it);
	}
	int n = fo_para_line_count(c.para), keep = lines_keep(blk);
	for (int i = 0; i < n; i++) {
		fo_item_t box;
		int k = line_box(&c, blk, blk->st, i, &box);
		if (i > 0) {
			fo_item_t br = { .kind = FO_IT_BREAK, .keep = k > keep ? k : keep };
			fo_itemq_push(out, &br);
		}
		if (i == 0)
			fo_extra_append(&box.extra, others);
		fo_itemq_push(out, &box);
	}
	fo_blk_unref(blk);
	fo_para_unref(c.para);
	free(c.ids);
	fo_extra_free(c.links);
	fo_extra_free(c.notes);
	return b;
}

void fo_gen_rewidth(fo_gen_t *g, fo_itemq_t *q)
{
	if (g->spanning || g->env.width == g->made_width)
		return;  /* (all generated, depth 0: the queued lines still are) */
	g->made_width = g->env.width;
	rewidth_t r = { g, NULL, 0, 0 };
	for (size_t i = 0; i < g->depth && g->stack[i].node->kind != FO_K_TABLE; i++) {
		fo_blk_t *now = blk_rewidth(&r, g->stack[i].blk);
		fo_blk_unref(g->stack[i].blk);
		g->stack[i].blk = now;
	}
	fo_itemq_t out = { NULL, 0, 0 };
	for (size_t i = 0; i < q->len;) {
		fo_item_t *it = &q->v[i];
		if (it->kind == FO_IT_LINE) {
			i = para_rewidth(&r, q, i, &out);
			continue;
		}
		if (it->kind == FO_IT_DECO) {
			fo_blk_t *now = blk_rewidth(&r, it->blk);
			fo_blk_unref(it->blk);
			it->blk = now;
		}
		fo_itemq_push(&out, it);
		i++;
	}
	free(q->v);
	*q = out;
	rewidth_free(&r);
}

/* Does inline content k show something on a line (not white space)? */
static int inline_shows(const fo_node_t *k)
{
	if (k->kind != FO_K_TEXT)
		return 1;
	for (size_t i = 0; i < k->text_len; i++)
		if (!isspace((unsigned char)k->text[i]))
			return 1;
	return 0;
}

/* Does block content n sit beside text or another graphic between the
 * blocks around it?  Graphics side by side share lines, broken where
 * they do not fit, as FOP (external-graphic_breaking). */
static int graphic_beside_text(const fo_node_t *n)
{
	int beside = 0, seen = 0;
	for (const fo_node_t *k = n->parent->first; k; k = k->next) {
		if (fo_kind_is_block(k->kind)) {
			if (seen)
				break;
			beside = 0;
		} else if (k == n)
			seen = 1;
		else if (inline_shows(k))
			beside = 1;
	}
	return beside;
}

/* A graphic (or inlines holding only one) with no text beside it: a line
 * of its own.  Beside text it is an object in the line (fo_image). */
static int graphic_alone(const fo_node_t *n)
{
	return fo_graphic_only(n) && !graphic_beside_text(n);
}

/* A graphic directly in a block, or alone in inlines there (a linked
 * logo): a line of its own (fo_image), clickable when in a basic-link. */
static void graphic_emit(fo_gen_t *g, fo_itemq_t *q, frame_t *f, const fo_node_t *n)
{
	const fo_node_t *gr = fo_graphic_only(n);
	fo_item_t box;
	for (const fo_node_t *a = gr; a; a = a == n ? NULL : a->parent)
		if (a->id)
			idmark_add(&g->pending_ids, a->id, 0);
	if (fo_graphic_item(gr, f->blk, &g->env, &box) < 0)
		return;
	for (const fo_node_t *a = gr; a; a = a == n ? NULL : a->parent)
		if (a->kind == FO_K_BASIC_LINK)
			fo_link_collect(&box.extra, g->env.nav, a, 0, 1);
	emit_box(g, q, &box, 0);
}

/* The marker retrieve-(table-)marker k shows, when it holds blocks: laid
 * out as a block of its own rather than as text of a paragraph. */
static const fo_node_t *marker_blocks(fo_gen_t *g, const fo_node_t *k)
{
	if (k->kind != FO_K_RETRIEVE_MARKER && k->kind != FO_K_RETRIEVE_TABLE_MARKER)
		return NULL;
	fo_style_ctx_t sctx = { g->env.file, g->env.diag };
	const fo_node_t *m = k->kind == FO_K_RETRIEVE_MARKER
	                     ? fo_markers_get(g->env.markers, k, g->env.page_index, &sctx)
	                     : fo_markers_table_get(g->env.tfrag, k, &sctx);
	for (const fo_node_t *c = m ? m->first : NULL; c; c = c->next)
		if (fo_kind_is_block(c->kind))
			return m;
	return NULL;
}

/* Does inline n hold a block?  Then the block ends the line and starts a
 * new one, and the text after it another line (FOP): the generator goes
 * into n instead of collecting it whole. */
static int inline_holds_block(const fo_node_t *n)
{
	if (n->kind != FO_K_INLINE && n->kind != FO_K_WRAPPER && n->kind != FO_K_BASIC_LINK)
		return 0;
	for (const fo_node_t *k = n->first; k; k = k->next)
		if (fo_kind_is_block(k->kind) || inline_holds_block(k))
			return 1;
	return 0;
}

/* The node after k inside top, in document order, not entering k: after
 * a block inside inlines, the text that follows it in those inlines. */
static const fo_node_t *node_after(const fo_node_t *k, const fo_node_t *top)
{
	while (k->next == NULL && k->parent != top)
		k = k->parent;
	return k->next;
}

/* The basic-links holding a block that a paragraph's text is in: each
 * links the text of the paragraph inside it, as FOP's link areas cover
 * the text of a link around and between the blocks in it (never the
 * blocks' lines). */
typedef struct open_links {
	const fo_node_t *node[8];
	size_t start[8];
	int n;
} open_links_t;

static void open_link(open_links_t *o, const fo_node_t *n, size_t start)
{
	if (n->kind != FO_K_BASIC_LINK || o->n == 8)
		return;
	o->node[o->n] = n;
	o->start[o->n++] = start;
}

static int node_within(const fo_node_t *k, const fo_node_t *top)
{
	for (; k; k = k->parent)
		if (k == top)
			return 1;
	return 0;
}

/* Links the text of the open links k is no longer in (k NULL: all). */
static void close_links(collect_t *c, open_links_t *o, const fo_node_t *k)
{
	while (o->n > 0 && (k == NULL || !node_within(k, o->node[o->n - 1]))) {
		o->n--;
		fo_link_collect(&c->links, c->g->env.nav, o->node[o->n], o->start[o->n],
		                fo_para_offset(c->para));
	}
}

static int is_inline_kind(fo_kind_t k)
{
	return k == FO_K_INLINE || k == FO_K_WRAPPER || k == FO_K_BASIC_LINK;
}

/* The basic-link whose area covers each whole line of block n: FOP gives
 * a link an area around a block (and the blocks in it) held by an inline
 * inside the link, none around a block the link holds itself. */
static const fo_node_t *block_line_link(const fo_node_t *n)
{
	const fo_node_t *a = n;
	while (a->parent && fo_kind_is_block(a->parent->kind))
		a = a->parent;
	if (a->parent == NULL || !is_inline_kind(a->parent->kind))
		return NULL;
	for (const fo_node_t *up = a->parent->parent; up && is_inline_kind(up->kind); up = up->parent)
		if (up->kind == FO_K_BASIC_LINK)
			return up;
	return NULL;
}

/* The line of FOP's kept space alone: a zero-width space, after the
 * changes begun or ended before the space, before the others. */
static void lone_space_add(collect_t *c)
{
	fo_para_add_literal(c->para, "\xE2\x80\x8B", c->lone_space);  /* U+200B */
	for (size_t k = c->lone_at; k < c->nchanges; k++)
		c->changes[k].off = fo_para_offset(c->para);
}

static void para_step(fo_gen_t *g, fo_itemq_t *q)
{
	frame_t *f = &g->stack[g->depth - 1];
	collect_t c = { .g = g, .para = fo_para_new(f->node->style),
	                .line_link = block_line_link(f->node) };
	const fo_node_t *k = f->cursor;
	open_links_t links = { .n = 0 };
	const fo_node_t *up[8];
	int nup = 0;
	for (const fo_node_t *a = k->parent; a && a != f->node && nup < 8; a = a->parent)
		up[nup++] = a;
	while (nup > 0) {  /* after a block inside links: outermost first */
		open_link(&links, up[--nup], 0);
		collect_marks(&c, up[nup], 0, 1, 1);
	}
	block_line_marks(&c, f->node);
	while (k && !fo_kind_is_block(k->kind) && !graphic_alone(k) && !marker_blocks(g, k)) {
		if (inline_holds_block(k)) {
			collect_open(&c, k);
			collect_marks(&c, k, fo_para_offset(c.para), 1, 0);
			open_link(&links, k, fo_para_offset(c.para));
			k = k->first;
			continue;
		}
		collect_node(&c, k);
		k = node_after(k, f->node);
		close_links(&c, &links, k);
		marks_close(&c, k);
	}
	close_links(&c, &links, NULL);
	f->cursor = k;
	if (c.lone_space && fo_para_is_empty(c.para))
		lone_space_add(&c);
	for (int i = 0; i < c.nfloats; i++)
		fo_extra_append(&c.floats_placed, fo_float_place(c.floats[i], f->blk, &g->env, &c.fresh));
	if (!fo_para_is_empty(c.para)) {
		para_emit(g, q, f, &c);
	} else if (c.notes) {
		/* No text: the before-floats cited travel with an empty box. */
		fo_item_t box = { .kind = FO_IT_BOX, .blk = fo_blk_ref(f->blk), .extra = c.notes };
		c.notes = NULL;
		for (size_t i = 0; i < c.nids; i++)
			idmark_add(&box.ids, c.ids[i].id, c.ids[i].last);
		emit_box(g, q, &box, 0);
	} else if (c.nids > 0) {
		fo_item_t mark = { .kind = FO_IT_MARK };
		for (size_t i = 0; i < c.nids; i++)
			idmark_add(&mark.ids, c.ids[i].id, c.ids[i].last);
		fo_itemq_push(q, &mark);
	}
	changes_to_line(g, &c, -1);
	fo_para_unref(c.para);
	free(c.ids);
	free(c.imarks);
	free(c.changes);
	fo_extra_free(c.links);
	fo_extra_free(c.notes);
	if (c.floats_placed) {  /* no text: the floats stand where the paragraph would */
		fo_item_t mark = { .kind = FO_IT_MARK, .blk = fo_blk_ref(f->blk), .extra = c.floats_placed };
		fo_itemq_push(q, &mark);
		g->side = c.fresh;
	}
	if (k && graphic_alone(k)) {
		f->cursor = node_after(k, f->node);
		graphic_emit(g, q, f, k);
	}
	if (c.blocks)
		block_open(g, q, c.blocks);  /* last: it may move the stack */
}

int fo_gen_step(fo_gen_t *g, fo_itemq_t *q)
{
	if (g->depth == 0)
		return 0;
	frame_t *f = &g->stack[g->depth - 1];
	if (f->cursor == NULL) {
		if (g->depth == 1) {
			span_set(g, q, 0);
			/* Markers of empty blocks ending the flow: on its last page
			 * (FOP), not lost for want of a box after them. */
			if (g->pending_markers) {
				fo_item_t mark = { .kind = FO_IT_MARK, .extra = g->pending_markers };
				g->pending_markers = NULL;
				fo_itemq_push(q, &mark);
			}
			fo_blk_unref(f->blk);
			g->depth = 0;
			return 0;
		}
		block_close(g, q);
		return 1;
	}
	if (f->node->kind == FO_K_TABLE) {
		if (fo_table_step(g, q, f->node, &f->table))
			f->cursor = NULL;  /* a row group a step */
		return 1;
	}
	if (f->node->kind == FO_K_LIST_ITEM) {
		f->cursor = NULL;  /* laid out whole by fo_list */
		fo_list_item_emit(g, q, f->node);
		return 1;
	}
	const fo_node_t *k = f->cursor;
	const fo_node_t *retrieved = marker_blocks(g, k);
	if (retrieved) {
		f->cursor = node_after(k, f->node);
		block_open(g, q, retrieved);
		return 1;
	}
	if (fo_kind_is_block(k->kind)) {
		f->cursor = node_after(k, f->node);
		if (g->depth == 1 && !fo_container_is_absolute(k))
			span_set(g, q, span_all(g, k));
		if (fo_container_is_absolute(k)) {
			fo_item_t box;  /* out of the flow: no breaks or spaces of its own */
			fo_container_item(k, &g->env, &box);
			emit_box(g, q, &box, 0);
		} else if (fo_container_is_sized(k))
			container_box(g, q, k);
		else
			block_open(g, q, k);
	} else {
		para_step(g, q);
	}
	return 1;
}
