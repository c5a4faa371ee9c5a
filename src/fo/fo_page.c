/* fo_page: see fo_page.h. */
#include "fo_page.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fo_columns.h"
#include "fo_container.h"
#include "fo_footnote.h"
#include "fo_table.h"
#include "../util/xalloc.h"

void fo_page_free(fo_page_t *pg)
{
	if (pg == NULL)
		return;
	for (size_t i = 0; i < pg->n; i++)
		fo_item_clear(&pg->items[i]);
	free(pg->items);
	free(pg->y);
	free(pg->areas);
	fo_blk_unref(pg->next);
	fo_extra_free(pg->notes);
	free(pg);
}

void fo_items_place(const fo_item_t *items, size_t n, double *y)
{
	double at = 0;
	int has_box = 0;
	for (size_t i = 0; i < n; i++) {
		const fo_item_t *it = &items[i];
		y[i] = at;
		if (it->kind == FO_IT_GLUE)
			at += has_box ? it->h : it->h_top;
		else if (fo_item_is_box(it->kind)) {
			at += it->h;
			has_box = 1;
		}
	}
}

static void format_roman(int n, int upper, char *out, size_t len)
{
	static const struct { int v; const char *s; } r[] = {
		{ 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" }, { 100, "c" },
		{ 90, "xc" }, { 50, "l" }, { 40, "xl" }, { 10, "x" }, { 9, "ix" },
		{ 5, "v" }, { 4, "iv" }, { 1, "i" },
	};
	size_t k = 0;
	for (size_t i = 0; i < sizeof r / sizeof r[0]; i++) {
		while (n >= r[i].v && k + 3 < len) {
			for (const char *p = r[i].s; *p; p++)
				out[k++] = upper ? (char)(*p - 'a' + 'A') : *p;
			n -= r[i].v;
		}
	}
	out[k] = '\0';
}

static void format_alpha(int n, int upper, char *out, size_t len)
{
	char tmp[32];
	size_t k = 0;
	while (n > 0 && k < sizeof tmp) {
		n--;
		tmp[k++] = (char)((upper ? 'A' : 'a') + n % 26);
		n /= 26;
	}
	size_t i = 0;
	for (; i < k && i + 1 < len; i++)
		out[i] = tmp[k - 1 - i];
	out[i] = '\0';
}

void fo_page_format(int number, fo_numfmt_t fmt, int digits, char *out, size_t len)
{
	if (number < 1 && fmt != FO_FMT_DECIMAL)
		fmt = FO_FMT_DECIMAL;
	switch (fmt) {
	case FO_FMT_ROMAN_LOWER: format_roman(number, 0, out, len); break;
	case FO_FMT_ROMAN_UPPER: format_roman(number, 1, out, len); break;
	case FO_FMT_ALPHA_LOWER: format_alpha(number, 0, out, len); break;
	case FO_FMT_ALPHA_UPPER: format_alpha(number, 1, out, len); break;
	default: snprintf(out, len, "%0*d", digits > 0 && digits < 10 ? digits : 1, number); break;
	}
}

void fo_spm_frame(const fo_spm_t *m, fo_rect_t *out)
{
	double W = m->width, H = m->height;
	/* The margins are the page's own sides, turned or not, and a share of
	 * the page's width (left, right) or height (top, bottom), as in FOP
	 * (a master's and a region's margins are never mirrored: fo_props). */
	out->x = fo_len_resolve(m->margin[FO_SIDE_START], W);
	out->y = fo_len_resolve(m->margin[FO_SIDE_BEFORE], H);
	out->w = W - out->x - fo_len_resolve(m->margin[FO_SIDE_END], W);
	out->h = H - out->y - fo_len_resolve(m->margin[FO_SIDE_AFTER], H);
}

/* A region's length as a share of the page turned with its
 * reference-orientation (FOP's page width and height contexts): a length
 * across the lines (side, before, after) of its height, along the lines
 * (start, end) of its width. */
static double spm_share(const fo_spm_t *m, fo_len_t l, int across)
{
	int turned = m->orient == 90 || m->orient == 270;
	return fo_len_resolve(l, (across != turned) ? m->height : m->width);
}

void fo_region_viewport(const fo_spm_t *m, int r, fo_rect_t *out)
{
	fo_rect_t f;
	fo_spm_frame(m, &f);
	double px = f.x, py = f.y, pw = f.w, ph = f.h;
	if (m->orient != 0) {
		int turned = m->orient == 90 || m->orient == 270;
		px = py = 0;
		pw = turned ? f.h : f.w;
		ph = turned ? f.w : f.h;
	}
	const fo_region_t *reg = &m->region[r];
	const fo_region_t *bef = &m->region[FO_REG_BEFORE], *aft = &m->region[FO_REG_AFTER];
	const fo_region_t *st = &m->region[FO_REG_START], *en = &m->region[FO_REG_END];
	int rtl = m->node && m->node->style && m->node->style->rtl;
	double bx = bef->present ? spm_share(m, bef->extent, 1) : 0;
	double ax = aft->present ? spm_share(m, aft->extent, 1) : 0;
	double sx = st->present ? spm_share(m, st->extent, 0) : 0;
	double ex = en->present ? spm_share(m, en->extent, 0) : 0;
	fo_rect_t rc = { px, py, pw, ph };
	switch (r) {
	case FO_REG_BODY: {
		double ms = spm_share(m, reg->margin[FO_SIDE_START], 0);
		double me = spm_share(m, reg->margin[FO_SIDE_END], 0);
		double mb = spm_share(m, reg->margin[FO_SIDE_BEFORE], 1);
		rc.x += ms;  /* margin-left: never mirrored (143) */
		rc.y += mb;
		rc.w -= ms + me;
		rc.h -= mb + spm_share(m, reg->margin[FO_SIDE_AFTER], 1);
		break;
	}
	case FO_REG_BEFORE:
	case FO_REG_AFTER:
		rc.h = r == FO_REG_AFTER ? ax : bx;
		if (r == FO_REG_AFTER)
			rc.y = py + ph - ax;
		if (!reg->precedence) {  /* start/end regions take the corners */
			rc.x += rtl ? ex : sx;
			rc.w -= sx + ex;
		}
		break;
	default:
		rc.w = r == FO_REG_END ? ex : sx;
		if ((r == FO_REG_END) != rtl)  /* rl-tb: start on the right */
			rc.x = px + pw - rc.w;
		if (bef->present && bef->precedence) {
			rc.y += bx;
			rc.h -= bx;
		}
		if (aft->present && aft->precedence)
			rc.h -= ax;
		break;
	}
	if (rc.w < 0) rc.w = 0;
	if (rc.h < 0) rc.h = 0;
	*out = rc;
}

void fo_region_rect(const fo_spm_t *m, int r, fo_rect_t *out)
{
	fo_region_viewport(m, r, out);
	int o = m->region[r].orient;
	if (o == 90 || o == 270) {  /* the content's frame is turned a quarter */
		double w = out->w;
		out->w = out->h;
		out->h = w;
	}
}

/* ---------- master selection ---------- */

static int cond_matches(const fo_cond_t *c, int number, int first, int last, int blank)
{
	switch (c->position) {
	case FO_POS_FIRST: if (!first) return 0; break;
	case FO_POS_REST: if (first || last) return 0; break;
	case FO_POS_LAST: if (!last) return 0; break;
	case FO_POS_ONLY: if (!first || !last) return 0; break;
	default: break;
	}
	if (c->parity == FO_PAR_ODD && number % 2 == 0) return 0;
	if (c->parity == FO_PAR_EVEN && number % 2 != 0) return 0;
	if (c->blank == FO_BLANK_BLANK && !blank) return 0;
	if (c->blank == FO_BLANK_NOT && blank) return 0;
	return 1;
}

static const fo_spm_t *sub_pick(const fo_subseq_t *s, int number, int first, int last, int blank)
{
	if (s->kind != FO_SUB_ALTS)
		return s->master;
	for (size_t i = 0; i < s->nconds; i++)
		if (s->conds[i].master && cond_matches(&s->conds[i], number, first, last, blank))
			return s->conds[i].master;
	/* "rest" does not match the last page when "last" is asked but no
	 * alternative says last: fall back to the non-last view. */
	if (last)
		return sub_pick(s, number, first, 0, blank);
	return NULL;
}

const fo_spm_t *fo_master_select(const fo_pseq_t *s, fo_mstate_t *ms, int number,
                                 int first, int last, int blank)
{
	if (s->spm)
		return s->spm;
	const fo_psm_t *p = s->psm;
	while (ms->sub < p->nsubs) {
		const fo_subseq_t *sub = &p->subs[ms->sub];
		int limit = sub->kind == FO_SUB_SINGLE ? 1 : sub->max_repeats;
		if (limit >= 0 && ms->used >= limit) {
			ms->sub++;
			ms->used = 0;
			continue;
		}
		const fo_spm_t *m = sub_pick(sub, number, first, last, blank);
		if (m == NULL) {
			ms->sub++;
			ms->used = 0;
			continue;
		}
		ms->used++;
		return m;
	}
	/* Sub-sequences exhausted: keep using the last one, as FOP does with a
	 * warning; the caller has no better choice. */
	const fo_subseq_t *lastsub = &p->subs[p->nsubs - 1];
	const fo_spm_t *m = sub_pick(lastsub, number, first, last, blank);
	if (m == NULL && lastsub->kind == FO_SUB_ALTS && lastsub->nconds > 0)
		m = lastsub->conds[0].master;
	return m ? m : lastsub->master;
}

/* ---------- pagination ---------- */

typedef struct pager {
	const fo_doc_t *doc;
	const fo_pseq_t *seq;
	size_t si;
	fo_gen_t *gen;
	fo_itemq_t q;
	int gen_done;
	fo_mstate_t ms, ms_before;
	fo_pager_pos_t *pos;
	const fo_pager_cb_t *cb;
	int count;               /* pages made in this sequence */
	fo_rect_t body;
	int skipped;             /* pages in a row the flow could not go on */
	int spanning;            /* the flow is in a span="all" block */
	fo_extra_t *carry;       /* footnotes (or their rest) for the next page */
	int notes_closed;        /* some were left for the next page by a column
	                            before: the notes cited after them wait too */
	int fit;                 /* FOP's fitness class of the page before in its
	                            run of blocks, 1 at the run's start (tf_first()) */
} pager_t;

static fo_page_t *page_new(pager_t *p, int blank)
{
	fo_page_t *pg = xcalloc(1, sizeof *pg);
	pg->index = p->pos->index;
	pg->seq = p->si;
	pg->number = p->pos->number;
	pg->blank = blank;
	pg->first = p->count == 0;
	fo_page_format(pg->number, p->seq->format, p->seq->digits, pg->label, sizeof pg->label);
	p->ms_before = p->ms;
	p->notes_closed = 0;
	pg->spm = fo_master_select(p->seq, &p->ms, pg->number, pg->first, 0, blank);
	fo_region_rect(pg->spm, FO_REG_BODY, &p->body);
	p->cb->begin(p->cb->ud, pg, &p->body);
	return pg;
}

static void page_end(pager_t *p, fo_page_t *pg)
{
	p->pos->number++;
	p->pos->index++;
	p->count++;
	p->cb->end(p->cb->ud, pg);
}

static void page_blank(pager_t *p)
{
	page_end(p, page_new(p, 1));
}

/* A blank page ending the sequence: it is the last page. */
static void page_blank_last(pager_t *p)
{
	fo_page_t *pg = page_new(p, 1);
	fo_mstate_t ms = p->ms_before;
	pg->last = 1;
	pg->spm = fo_master_select(p->seq, &ms, pg->number, pg->first, 1, 1);
	page_end(p, pg);
}

/* Positions the page's items from item from on, stacked from top down
 * the body. */
static void page_place(fo_page_t *pg, size_t from, double top)
{
	fo_items_place(pg->items + from, pg->n - from, pg->y + from);
	if (top != 0)
		for (size_t i = from; i < pg->n; i++)
			pg->y[i] += top;
}

/* Moves the first n queued items onto the page, from top down the body. */
static void page_take(pager_t *p, fo_page_t *pg, size_t n, double top)
{
	size_t from = pg->n;
	pg->items = xrealloc(pg->items, (from + n + 1) * sizeof *pg->items);
	pg->y = xrealloc(pg->y, (from + n + 1) * sizeof *pg->y);
	if (n > 0)
		memcpy(pg->items + from, p->q.v, n * sizeof *pg->items);
	pg->n += n;
	page_place(pg, from, top);
	fo_itemq_drop(&p->q, n);
}

/* ---------- footnotes split across pages (fo_footnote) ---------- */

/* A footnote waiting for a page, and the item citing it (NULL: carried
 * from a page before). */
typedef struct note_ref {
	fo_extra_t *e;
	fo_item_t *it;
} note_ref_t;

/* The notes waiting: carry's, then those cited by items [from, to) of v.
 * The caller frees *out. */
static size_t notes_gather(fo_extra_t *carry, fo_item_t *v, size_t from, size_t to,
                           note_ref_t **out)
{
	note_ref_t *a = NULL;
	size_t n = 0, cap = 0;
	for (fo_extra_t *e = carry; e; e = e->next) {
		a = xgrow(a, &cap, n + 1, sizeof *a);
		a[n++] = (note_ref_t){ e, NULL };
	}
	for (size_t i = from; i < to; i++)
		for (fo_extra_t *e = v[i].extra; e; e = e->next)
			if (e->kind == FO_EX_FOOTNOTE) {
				a = xgrow(a, &cap, n + 1, sizeof *a);
				a[n++] = (note_ref_t){ e, &v[i] };
			}
	*out = a;
	return n;
}

/* fo_footnotes_fit() on the notes waiting: carry's and those of items
 * [from, to) of v. */
static int notes_fit(fo_extra_t *carry, fo_item_t *v, size_t from, size_t to, size_t nwhole,
                     double room, fo_note_fit_t *fit)
{
	note_ref_t *a;
	size_t n = notes_gather(carry, v, from, to, &a);
	fo_extra_t **e = xmalloc((n ? n : 1) * sizeof *e);
	for (size_t k = 0; k < n; k++)
		e[k] = a[k].e;
	int ok = fo_footnotes_fit(e, n, nwhole, room, fit);
	free(e);
	free(a);
	return ok;
}

/* Shares the notes waiting for page pg (carried, then those of its items
 * from from on) as fit says: the notes placed stay on their items or
 * join pg->notes; the rest of a note cut and the notes left wait in
 * p->carry for the next page, in order. */
static void notes_apply(fo_extra_t **carry, fo_page_t *pg, size_t from, const fo_note_fit_t *fit)
{
	note_ref_t *a;
	size_t n = notes_gather(*carry, pg->items, from, pg->n, &a);
	fo_extra_t *left = NULL;
	*carry = NULL;
	for (size_t k = 0; k < n; k++) {
		fo_extra_t *e = a[k].e, *rest = NULL;
		int placed = k < fit->whole || (k == fit->whole && fit->cut);
		if (k == fit->whole && fit->cut)
			rest = fo_footnote_cut(e, fit->at);
		if (a[k].it && !placed)
			fo_extra_unlink(&a[k].it->extra, e);
		if (a[k].it == NULL || !placed) {
			e->next = NULL;
			fo_extra_append(placed ? &pg->notes : &left, e);
		}
		if (rest)
			fo_extra_append(&left, rest);
	}
	free(a);
	*carry = left;
}

/* Items made at a break: foot ends page pg (its column from item from, at
 * top), head starts the next page (after q[0], the break, dropped next).
 * Frees both queues' arrays; returns how many items head queued. */
static size_t page_break_add(pager_t *p, fo_page_t *pg, fo_itemq_t *foot, fo_itemq_t *head,
                           size_t from, double top)
{
	if (foot->len > 0) {
		pg->items = xrealloc(pg->items, (pg->n + foot->len) * sizeof *pg->items);
		pg->y = xrealloc(pg->y, (pg->n + foot->len) * sizeof *pg->y);
		memcpy(pg->items + pg->n, foot->v, foot->len * sizeof *foot->v);
		pg->n += foot->len;
		page_place(pg, from, top);
	}
	if (head->len > 0) {
		/* q[0] is the break, dropped next: the header goes after it and
		 * the glue after it (a row's, dropped at the page's top). */
		size_t at = 1;
		while (at < p->q.len && p->q.v[at].kind == FO_IT_GLUE)
			at++;
		fo_itemq_insert(&p->q, at, head->v, head->len);
	}
	size_t queued = head->len;
	free(foot->v);
	free(head->v);
	return queued;
}

/* A page breaks inside a table's body (row is not NULL): the footer ends
 * this page (the column from item from, at top) and the header starts
 * the next, as the table asks. */
static size_t page_table_break(pager_t *p, fo_page_t *pg, fo_row_t *row, size_t from,
                               double top)
{
	if (row == NULL)
		return 0;
	fo_itemq_t foot = { NULL, 0, 0 }, head = { NULL, 0, 0 };
	fo_table_break_items(row, &foot, &head);
	return page_break_add(p, pg, &foot, &head, from, top);
}

/* The last box of pg, or NULL. */
static const fo_item_t *page_last_box(const fo_page_t *pg)
{
	for (size_t i = pg->n; i-- > 0;)
		if (fo_item_is_box(pg->items[i].kind))
			return &pg->items[i];
	return NULL;
}

static int item_ready(pager_t *p, size_t i);

/* The first box queued after item i, or NULL (the pointer lasts until the
 * queue grows). */
static const fo_item_t *next_box(pager_t *p, size_t i)
{
	for (size_t j = i + 1; item_ready(p, j); j++)
		if (fo_item_is_box(p->q.v[j].kind))
			return &p->q.v[j];
	return NULL;
}

/* A page breaks inside block-containers: their after edges end this
 * page, their before edges start the next (fo_container). */
static size_t page_container_break(pager_t *p, fo_page_t *pg, size_t from, double top)
{
	fo_itemq_t foot = { NULL, 0, 0 }, head = { NULL, 0, 0 };
	const fo_item_t *b = next_box(p, 0);
	fo_container_break_items(page_last_box(pg), b, &foot, &head);
	return page_break_add(p, pg, &foot, &head, from, top);
}

/* Makes sure item i exists; 0 when the flow is exhausted. */
static int item_ready(pager_t *p, size_t i)
{
	while (i >= p->q.len && !p->gen_done)
		p->gen_done = !fo_gen_step(p->gen, &p->q);
	return i < p->q.len;
}

typedef struct fill {
	size_t cut;              /* items before it go on the page */
	int skip;                /* a break item at cut to drop */
	fo_break_t forced;       /* the kind of forced break taken */
	int done;                /* the flow is exhausted */
	int span;                /* cut is a span="all" block's start or end */
	int split;               /* the notes waiting do not all fit: they share
	                            note_room as fo_footnotes_fit() says, the
	                            first nwhole whole */
	double note_room;
	size_t nwhole;
	size_t defer;            /* 1 + the item from which the before-floats
	                            wait for the next page (0: none) */
	double ratio;            /* how far the spaces shrink (-1..0) or stretch */
	int fit1;                /* 1 + FOP's fitness class of the page, 0: unknown */
} fill_t;

/* Where page_fill() fills: a page's body or one of its columns. */
typedef struct room {
	size_t from;             /* the first queued item to place */
	double avail;            /* the height free */
	int has_note;            /* the page has footnotes already */
	int columns;             /* span="all" blocks end the column */
	int may_be_empty;        /* a span's first column below others: the page
	                            may end before it, as at a free break */
	int has_float;           /* the page has before-floats already */
	double float_room;       /* the height before-floats may still take: no
	                            more than the columns beside leave free */
	size_t goal;             /* 1 + the break FOP's total fit ends the page at
	                            (tf_first()), 0: page_fill() chooses */
} room_t;

/* A page's content so far: its height and how much its spaces may give. */
typedef struct extent {
	double y, shrink, stretch;
} extent_t;

/* FOP's adjustment ratio of a page ending here (its page breaker is
 * Knuth's, with threshold 1): how far the spaces must shrink (-1..0) or
 * stretch to fill avail exactly; HUGE_VAL when they cannot. */
static double page_ratio(const extent_t *e, double avail)
{
	double d = avail - e->y;
	if (fabs(d) < 0.01)
		return 0;
	if (d < 0)
		return e->shrink > 0 && -d <= e->shrink ? d / e->shrink : HUGE_VAL;
	return e->stretch > 0 && d <= e->stretch ? d / e->stretch : HUGE_VAL;
}

/* FOP's fitness class of a page whose ratio is r (HUGE_VAL: it does not
 * fill the page, very loose): very tight, tight, loose, very loose. */
static int page_fitness(double r)
{
	return r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
}

/* The break to take of those the page may end at: the weakest keep;
 * then, where the spaces make some fill the page (a ratio within 1), the
 * one needing least change, as FOP's demerits choose; else the last. */
typedef struct pick {
	fill_t f;                /* the break (f.cut) and how notes share the page */
	int keep;                /* -1: none yet */
	double ratio;
} pick_t;

static void pick_consider(pick_t *b, const fill_t *f, int keep, double ratio)
{
	int better;
	if (b->keep < 0 || keep < b->keep)
		better = 1;
	else if (keep > b->keep)
		better = 0;
	else if (ratio != HUGE_VAL)
		better = b->ratio == HUGE_VAL || fabs(ratio) <= fabs(b->ratio);
	else
		better = b->ratio == HUGE_VAL;
	if (!better)
		return;
	*b = (pick_t){ *f, keep, ratio };
	b->f.ratio = ratio == HUGE_VAL ? 0 : ratio;
	b->f.fit1 = 1 + page_fitness(ratio);
}

/* The page ends at f (the flow's end, or a forced break to skip): where
 * its content fills it only by shrinking the spaces, an earlier break
 * needing less shrinking is taken instead, as FOP's demerits do. */
static fill_t page_end_fill(const pick_t *best, const extent_t *e, double avail, fill_t f)
{
	if (e->y <= avail)
		return f;
	pick_t end = *best;
	double ratio = page_ratio(e, avail);
	pick_consider(&end, &f, 0, ratio);
	if (end.f.cut != f.cut || end.keep != 0)
		return best->f;
	f.ratio = ratio == HUGE_VAL ? 0 : ratio;
	return f;
}

/* The footnotes met while filling a page, for FOP's rules on splitting
 * them. */
typedef struct notes_walk {
	double h;                /* the notes waiting: carried and cited */
	size_t n;                /* how many */
	size_t ncarry;           /* how many were carried onto the page */
	size_t n_at_break;       /* how many waited at the last legal break */
	int fresh;               /* some were cited since the last legal break */
	int breaks;              /* legal breaks met on the page */
	double sep;              /* the separator above them, when it takes room */
} notes_walk_t;

/* The room the notes waiting take when all of them go on the page. */
static double notes_total(const notes_walk_t *w)
{
	return w->n > 0 ? w->h + w->sep : 0;
}

/* May the page end at break i of the queue, its content e, with the notes
 * waiting?  It may when they all fit, the spaces above shrinking if need
 * be.  Otherwise, as in FOP, at the first legal break after notes are
 * cited (the notes cited before it whole) or at the page's first legal
 * break when notes were carried onto it, when a part of them fits below
 * the content as it stands: f then says how they share the room. */
static int notes_allow(pager_t *p, const room_t *r, const notes_walk_t *w, size_t i,
                       const extent_t *e, double avail, fill_t *f)
{
	double body = e->y;
	f->split = 0;
	if (w->n == 0 || body - e->shrink + w->sep + w->h <= avail)
		return 1;
	int defer_old = w->breaks == 0 && w->ncarry > 0;
	if (!(w->fresh || defer_old))
		return 0;
	fo_note_fit_t fit;
	size_t nwhole = defer_old ? 0 : w->n_at_break;
	double room = avail - body - w->sep;
	if (!notes_fit(p->carry, p->q.v, r->from, i, nwhole, room, &fit))
		return 0;
	f->split = 1;
	f->note_room = room;
	f->nwhole = nwhole;
	return 1;
}

/* A page ending at i, where no break lets the notes waiting fit: those
 * that fit below body stay, the others wait for the next page (nothing
 * is drawn over the text). */
static fill_t notes_overflow(const notes_walk_t *w, fill_t f, double body,
                             double avail)
{
	if (w->n > 0 && body + w->sep + w->h > avail) {
		f.split = 1;
		f.note_room = avail - body - w->sep;
		f.nwhole = 0;
	}
	return f;
}

/* f, with the item from which before-floats wait for the next page. */
static fill_t fill_deferring(fill_t f, size_t defer)
{
	f.defer = defer;
	return f;
}

/* The page ends at f (the flow's end, or a forced break), its content
 * e tall: when the notes waiting do not allow it, the best break before
 * (or the notes that fit stay, the others wait); else page_end_fill(). */
static fill_t page_fill_end(pager_t *p, const room_t *r, const notes_walk_t *w,
                            const pick_t *best, const extent_t *e, fill_t f)
{
	double avail = r->avail + 0.001;
	if (!notes_allow(p, r, w, f.cut, e, avail, &f))
		return best->keep >= 0 ? best->f : notes_overflow(w, f, e->y, avail);
	if (f.split)
		return f;  /* the notes fill what the content leaves */
	if (r->goal == f.cut + 1) {  /* the spaces shrink, never stretch, here */
		double ratio = page_ratio(e, avail - notes_total(w));
		f.ratio = ratio < 0 ? ratio : 0;
		return f;
	}
	return page_end_fill(best, e, avail - notes_total(w), f);
}

static fill_t page_fill(pager_t *p, const room_t *r)
{
	double avail = r->avail + 0.001;
	extent_t e = { 0, 0, 0 }, foot;
	int has_box = 0, has_float = r->has_float;
	double fl, fl_room = r->float_room;
	size_t defer = 0;
	pick_t best = { { .cut = r->from, .skip = !r->may_be_empty, .forced = FO_BREAK_AUTO },
	                r->may_be_empty ? 0 : -1, HUGE_VAL };
	fill_t f;
	notes_walk_t w = { 0, 0, 0, 0, 0, 0, r->has_note ? 0 : p->cb->footnote_sep };
	if (!p->notes_closed)
		for (const fo_extra_t *x = p->carry; x; x = x->next, w.n++)
			w.h += x->h;
	w.ncarry = w.n_at_break = w.n;
	for (size_t i = r->from;; i++) {
		if (!item_ready(p, i)) {
			f = (fill_t){ .cut = i, .forced = FO_BREAK_AUTO, .done = 1 };
			if (has_box)
				f = page_fill_end(p, r, &w, &best, &e, f);
			return fill_deferring(f, defer);
		}
		fo_item_t *it = &p->q.v[i];
		switch (it->kind) {
		case FO_IT_GLUE:
			if (has_box) {
				e.y += it->h;
				e.shrink += it->shrink;
				e.stretch += it->stretch;
			} else {
				e.y += it->h_top;
			}
			break;
		case FO_IT_BREAK:
			f = (fill_t){ .cut = i, .skip = 1, .forced = it->forced };
			if (!has_box) {
				/* Below a span: a forced page break there still ends
				 * the page (FOP's bug 46240), a column break does not. */
				if (r->may_be_empty && it->forced != FO_BREAK_AUTO &&
				    it->forced != FO_BREAK_COLUMN)
					return fill_deferring(f, defer);
				break;
			}
			if (it->forced != FO_BREAK_AUTO)
				return fill_deferring(page_fill_end(p, r, &w, &best, &e, f), defer);
			/* Inside a table, the footer repeated at the break must fit. */
			foot = e;
			foot.y += fo_table_break_footer(it->row);
			if (r->goal == i + 1 && foot.y - foot.shrink <= avail) {
				double ratio = page_ratio(&foot, avail);
				f.ratio = ratio == HUGE_VAL ? 0 : ratio;
				f.fit1 = 1 + page_fitness(ratio);
				return fill_deferring(f, defer);
			}
			if (foot.y - foot.shrink <= avail && notes_allow(p, r, &w, i, &foot, avail, &f))
				pick_consider(&best, &f, it->keep,
				              f.split ? HUGE_VAL : page_ratio(&foot, avail - notes_total(&w)));
			if (it->keep < FO_KEEP_ALWAYS) {
				w.breaks++;
				w.fresh = 0;
				w.n_at_break = w.n;
			}
			break;
		case FO_IT_SPAN:
			if (r->columns)
				return (fill_t){ .cut = i, .skip = 1, .forced = FO_BREAK_AUTO, .span = 1,
				                 .defer = defer };
			break;
		case FO_IT_LINE:
		case FO_IT_DECO:
		case FO_IT_BOX:
		case FO_IT_ROW:
			/* Footnotes cited here take room at the bottom of the same page,
			 * the first of them with the separator above it. */
			for (const fo_extra_t *x = it->extra; x; x = x->next) {
				if (x->kind != FO_EX_FOOTNOTE || p->notes_closed)
					continue;
				w.h += x->h;
				w.n++;
				w.fresh = 1;
			}
			double notes = w.n > 0 ? w.h + w.sep : 0;
			/* Before-floats cited here take room at the top of the page;
			 * those that do not fit wait for the next (XSL 1.1 6.10.2),
			 * and so do the ones after them. */
			fl = defer ? 0 : fo_extras_height(it, 1, FO_EX_FLOAT_BEFORE);
			if (fl > 0 && !has_float)
				fl += p->cb->float_sep;
			if (fl > 0 && (has_box || r->may_be_empty) &&
			    ((e.y + it->h + notes + fl > avail && e.y + it->h + notes <= avail) ||
			     fl > fl_room)) {
				defer = i + 1;
				fl = 0;
			}
			fl_room -= fl;
			/* the spaces above may shrink to make room (FOP's page breaker) */
			double least = e.y - e.shrink + it->h + fl;
			if ((has_box || r->may_be_empty) && least + notes > avail) {
				/* Notes that may yet be split at a break to come: the text
				 * goes on while it fits. */
				int may_split = (w.fresh || (w.breaks == 0 && w.ncarry > 0)) &&
				                least + w.sep < avail;
				if (!may_split && best.keep >= 0)
					return fill_deferring(best.f, defer);
				if (!may_split) {
					f = (fill_t){ .cut = i, .forced = FO_BREAK_AUTO };
					return fill_deferring(notes_overflow(&w, f, e.y, avail), defer);
				}
			}
			e.y += it->h + fl;
			has_float |= fl > 0;
			has_box = 1;
			break;
		default:
			break;
		}
	}
}

/* The notes waiting once f's items are on page pg (from item from on):
 * placed on it, or some left for the next page (f->split). */
static void page_notes_take(pager_t *p, fo_page_t *pg, const fill_t *f, size_t from)
{
	fo_note_fit_t fit = { (size_t)-1, 0, 0, 0 };
	if (p->notes_closed ||
	    (f->split && !notes_fit(p->carry, pg->items, from, pg->n, f->nwhole, f->note_room, &fit)))
		fit = (fo_note_fit_t){ p->notes_closed ? 0 : f->nwhole, 0, 0, 0 };
	notes_apply(&p->carry, pg, from, &fit);
	p->notes_closed = p->carry != NULL;
}

/* Moves the spaces of the page's items from item from on as far as ratio
 * says (the glue at the top of the page stays as it is). */
static void page_adjust(fo_page_t *pg, size_t from, double ratio)
{
	double moved = 0;
	int has_box = 0;
	if (ratio == 0)
		return;
	for (size_t i = from; i < pg->n; i++) {
		const fo_item_t *it = &pg->items[i];
		pg->y[i] += moved;
		if (it->kind == FO_IT_GLUE && has_box)
			moved += ratio * (ratio < 0 ? it->shrink : it->stretch);
		else if (fo_item_is_box(it->kind))
			has_box = 1;
	}
}

/* Puts the before-floats waiting for the next page on the flow's next box
 * (before its own); at the flow's end, on an empty box of their own (a
 * page more). */
static void floats_wait(pager_t *p, const fo_page_t *pg, fo_extra_t *waiting)
{
	if (waiting == NULL)
		return;
	for (size_t i = 0; item_ready(p, i); i++) {
		if (!fo_item_is_box(p->q.v[i].kind))
			continue;
		fo_extra_append(&waiting, p->q.v[i].extra);
		p->q.v[i].extra = waiting;
		return;
	}
	fo_item_t box = { .kind = FO_IT_BOX, .extra = waiting,
	                  .blk = pg->n > 0 ? fo_blk_ref(pg->items[pg->n - 1].blk) : NULL };
	fo_itemq_push(&p->q, &box);
}

/* Moves what f fills onto the page, from top down the body, and drops
 * the break it ends at: a table's footer ends the column, its header
 * starts the next; a span item changes the columns.  Returns how many
 * items that queued at the front (a header, edges). */
static size_t page_take_fill(pager_t *p, fo_page_t *pg, const fill_t *f, double top)
{
	size_t from = pg->n;
	fo_extra_t *waiting = NULL;
	for (size_t i = f->defer; i > 0 && i <= f->cut; i++)
		fo_extra_append(&waiting, fo_extras_take(&p->q.v[i - 1].extra, 1u << FO_EX_FLOAT_BEFORE));
	page_take(p, pg, f->cut, top);
	page_notes_take(p, pg, f, from);
	for (size_t i = from; i < pg->n; i++)
		if (pg->items[i].kind == FO_IT_SPAN)
			p->spanning = !pg->items[i].after;
	if (!f->skip) {
		floats_wait(p, pg, waiting);
		page_adjust(pg, from, f->ratio);
		return 0;
	}
	const fo_item_t *brk = &p->q.v[0];
	if (brk->kind == FO_IT_SPAN)
		p->spanning = !brk->after;
	/* The breaks below queue the next page's header and edges: the queue
	 * may move, so the break is found again at q[0] to be dropped. */
	size_t queued = page_table_break(p, pg, brk->row, from, top);
	queued += page_container_break(p, pg, from, top);
	fo_item_clear(&p->q.v[0]);
	fo_itemq_drop(&p->q, 1);
	floats_wait(p, pg, waiting);
	page_adjust(pg, from, f->ratio);  /* the footer placed at the break too */
	return queued;
}

/* ---------- columns (fo_columns) ---------- */

/* The room footnotes and before-floats take on the page so far. */
static double page_notes(const pager_t *p, const fo_page_t *pg)
{
	double h = fo_footnotes_height(pg->notes, pg->items, pg->n);
	return h > 0 ? h + p->cb->footnote_sep : 0;
}

static double page_floats(const pager_t *p, const fo_page_t *pg)
{
	double h = fo_extras_height(pg->items, pg->n, FO_EX_FLOAT_BEFORE);
	return h > 0 ? h + p->cb->float_sep : 0;
}

static double page_bottom(const fo_page_t *pg, size_t from, double top);

static room_t column_room(const pager_t *p, const fo_page_t *pg, double top)
{
	double notes = page_notes(p, pg), floats = page_floats(p, pg);
	double free = p->body.h - notes - floats;
	return (room_t){ 0, free - top, notes > 0, 1, top > 0, floats > 0,
	                 free - page_bottom(pg, 0, top) + 0.001, 0 };
}

/* Does the content up to the next span="all" block fit in the n columns
 * below top?  Then FOP balances it: len[k] gets the items of column k
 * (the break after each is dropped) and the count of columns is returned;
 * otherwise 0, the columns are filled one after the other. */
static int columns_balance(pager_t *p, const fo_page_t *pg, double top, int n, size_t *len)
{
	room_t r = column_room(p, pg, top);
	fill_t f = { 0, 0, FO_BREAK_AUTO, 0, 0, 0, 0, 0, 0, 0, 0 };
	if (p->carry)
		return 0;  /* notes waiting: the columns are filled in turn */
	for (int k = 0; k < n && !f.span; k++) {
		f = page_fill(p, &r);
		if (f.done || f.forced != FO_BREAK_AUTO || (f.cut == r.from && !f.skip))
			return 0;
		r.from = f.cut + f.skip;
		r.may_be_empty = 0;
	}
	if (!f.span || f.cut == 0)
		return 0;
	int nc = fo_cols_balance(p->q.v, f.cut, n, len);
	len[nc] = f.cut;
	for (int k = nc; k > 0; k--) {
		if (len[k] <= len[k - 1])
			return 0;  /* never: cuts are breaks in order */
		len[k] -= len[k - 1] + 1;
	}
	return nc + 1;
}

/* Opens an area of the page for the items taken next. */
static void area_open(fo_page_t *pg, double x, double w)
{
	pg->areas = xrealloc(pg->areas, (pg->nareas + 1) * sizeof *pg->areas);
	pg->areas[pg->nareas++] = (fo_area_t){ pg->n, pg->n, x, w };
}

/* The bottom of the boxes from item from on, at least top. */
static double page_bottom(const fo_page_t *pg, size_t from, double top)
{
	for (size_t i = from; i < pg->n; i++)
		if (fo_item_is_box(pg->items[i].kind) && pg->y[i] + pg->items[i].h > top)
			top = pg->y[i] + pg->items[i].h;
	return top;
}

/* Fills the columns below *top (one across them in a span="all" block)
 * until the page ends or a span begins or ends; *top moves below them. */
static fill_t columns_fill(pager_t *p, fo_page_t *pg, const fo_cols_t *c, double *top)
{
	int n = p->spanning ? 1 : c->n;
	size_t *len = xmalloc((size_t)n * sizeof *len);
	int balanced = n > 1 ? columns_balance(p, pg, *top, n, len) : 0;
	size_t first = pg->n;
	fill_t f = { 0, 0, FO_BREAK_AUTO, 0, 0, 0, 0, 0, 0, 0, 0 };
	for (int k = 0; k < n; k++) {
		area_open(pg, k * c->step, n > 1 ? c->w : p->body.w);
		if (balanced) {
			f = (fill_t){ len[k], 1, FO_BREAK_AUTO, 0, k + 1 == balanced, 0, 0, 0, 0, 0, 0 };
		} else {
			room_t r = column_room(p, pg, *top);
			r.may_be_empty &= k == 0;
			f = page_fill(p, &r);
		}
		size_t queued = page_take_fill(p, pg, &f, *top);
		/* a table's header repeated at the top of the next column is
		 * taken there besides the items balancing gave it */
		if (balanced && k + 1 < n)
			len[k + 1] += queued;
		pg->areas[pg->nareas - 1].to = pg->n;
		/* nothing taken: the span's first box is left for the next page */
		if (f.done || f.span || (f.forced != FO_BREAK_AUTO && f.forced != FO_BREAK_COLUMN) ||
		    (f.cut == 0 && !f.skip))
			break;
	}
	free(len);
	*top = page_bottom(pg, first, *top);
	return f;
}

static int body_is(const fo_spm_t *m, const char *flow);

/* ---------- total fit (FOP's PageBreakingAlgorithm) ---------- */

/* FOP breaks the pages of a run of blocks (up to a forced break or the
 * flow's end) all at once, as Knuth breaks a paragraph into lines: where
 * elastic spaces let more than one break fill a page, it takes the one
 * giving the fewest demerits over all the pages, not the best for the page
 * alone.  tf_first() finds the first page's break of that choice, looking
 * ahead only until every choice left starts with the same page.  Pages
 * after the first are assumed to hold the flow alone, in one column as
 * wide as this one: footnotes, floats, columns or another width ahead
 * leave page_fill() to choose alone.  Where no break fills a page within
 * the spaces' give, FOP goes on from the page too short with the fewest
 * demerits: the fullest when nothing stretches (a keep's penalty weighs
 * more than any fullness, as page_fill() prefers the weakest keep), but
 * where spaces stretch a little, the one that needs the least of them,
 * keeps weighed by their penalty. */

#define TF_INF_RATIO 1000.0      /* FOP's INFINITE_RATIO */
#define TF_FITNESS_DEMERIT 50    /* its incompatibleFitnessDemerit */
#define TF_KEEP_PENALTY 999.0    /* an integer keep's penalty (fo_props.h) */
#define TF_FILL 10000.0          /* the stretch ending a run of blocks */
#define TF_MAX_PAGES 48          /* lookahead given up on */

typedef struct tf_node {
	size_t pos;              /* the break's queue index */
	size_t at;               /* the first box after it (open: not met yet) */
	long prev, first;        /* pool indexes: the break before, the first
	                            page's (-1: the start) */
	int line;                /* pages ending here */
	int fit;
	int open;
	double w, st, sh, top;   /* the sums where the next page's boxes start,
	                            and the height above them (kept spaces, a
	                            table's header) */
	double dem, r;
} tf_node_t;

typedef struct tf {
	pager_t *p;
	tf_node_t *pool;
	size_t npool, pool_cap;
	size_t *act;
	size_t nact, act_cap;
	double w, st, sh, htop;  /* the sums of the items so far; htop: of the
	                            spaces kept at a page's top */
	double bw, bst, bsh;     /* the sums at the end of the last box */
	double *avail;           /* page heights, by page from this one */
	size_t navail;
	fo_mstate_t ms;
	long too_short, too_long, last_forced, last_deact;
} tf_t;

/* The height of page line (0: this one), or -1 when it is not the flow's
 * alone in one column as wide as this one. */
static double tf_avail(tf_t *t, int line)
{
	const pager_t *p = t->p;
	while (t->navail <= (size_t)line) {
		const fo_spm_t *m = fo_master_select(p->seq, &t->ms, p->pos->number + (int)t->navail,
		                                     0, 0, 0);
		fo_rect_t b;
		fo_cols_t c;
		fo_region_rect(m, FO_REG_BODY, &b);
		fo_cols_of(m, b.w, &c);
		const char *flow = fo_attr(p->seq->flow, "flow-name");
		int other = flow && p->seq->psm && !body_is(m, flow);
		double h = fabs(b.w - p->body.w) > 0.01 || c.n != 1 || other ? -1 : b.h;
		t->avail = xrealloc(t->avail, (t->navail + 1) * sizeof *t->avail);
		t->avail[t->navail++] = h;
	}
	return t->avail[line];
}

/* The page from node a to break i: its height and give. */
typedef struct tf_page {
	double h, st, sh;
} tf_page_t;

/* A length in whole millipoints, as FOP sums them: pages that give the
 * same demerits tie exactly, and the first found is kept as in FOP. */
static double tf_mpt(double pt)
{
	return floor(pt * 1000 + 0.5);
}

/* FOP's computeAdjustmentRatio for a page avail high holding pg, with
 * page_ratio()'s tolerance. */
static double tf_ratio(double avail, const tf_page_t *pg)
{
	double d = tf_mpt(avail) - tf_mpt(pg->h), st = tf_mpt(pg->st), sh = tf_mpt(pg->sh);
	if (fabs(d) < 10)
		return 0;
	if (d > 0)
		return st > 0 ? d / st : TF_INF_RATIO;
	return sh > 0 ? d / sh : -TF_INF_RATIO;
}

/* FOP's computeDemerits: pen is the break's penalty (-HUGE_VAL forced). */
static double tf_demerits(const tf_node_t *from, double pen, double r)
{
	double f = 1 + 100 * fabs(r) * fabs(r) * fabs(r);
	double d = pen > 0 ? (f + pen) * (f + pen) : f * f;
	if (abs(page_fitness(r) - from->fit) > 1)
		d += TF_FITNESS_DEMERIT;
	return d + from->dem;
}

static long tf_add(tf_t *t, const tf_node_t *nd)
{
	t->pool = xgrow(t->pool, &t->pool_cap, t->npool + 1, sizeof *t->pool);
	t->pool[t->npool] = *nd;
	return (long)t->npool++;
}

/* Activates pool[k], the active nodes kept in order of pages. */
static void tf_activate(tf_t *t, long k)
{
	t->act = xgrow(t->act, &t->act_cap, t->nact + 1, sizeof *t->act);
	size_t a = t->nact++;
	for (; a > 0 && t->pool[t->act[a - 1]].line > t->pool[k].line; a--)
		t->act[a] = t->act[a - 1];
	t->act[a] = (size_t)k;
}

/* A node for a break at i after pool[from]; its sums are set at the next
 * box (tf_box()). */
static long tf_node(tf_t *t, size_t i, long from, double dem, double r, double head)
{
	const tf_node_t *a = &t->pool[from];
	tf_node_t nd = { i, 0, from, a->first >= 0 ? a->first : -1, a->line + 1, page_fitness(r), 1,
	                 0, 0, 0, head - t->htop, dem, r };
	long k = tf_add(t, &nd);
	if (t->pool[k].first < 0)
		t->pool[k].first = k;
	return k;
}

/* FOP's compareNodes: the later break, or the cheaper at the same one. */
static long tf_later(const tf_t *t, long a, long b)
{
	if (a < 0 || t->pool[b].pos > t->pool[a].pos)
		return b;
	return t->pool[b].pos == t->pool[a].pos && t->pool[b].dem < t->pool[a].dem ? b : a;
}

/* The best line ending at the break per fitness class (FOP's BestRecords). */
typedef struct tf_best {
	double dem[4], r[4];
	long from[4];
} tf_best_t;

/* Nodes made at a break, to activate (at most four per page count). */
typedef struct tf_fresh {
	long *v;
	size_t n;
} tf_fresh_t;

/* FOP's addBreaks: the classes close to the cheapest make nodes, which
 * fresh collects to be activated once the break is considered. */
static void tf_best_add(tf_t *t, tf_best_t *b, size_t i, double head, tf_fresh_t *fresh)
{
	double min = fmin(fmin(b->dem[0], b->dem[1]), fmin(b->dem[2], b->dem[3]));
	for (int c = 0; c < 4; c++) {
		if (b->from[c] >= 0 && b->dem[c] <= min + TF_FITNESS_DEMERIT)
			fresh->v[fresh->n++] = tf_node(t, i, b->from[c], b->dem[c], b->r[c], head);
		b->from[c] = -1;
		b->dem[c] = INFINITY;
	}
}

/* FOP's considerLegalBreak at item i (end: the run's end, after the last
 * box), pen its penalty; head and foot the heights a table repeats at it.
 * 0 when a page ahead is not the flow's alone. */
static int tf_consider(tf_t *t, size_t i, int end, double pen, double foot, double head)
{
	tf_best_t best = { { INFINITY, INFINITY, INFINITY, INFINITY }, { 0 }, { -1, -1, -1, -1 } };
	size_t keep = 0, n = t->nact;
	tf_fresh_t fresh = { xmalloc((4 * n + 4) * sizeof *fresh.v), 0 };
	int line = -1;
	t->last_deact = -1;
	t->too_long = -1;
	for (size_t k = 0; k < n; k++) {
		long from = (long)t->act[k];
		const tf_node_t *a = &t->pool[from];
		if (a->open) {  /* no box since its break: no page to end */
			if (!end)
				t->act[keep++] = (size_t)from;
			continue;
		}
		if (a->line != line) {
			tf_best_add(t, &best, i, head, &fresh);
			line = t->pool[from].line;
			a = &t->pool[from];
		}
		double avail = tf_avail(t, a->line);
		if (avail < 0) {
			free(fresh.v);
			return 0;
		}
		tf_page_t pg = end ? (tf_page_t){ t->bw - a->w + a->top, t->bst - a->st + TF_FILL, t->bsh - a->sh }
		                   : (tf_page_t){ t->w - a->w + a->top + foot, t->st - a->st, t->sh - a->sh };
		double r = tf_ratio(avail, &pg);
		double d = tf_demerits(a, pen, r);
		if (r < -1 || end)
			t->last_deact = tf_later(t, t->last_deact, from);
		else
			t->act[keep++] = (size_t)from;
		int c = page_fitness(r);
		if (r >= -1 && r <= 1 && d < best.dem[c]) {
			best.dem[c] = d;
			best.r[c] = r;
			best.from[c] = from;
			t->too_short = -1;
		} else if (r <= -1 && (t->too_long < 0 || d < t->pool[t->too_long].dem)) {
			t->too_long = tf_node(t, i, from, d, r, head);
		} else if (r > 1 && (t->too_short < 0 || d <= t->pool[t->too_short].dem)) {
			t->too_short = tf_node(t, i, from, d, r, head);
		}
	}
	t->nact = keep;
	tf_best_add(t, &best, i, head, &fresh);
	for (size_t k = 0; k < fresh.n; k++)
		tf_activate(t, fresh.v[k]);
	free(fresh.v);
	return 1;
}

/* The first page's break every choice left starts with, as a pool index;
 * -1 while they differ. */
static long tf_settled(const tf_t *t)
{
	long f = -2;
	long cand[2] = { t->too_short, t->too_long };
	for (size_t k = 0; k < t->nact + 2; k++) {
		long n = k < t->nact ? (long)t->act[k] : cand[k - t->nact];
		if (n < 0)
			continue;
		long g = t->pool[n].first;
		if (g < 0 || (f != -2 && g != f))
			return -1;
		f = g;
	}
	return f < 0 ? -1 : f;
}

/* No active node is left: FOP goes on from the last page too short (or
 * from the one the last break dismissed), its demerits forgotten, and
 * walks again from the box after it: *i becomes the item before that
 * box.  0 when only a page too long is left (FOP's overflow recovery:
 * no opinion). */
static int tf_restart(tf_t *t, size_t *i)
{
	long ld = t->last_deact;
	if (ld >= 0 && ld != t->last_forced)
		*(t->pool[ld].r > 0 ? &t->too_short : &t->too_long) = ld;
	long c = t->too_short;
	if (c < 0 || t->pool[c].open || t->pool[t->last_forced].pos == t->pool[c].pos)
		return 0;
	tf_node_t *nd = &t->pool[c];
	nd->dem = 0;
	t->w = nd->w;
	t->st = nd->st;
	t->sh = nd->sh;
	*i = nd->at - 1;
	tf_activate(t, c);
	t->last_forced = c;
	t->too_short = t->too_long = -1;
	return 1;
}

/* The box at item i: the nodes made since the box before start their
 * page's content here. */
static void tf_box(tf_t *t, size_t i, size_t *open_from)
{
	for (size_t k = *open_from; k < t->npool; k++) {
		tf_node_t *nd = &t->pool[k];
		if (!nd->open)
			continue;
		*nd = (tf_node_t){ nd->pos, i, nd->prev, nd->first, nd->line, nd->fit, 0,
		                   t->w, t->st, t->sh, nd->top + t->htop, nd->dem, nd->r };
	}
	*open_from = t->npool;
}

/* The run's end at item i (a forced break, or the flow's end): the
 * cheapest way there, or a restart. */
static long tf_end(tf_t *t, size_t *i)
{
	if (!tf_consider(t, *i, 1, -HUGE_VAL, 0, 0))
		return -1;
	if (t->nact == 0)
		return tf_restart(t, i) ? -2 : -1;
	long best = (long)t->act[0];
	for (size_t k = 1; k < t->nact; k++)
		if (t->pool[t->act[k]].dem < t->pool[best].dem)
			best = (long)t->act[k];
	return t->pool[best].first;
}

/* Walks the items from from on as FOP's breaker would; returns the
 * first page's break of its choice as a pool index, or -1. */
static long tf_walk(tf_t *t, size_t from)
{
	size_t open_from = 0;
	for (size_t i = from;; i++) {
		int done = !item_ready(t->p, i);
		const fo_item_t *it = done ? NULL : &t->p->q.v[i];
		long res = -2;
		if (done || (it->kind == FO_IT_BREAK && it->forced != FO_BREAK_AUTO)) {
			res = tf_end(t, &i);
			open_from = t->npool;
			if (res != -2)
				return res;
			continue;
		}
		switch (it->kind) {
		case FO_IT_GLUE:
			t->w += it->h;
			t->st += it->stretch;
			t->sh += it->shrink;
			t->htop += it->h_top;
			break;
		case FO_IT_BREAK:
			if (it->keep >= FO_KEEP_ALWAYS)
				break;
			if (!tf_consider(t, i, 0, it->keep > 0 ? TF_KEEP_PENALTY : 0,
			                 fo_table_break_footer(it->row), fo_table_break_header(it->row)))
				return -1;
			if (t->nact == 0) {
				if (!tf_restart(t, &i))
					return -1;
				open_from = t->npool;  /* walked again from its box */
			}
			res = tf_settled(t);
			if (res >= 0)
				return res;
			if (t->pool[t->npool - 1].line > TF_MAX_PAGES)
				return -1;
			break;
		case FO_IT_SPAN:
			return -1;
		default:
			if (!fo_item_is_box(it->kind))
				break;
			for (const fo_extra_t *x = it->extra; x; x = x->next)
				if (x->kind == FO_EX_FOOTNOTE || x->kind == FO_EX_FLOAT_BEFORE)
					return -1;
			tf_box(t, i, &open_from);
			t->w += it->h;
			t->bw = t->w;
			t->bst = t->st;
			t->bsh = t->sh;
			break;
		}
	}
}

/* 1 + the queue index of the break FOP's total fit ends this page at,
 * the pages from item from on, avail high; 0 when it gives no opinion
 * (see above). */
static size_t tf_first(pager_t *p, size_t from, double avail)
{
	tf_t t = { .p = p, .ms = p->ms, .too_short = -1, .too_long = -1, .last_deact = -1 };
	tf_node_t start = { from, 0, -1, -1, 0, p->fit, 1, 0, 0, 0, 0, 0, 0 };
	tf_activate(&t, tf_add(&t, &start));
	t.avail = xmalloc(sizeof *t.avail);
	t.avail[t.navail++] = avail;
	long first = tf_walk(&t, from);
	size_t goal = 0;
	if (first >= 0)
		goal = t.pool[first].pos + 1;
	free(t.pool);
	free(t.act);
	free(t.avail);
	return goal;
}

/* Fills the page's body: one column, or columns and span="all" blocks
 * across them, one below the other. */
static fill_t page_fill_body(pager_t *p, fo_page_t *pg)
{
	fo_cols_t c;
	fo_cols_of(pg->spm, p->body.w, &c);
	if (c.n == 1) {
		room_t r = { 0, p->body.h, 0, 0, 0, 0, p->body.h + 0.001, 0 };
		if (p->carry == NULL && !p->notes_closed)
			r.goal = tf_first(p, 0, p->body.h);
		fill_t f = page_fill(p, &r);
		p->fit = f.fit1 > 0 && !f.done && f.forced == FO_BREAK_AUTO ? f.fit1 - 1 : 1;
		page_take_fill(p, pg, &f, 0);
		return f;
	}
	double top = 0;
	fill_t f;
	do
		f = columns_fill(p, pg, &c, &top);
	while (f.span && !f.done);
	p->fit = 1;
	return f;
}

/* The area of the flow's next box, on the next page: the blocks around
 * it go on there (markers, fo_marker). */
static fo_blk_t *page_next_blk(pager_t *p)
{
	for (size_t i = 0; item_ready(p, i); i++)
		if (fo_item_is_box(p->q.v[i].kind))
			return p->q.v[i].blk;
	return NULL;
}

static int body_is(const fo_spm_t *m, const char *flow)
{
	const char *b = m ? m->region[FO_REG_BODY].name : NULL;
	return b && strcmp(b, flow) == 0;
}

/* Does some master of the page-sequence-master s have the flow's region? */
static int psm_has_body(const fo_psm_t *s, const char *flow)
{
	for (size_t i = 0; i < s->nsubs; i++) {
		if (body_is(s->subs[i].master, flow))
			return 1;
		for (size_t k = 0; k < s->subs[i].nconds; k++)
			if (body_is(s->subs[i].conds[k].master, flow))
				return 1;
	}
	return 0;
}

/* Is page pg's region-body another than the flow's region?  Then FOP
 * leaves it empty and the flow goes on to the next page.  A flow whose
 * name no master of the sequence has fills every page, and a master
 * sequence that would never give the flow a page gives it one after
 * some pages in a row (FOP would not end). */
static int page_skips_flow(const pager_t *p, const fo_page_t *pg)
{
	const char *flow = fo_attr(p->seq->flow, "flow-name");
	if (flow == NULL || p->seq->psm == NULL || body_is(pg->spm, flow) || p->skipped >= 16)
		return 0;
	return psm_has_body(p->seq->psm, flow);
}

static int parity_ok(int number, fo_break_t b)
{
	return !((b == FO_BREAK_ODD && number % 2 == 0) || (b == FO_BREAK_EVEN && number % 2 != 0));
}

/* force-page-count: does the sequence need a blank page to end as asked,
 * once count pages numbered up to last are made? */
static int pager_needs_blank(const pager_t *p, int count, int last)
{
	const fo_pseq_t *s = p->seq;
	int need_blank = 0;
	switch (s->force) {
	case FO_FORCE_EVEN: need_blank = count % 2 != 0; break;
	case FO_FORCE_ODD: need_blank = count % 2 == 0; break;
	case FO_FORCE_END_EVEN: need_blank = last % 2 != 0; break;
	case FO_FORCE_END_ODD: need_blank = last % 2 == 0; break;
	case FO_FORCE_AUTO:
		if (p->si + 1 < p->doc->nseqs) {
			int next = p->doc->seqs[p->si + 1].initial;
			if (next == -1 || (next > 0 && next % 2 == 1))
				need_blank = last % 2 != 0;
			else if (next == -2 || (next > 0 && next % 2 == 0))
				need_blank = last % 2 == 0;
		}
		break;
	default:
		break;
	}
	return need_blank;
}

/* Puts on page pg, which has no text, the notes left when the flow ended,
 * as many as its body holds (FOP's createFootnotePages()); at least the
 * first of them. */
static void page_notes_only(pager_t *p, fo_page_t *pg)
{
	fo_note_fit_t fit = { (size_t)-1, 0, 0, 0 };
	double room = p->body.h - p->cb->footnote_sep;
	if (fo_footnote_list_height(p->carry) > room && !notes_fit(p->carry, NULL, 0, 0, 0, room, &fit))
		fit = (fo_note_fit_t){ 1, 0, 0, 0 };
	notes_apply(&p->carry, pg, 0, &fit);
}

/* A break-before="odd-page" or "even-page" on the flow's first block: the
 * sequence's first page pg, of the other parity, is left blank (FOP's
 * PageBreaker.handleBreakTrait()), with the master of a blank page. */
static int page_lead_blank(pager_t *p, fo_page_t *pg)
{
	if (p->count > 0)
		return 0;
	size_t i = 0;
	while (item_ready(p, i) && !fo_item_is_box(p->q.v[i].kind))
		i++;
	if (parity_ok(pg->number, fo_gen_lead_break(p->gen)))
		return 0;
	p->ms = p->ms_before;
	pg->blank = 1;
	pg->spm = fo_master_select(p->seq, &p->ms, pg->number, pg->first, 0, 1);
	page_end(p, pg);
	return 1;
}

/* Can page pg, of one column with no notes or floats, be laid out again
 * at master m?  Its items go back to the queue then. */
static int page_plain(const pager_t *p, const fo_page_t *pg, const fo_spm_t *m,
                      const fo_rect_t *body)
{
	fo_cols_t now, then;
	fo_cols_of(pg->spm, p->body.w, &now);
	fo_cols_of(m, body->w, &then);
	if (now.n != 1 || then.n != 1 || p->carry || pg->notes || pg->areas)
		return 0;
	for (size_t i = 0; i < pg->n; i++) {
		if (pg->items[i].kind == FO_IT_ROW || pg->items[i].kind == FO_IT_SPAN)
			return 0;
		for (const fo_extra_t *x = pg->items[i].extra; x; x = x->next)
			if (x->kind == FO_EX_FOOTNOTE || x->kind == FO_EX_FLOAT_BEFORE)
				return 0;
	}
	return 1;
}

/* Puts pg's items back and fills it again at master m, whose body is
 * body: the lines are broken again at its width. */
static fill_t page_refill(pager_t *p, fo_page_t *pg, const fo_spm_t *m, const fo_rect_t *body)
{
	fo_itemq_insert(&p->q, 0, pg->items, pg->n);
	pg->n = 0;
	pg->spm = m;
	p->body = *body;
	p->cb->begin(p->cb->ud, pg, &p->body);
	fo_gen_rewidth(p->gen, &p->q);
	return page_fill_body(p, pg);
}

/* The flow ends on page pg, whose page-position="last" master has a body
 * of another size: FOP lays the page out again at that master, and pg is
 * so laid out when its content fits there (1).  When not, pg keeps its
 * master and content (0): lpdoc lets no line run off the page, where FOP
 * 2.8 breaks the lines at the last master's width, sets them on the page
 * of the master before, and moves what the last one cannot hold on to a
 * page after. */
static int page_last_relayout(pager_t *p, fo_page_t *pg, fill_t *f)
{
	fo_mstate_t ms = p->ms_before;
	const fo_spm_t *last = fo_master_select(p->seq, &ms, pg->number, pg->first, 1, 0);
	const fo_spm_t *rest = pg->spm;
	fo_rect_t body, was = p->body;
	fo_region_rect(last, FO_REG_BODY, &body);
	if (last == rest || (body.w == was.w && body.h == was.h) || !page_plain(p, pg, last, &body))
		return 1;
	*f = page_refill(p, pg, last, &body);
	if (!item_ready(p, 0))
		return 1;
	*f = page_refill(p, pg, rest, &was);
	return 0;
}

/* How far down its area items from..to reach, from the first's top. */
static double items_reach(const fo_page_t *pg, size_t from, size_t to)
{
	double h = 0;
	for (size_t i = from; i < to && i < pg->n; i++)
		if (fo_item_is_box(pg->items[i].kind) && pg->y[i] + pg->items[i].h - pg->y[from] > h)
			h = pg->y[i] + pg->items[i].h - pg->y[from];
	return h;
}

/* How tall pg's content is, its columns (areas) one above the other. */
static double page_content_height(const fo_page_t *pg)
{
	if (pg->areas == NULL)
		return items_reach(pg, 0, pg->n);
	double h = 0;
	for (size_t a = 0; a < pg->nareas; a++)
		h += items_reach(pg, pg->areas[a].from, pg->areas[a].to);
	return h;
}

/* Gives the sequence's last page pg the master page-position="last"
 * selects.  When that master's body cannot hold what pg holds, pg keeps
 * its master and 0 is returned: a blank last page is to follow, as FOP
 * adds one.  The content is measured first, all its columns' worth
 * against all the body's columns (a box that would not go into a column
 * is not seen), then laid out again at that master's width where it can
 * be (page_last_relayout()).
 * Under a force-page-count that asks for an odd or even count, the page
 * takes the last master whatever it holds, as FOP's does
 * (flow_changing-ipd_last-page_14). */
static int page_make_last(pager_t *p, fo_page_t *pg, fill_t *f)
{
	fo_mstate_t ms = p->ms_before;
	const fo_spm_t *m = fo_master_select(p->seq, &ms, pg->number, pg->first, 1, 0);
	fo_rect_t body;
	fo_region_rect(m, FO_REG_BODY, &body);
	double room = body.h * m->region[FO_REG_BODY].columns;
	int free_count = p->seq->force == FO_FORCE_AUTO || p->seq->force == FO_FORCE_NONE;
	if (m != pg->spm && free_count && pg->notes == NULL && page_content_height(pg) > room + 0.001)
		return 0;
	if (!page_last_relayout(p, pg, f))
		return 0;
	pg->last = 1;
	pg->spm = m;
	return 1;
}

void fo_paginate(const fo_doc_t *doc, size_t si, fo_gen_t *gen, fo_pager_pos_t *pos,
                 const fo_pager_cb_t *cb)
{
	pager_t p = { doc, &doc->seqs[si], si, gen, { NULL, 0, 0 }, 0, { 0, 0 }, { 0, 0 },
	              pos, cb, 0, { 0, 0, 0, 0 }, 0, 0, NULL, 0, 1 };
	for (;;) {
		fo_page_t *pg = page_new(&p, 0);
		if (page_skips_flow(&p, pg)) {
			page_take(&p, pg, 0, 0);
			page_end(&p, pg);
			p.skipped++;
			continue;
		}
		p.skipped = 0;
		fo_gen_rewidth(p.gen, &p.q);
		if (page_lead_blank(&p, pg))
			continue;
		fill_t f = page_fill_body(&p, pg);
		if (!item_ready(&p, 0)) {  /* f.done, unless before-floats wait */
			while (p.carry) {
				page_end(&p, pg);
				pg = page_new(&p, 0);
				page_notes_only(&p, pg);
			}
			/* The last page: page-position="last" may want another master,
			 * unless a blank page for force-page-count comes after it. */
			int blank = pager_needs_blank(&p, p.count + 1, pg->number);
			/* laid out again at the last master when it differs and the
			 * content fits there; else a blank last page follows (FOP) */
			if (!blank)
				blank = !page_make_last(&p, pg, &f);
			page_end(&p, pg);
			if (blank)
				page_blank_last(&p);
			break;
		}
		pg->next = fo_blk_ref(page_next_blk(&p));
		page_end(&p, pg);
		/* A forced break ends FOP's sequence of blocks: the notes left
		 * get pages of their own before the text goes on. */
		while (p.carry && f.forced != FO_BREAK_AUTO && f.forced != FO_BREAK_COLUMN) {
			pg = page_new(&p, 0);
			page_notes_only(&p, pg);
			pg->next = fo_blk_ref(page_next_blk(&p));
			page_end(&p, pg);
		}
		if (!parity_ok(p.pos->number, f.forced))
			page_blank(&p);
	}
	fo_itemq_free(&p.q);
	fo_extra_free(p.carry);
}
