/* fo_marker: see fo_marker.h. */
#include "fo_marker.h"

#include <stdlib.h>
#include <string.h>

#include "fo_container.h"
#include "fo_table.h"
#include "../util/xalloc.h"

enum { POS_FIRST_START, POS_FIRST_CARRY, POS_LAST_START, POS_LAST_END, POS_LAST_ANY, POS_CARRY_ON,
       POS_CARRY_DOC, NPOS };

typedef struct rec {
	const char *cls;
	const fo_node_t *m[NPOS];  /* POS_CARRY_ON: the last one up to this page in
	                              its page-sequence; POS_CARRY_DOC: in the document */
} rec_t;

typedef struct page_rec {
	size_t seq;
	rec_t *v;
	size_t n, cap;
} page_rec_t;

/* A retrieved marker'"'"'s copy, its properties inherited from the
 * retrieve-marker (XSL 6.13.6), not from where the marker was. */
typedef struct clone {
	const fo_node_t *rm, *marker;
	fo_node_t *root;
	fo_style_t **styles;
	size_t nstyles, cap;
	struct clone *next;
} clone_t;

/* A table's markers of the fragments so far: the last ending (and the
 * last of any) of each class, what retrieve-boundary-within-table="table"
 * falls back on. */
typedef struct table_rec {
	const fo_node_t *table;
	page_rec_t rec;
} table_rec_t;

struct fo_markers {
	page_rec_t *pages;
	size_t npages, cap;
	table_rec_t *tables;
	size_t ntables, tcap;
	clone_t *clones;
};

struct fo_tfrag {
	fo_markers_t *m;
	page_rec_t frag;         /* the fragment's body rows */
	page_rec_t page;         /* the page up to the table */
	size_t table;            /* in m->tables */
};

fo_markers_t *fo_markers_new(void)
{
	return xcalloc(1, sizeof(fo_markers_t));
}

void fo_markers_reset(fo_markers_t *m)
{
	for (size_t i = 0; i < m->npages; i++)
		free(m->pages[i].v);
	m->npages = 0;
	for (size_t i = 0; i < m->ntables; i++)
		free(m->tables[i].rec.v);
	m->ntables = 0;
}

void fo_markers_free(fo_markers_t *m)
{
	if (m == NULL)
		return;
	fo_markers_reset(m);
	for (clone_t *c = m->clones, *next; c; c = next) {
		next = c->next;
		fo_nodes_free(c->root);
		for (size_t i = 0; i < c->nstyles; i++)
			free(c->styles[i]);
		free(c->styles);
		free(c);
	}
	free(m->pages);
	free(m->tables);
	free(m);
}

static const char *class_of(const fo_node_t *marker)
{
	const char *c = fo_attr(marker, "marker-class-name");
	return c ? c : "";
}

void fo_markers_of_block(fo_extra_t **pending, const fo_node_t *n)
{
	for (const fo_node_t *k = n->first; k; k = k->next) {
		if (k->kind != FO_K_MARKER)
			continue;
		fo_extra_t *e = xcalloc(1, sizeof *e);
		e->kind = FO_EX_MARKER;
		e->node = k;
		fo_extra_append(pending, e);
	}
}

static rec_t *rec_get(page_rec_t *p, const char *cls)
{
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->v[i].cls, cls) == 0)
			return &p->v[i];
	p->v = xgrow(p->v, &p->cap, p->n + 1, sizeof *p->v);
	memset(&p->v[p->n], 0, sizeof p->v[p->n]);
	p->v[p->n].cls = cls;
	return &p->v[p->n++];
}

/* FOP registers a block's markers when the block's area on a page
 * starts (first: its first area) and ends (last: its last area)
 * (PageViewport.addMarkers); retrieval picks from what it registered. */
static void marker_event(page_rec_t *p, const fo_node_t *m, int start, int flag)
{
	rec_t *r = rec_get(p, class_of(m));
	if (start) {
		if (flag && r->m[POS_FIRST_START] == NULL)
			r->m[POS_FIRST_START] = m;
		if (r->m[POS_FIRST_CARRY] == NULL)
			r->m[POS_FIRST_CARRY] = m;
		if (flag)
			r->m[POS_LAST_START] = m;
		return;
	}
	if (flag)
		r->m[POS_LAST_END] = m;
	r->m[POS_LAST_ANY] = m;
}

/* The markers of block n: only a formatting object's initial children
 * (XSL 1.1, 6.13.5), so a flow of thousands of blocks is not walked. */
static void block_event(page_rec_t *p, const fo_node_t *n, int start, int flag)
{
	for (const fo_node_t *k = n->first; k; k = k->next) {
		if (k->kind != FO_K_MARKER) {
			if (k->kind == FO_K_TEXT)
				continue;
			break;
		}
		marker_event(p, k, start, flag);
	}
}

static int started_here(const fo_page_t *pg, const fo_node_t *block)
{
	for (size_t i = 0; i < pg->n; i++)
		for (const fo_extra_t *e = pg->items[i].extra; e; e = e->next)
			if (e->kind == FO_EX_MARKER && e->node->parent == block)
				return 1;
	return 0;
}

/* The areas around an item, outermost first. */
typedef struct chain {
	const fo_blk_t *v[64];
	int n;
} chain_t;

static void chain_of(chain_t *c, const fo_blk_t *b)
{
	int n = 0;
	for (const fo_blk_t *k = b; k && n < 64; k = k->parent)
		n++;
	c->n = n;
	for (const fo_blk_t *k = b; k && n > 0; k = k->parent)
		c->v[--n] = k;
}

static int chain_has(const chain_t *c, const fo_node_t *n)
{
	for (int i = 0; i < c->n; i++)
		if (c->v[i]->node == n)
			return 1;
	return 0;
}

/* The areas of cur not in next end (innermost first), last unless the
 * next page goes on with them; next's new areas start. */
static void chain_step(page_rec_t *p, const fo_page_t *pg, chain_t *cur, const chain_t *next,
                       const chain_t *after)
{
	int same = 0;
	while (same < cur->n && same < next->n && cur->v[same] == next->v[same])
		same++;
	for (int i = cur->n - 1; i >= same; i--)
		block_event(p, cur->v[i]->node, 0, !chain_has(after, cur->v[i]->node));
	for (int i = same; i < next->n; i++)
		block_event(p, next->v[i]->node, 1, cur->n > 0 || started_here(pg, next->v[i]->node));
	*cur = *next;
}

/* Markers an item carries whose blocks have no area among the item's
 * (empty blocks, table cells): their blocks start and end with it; a
 * cell going on to the next page does not end here. */
static void item_markers(page_rec_t *p, const fo_page_t *pg, size_t i, const chain_t *c)
{
	for (const fo_extra_t *e = pg->items[i].extra; e; e = e->next) {
		if (e->kind != FO_EX_MARKER || chain_has(c, e->node->parent))
			continue;
		marker_event(p, e->node, 1, !e->start);
		marker_event(p, e->node, 0, !e->end && fo_row_marker_ends(pg->items, pg->n, i, e->node));
	}
}

/* The markers of the cells a row slice at the page's top continues. */
static void row_carried(page_rec_t *p, const fo_page_t *pg, size_t i)
{
	fo_extra_t *cells = fo_row_markers_carried(&pg->items[i]);
	for (const fo_extra_t *e = cells; e; e = e->next) {
		marker_event(p, e->node, 1, 0);
		marker_event(p, e->node, 0, fo_row_marker_ends(pg->items, pg->n, i, e->node));
	}
	fo_extra_free(cells);
}

/* Does a slice of item i's row come before it on the page? */
static int row_seen(const fo_page_t *pg, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (pg->items[j].kind == FO_IT_ROW && pg->items[j].row == pg->items[i].row)
			return 1;
	return 0;
}

static void page_events(page_rec_t *p, const fo_page_t *pg, size_t end);

/* The markers inside the in-flow block-containers of item it (of a height
 * of their own, kept whole on the page: fo_container_box): FOP adds
 * their areas to the page, so their blocks start and end there. */
static void container_events(page_rec_t *p, const fo_item_t *it)
{
	if (it->kind != FO_IT_BOX)
		return;
	for (const fo_extra_t *e = it->extra; e; e = e->next) {
		if (e->kind != FO_EX_CONTAINER)
			continue;
		fo_page_t inner = { .n = 0 };
		inner.items = (fo_item_t *)fo_cont_items(e->cont, &inner.n);
		page_events(p, &inner, inner.n);
	}
}

/* Walks the page's areas in order, as FOP adds them, up to item end: the
 * page's end (then the blocks going on to the next page do not end), or
 * the first item of a table whose header or footer retrieves markers
 * (then the blocks around it have started and those before it ended). */
static void page_events(page_rec_t *p, const fo_page_t *pg, size_t end)
{
	chain_t cur = { .n = 0 }, next, after, none = { .n = 0 };
	int carried = 0;
	for (size_t i = 0; i < end; i++) {
		const fo_item_t *it = &pg->items[i];
		if (it->blk) {
			chain_of(&next, it->blk);
			chain_step(p, pg, &cur, &next, &next);
		}
		/* A row begun on an earlier page (after the table's header here). */
		if (it->kind == FO_IT_ROW && it->line > 0 && !carried && !row_seen(pg, i)) {
			row_carried(p, pg, i);
			carried = 1;
		}
		item_markers(p, pg, i, &cur);
		container_events(p, it);
	}
	if (end < pg->n) {
		if (pg->items[end].blk) {
			chain_of(&next, pg->items[end].blk);
			chain_step(p, pg, &cur, &next, &next);
		}
		return;
	}
	chain_of(&after, pg->next);
	chain_step(p, pg, &cur, &none, &after);
}

void fo_markers_page(fo_markers_t *m, const fo_page_t *pg)
{
	m->pages = xgrow(m->pages, &m->cap, pg->index + 1, sizeof *m->pages);
	while (m->npages <= pg->index)
		memset(&m->pages[m->npages++], 0, sizeof *m->pages);
	page_rec_t *p = &m->pages[pg->index];
	p->seq = pg->seq;
	page_events(p, pg, pg->n);
	/* Later pages without a marker of a class take this page's last
	 * starting one, else any (FOP walks back with last-starting). */
	const page_rec_t *prev = pg->index > 0 ? &m->pages[pg->index - 1] : NULL;
	for (size_t i = 0; prev && i < prev->n; i++) {
		rec_t *r = rec_get(p, prev->v[i].cls);
		r->m[POS_CARRY_DOC] = prev->v[i].m[POS_CARRY_DOC];
		if (prev->seq == pg->seq)
			r->m[POS_CARRY_ON] = prev->v[i].m[POS_CARRY_ON];
	}
	for (size_t i = 0; i < p->n; i++) {
		rec_t *r = &p->v[i];
		const fo_node_t *last = r->m[POS_LAST_START] ? r->m[POS_LAST_START] : r->m[POS_LAST_ANY];
		if (last)
			r->m[POS_CARRY_ON] = r->m[POS_CARRY_DOC] = last;
	}
}

/* The position (POS_*) an attribute of rm names, of names[0..4). */
static int position_of(const fo_node_t *rm, const char *attr, const char *const names[4])
{
	const char *pos = fo_attr(rm, attr);
	int k = POS_FIRST_START;
	for (int i = 0; pos && i < 4; i++)
		if (strcmp(pos, names[i]) == 0)
			k = i;
	return k;
}

/* The marker of class cls at position k (POS_*) of p: where none starts
 * (ends) there, FOP takes any, carried over too (PageViewport.getMarker,
 * Markers.resolve). */
static const fo_node_t *rec_find(const page_rec_t *p, const char *cls, int k)
{
	static const int fallback[4] = { POS_FIRST_CARRY, POS_FIRST_CARRY, POS_LAST_ANY, POS_LAST_ANY };
	for (size_t i = 0; i < p->n; i++) {
		if (strcmp(p->v[i].cls, cls) != 0)
			continue;
		if (p->v[i].m[k])
			return p->v[i].m[k];
		if (p->v[i].m[fallback[k]])
			return p->v[i].m[fallback[k]];
	}
	return NULL;
}

static const fo_node_t *marker_find(const fo_markers_t *m, const fo_node_t *rm, size_t page)
{
	const char *cls = fo_attr(rm, "retrieve-class-name");
	if (m == NULL || cls == NULL || page >= m->npages)
		return NULL;
	static const char *const names[] = { "first-starting-within-page",
		"first-including-carryover", "last-starting-within-page", "last-ending-within-page" };
	const page_rec_t *p = &m->pages[page];
	const fo_node_t *found = rec_find(p, cls, position_of(rm, "retrieve-position", names));
	if (found)
		return found;
	/* None on this page: the last of the earlier pages within
	 * retrieve-boundary (page-sequence unless it says page or document). */
	const char *bound = fo_attr(rm, "retrieve-boundary");
	int doc = bound && strcmp(bound, "document") == 0;
	if (page == 0 || (bound && strcmp(bound, "page") == 0) ||
	    (!doc && m->pages[page - 1].seq != p->seq))
		return NULL;
	const page_rec_t *prev = &m->pages[page - 1];
	for (size_t i = 0; i < prev->n; i++)
		if (strcmp(prev->v[i].cls, cls) == 0)
			return prev->v[i].m[doc ? POS_CARRY_DOC : POS_CARRY_ON];
	return NULL;
}

static fo_node_t *clone_node(clone_t *cl, const fo_node_t *src, fo_node_t *parent,
                             const fo_style_t *pst, const fo_style_ctx_t *ctx)
{
	fo_node_t *n = xmalloc(sizeof *n);
	*n = *src;
	n->parent = parent;
	n->first = n->last = n->next = NULL;
	if (src->kind != FO_K_TEXT) {
		fo_style_t *st = xcalloc(1, sizeof *st);
		fo_style_compute(st, pst, src->xml, ctx);
		cl->styles = xgrow(cl->styles, &cl->cap, cl->nstyles + 1, sizeof *cl->styles);
		cl->styles[cl->nstyles++] = st;
		n->style = st;
	}
	fo_node_append(parent, n);
	for (const fo_node_t *k = src->first; k; k = k->next)
		clone_node(cl, k, n, n->style ? n->style : pst, ctx);
	return n;
}

/* The copy of marker retrieved by rm, made once. */
static const fo_node_t *clone_get(fo_markers_t *m, const fo_node_t *rm, const fo_node_t *marker,
                                  const fo_style_ctx_t *ctx)
{
	if (marker == NULL)
		return NULL;
	for (clone_t *c = m->clones; c; c = c->next)
		if (c->rm == rm && c->marker == marker)
			return c->root;
	clone_t *c = xcalloc(1, sizeof *c);
	c->rm = rm;
	c->marker = marker;
	c->root = clone_node(c, marker, NULL, rm->style, ctx);
	c->next = m->clones;
	m->clones = c;
	return c->root;
}

const fo_node_t *fo_markers_get(fo_markers_t *m, const fo_node_t *rm, size_t page,
                                const fo_style_ctx_t *ctx)
{
	return clone_get(m, rm, marker_find(m, rm, page), ctx);
}

/* ---------- fo:retrieve-table-marker ---------- */

static table_rec_t *table_rec_get(fo_markers_t *m, const fo_node_t *table)
{
	for (size_t i = 0; i < m->ntables; i++)
		if (m->tables[i].table == table)
			return &m->tables[i];
	m->tables = xgrow(m->tables, &m->tcap, m->ntables + 1, sizeof *m->tables);
	table_rec_t *t = &m->tables[m->ntables++];
	memset(t, 0, sizeof *t);
	t->table = table;
	return t;
}

/* The fragment's body rows register their markers as on a page (FOP's
 * TableLayoutManager.registerMarkers), a row going on from the page
 * before carrying its cells' over. */
static void fragment_events(page_rec_t *p, const fo_page_t *pg, const size_t *body, size_t n)
{
	chain_t none = { .n = 0 };
	for (size_t k = 0; k < n; k++) {
		const fo_item_t *it = &pg->items[body[k]];
		if (k == 0 && it->kind == FO_IT_ROW && it->line > 0)
			row_carried(p, pg, body[k]);
		item_markers(p, pg, body[k], &none);
	}
}

fo_tfrag_t *fo_markers_fragment(fo_markers_t *m, const fo_page_t *pg, const fo_node_t *table,
                                size_t first, const size_t *body, size_t nbody)
{
	fo_tfrag_t *f = xcalloc(1, sizeof *f);
	f->m = m;
	fragment_events(&f->frag, pg, body, nbody);
	page_events(&f->page, pg, first < pg->n ? first : pg->n);
	table_rec_t *t = table_rec_get(m, table);
	f->table = (size_t)(t - m->tables);
	for (size_t i = 0; i < f->frag.n; i++) {
		const rec_t *r = &f->frag.v[i];
		rec_t *acc = rec_get(&t->rec, r->cls);
		if (r->m[POS_LAST_END])
			acc->m[POS_LAST_END] = r->m[POS_LAST_END];
		if (r->m[POS_LAST_ANY])
			acc->m[POS_LAST_ANY] = r->m[POS_LAST_ANY];
	}
	return f;
}

void fo_tfrag_free(fo_tfrag_t *f)
{
	if (f == NULL)
		return;
	free(f->frag.v);
	free(f->page.v);
	free(f);
}

/* FOP's TableLayoutManager.resolveRetrieveTableMarker: the fragment at
 * the position asked; else (boundary page or table) the last ending on
 * the page; else (table) the last ending in the table. */
const fo_node_t *fo_markers_table_get(const fo_tfrag_t *f, const fo_node_t *rtm,
                                      const fo_style_ctx_t *ctx)
{
	const char *cls = fo_attr(rtm, "retrieve-class-name");
	if (f == NULL || cls == NULL)
		return NULL;
	static const char *const names[] = { "first-starting", "first-including-carryover",
		"last-starting", "last-ending" };
	const char *bound = fo_attr(rtm, "retrieve-boundary-within-table");
	const fo_node_t *found = rec_find(&f->frag, cls,
	                                  position_of(rtm, "retrieve-position-within-table", names));
	if (found == NULL && !(bound && strcmp(bound, "table-fragment") == 0)) {
		found = rec_find(&f->page, cls, POS_LAST_END);
		if (found == NULL && !(bound && strcmp(bound, "page") == 0))
			found = rec_find(&f->m->tables[f->table].rec, cls, POS_LAST_END);
	}
	return clone_get(f->m, rtm, found, ctx);
}
