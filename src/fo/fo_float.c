/* fo_float: see fo_float.h. */
#include "fo_float.h"

#include <string.h>

#include "fo_container.h"
#include "fo_extra.h"

static int attr_is(const fo_node_t *n, const char *name, const char *const *words)
{
	const char *v = fo_attr(n, name);
	for (; v && *words; words++)
		if (strcmp(v, *words) == 0)
			return 1;
	return 0;
}

static const char *const start_sides[] = { "start", "inside", NULL };
static const char *const end_sides[] = { "end", "outside", NULL };
static const char *const lefts[] = { "left", NULL };
static const char *const rights[] = { "right", NULL };

/* Which side property name (float, clear) of n names: 1 the start, 0 the
 * end, -1 neither; left and right are the end and start in rl-tb. */
static int side_named(const fo_node_t *n, const char *name)
{
	int rtl = n->style && n->style->rtl;
	if (attr_is(n, name, start_sides) || attr_is(n, name, rtl ? rights : lefts))
		return 1;
	if (attr_is(n, name, end_sides) || attr_is(n, name, rtl ? lefts : rights))
		return 0;
	return -1;
}

int fo_float_is_side(const fo_node_t *n)
{
	return n->kind == FO_K_FLOAT && side_named(n, "float") >= 0;
}

int fo_float_is_before(const fo_node_t *n)
{
	static const char *const before[] = { "before", NULL };
	return n->kind == FO_K_FLOAT && attr_is(n, "float", before);
}

/* The width of float content k sets: a block-container's or a table's
 * width, -1 for none. */
static double child_width(const fo_node_t *k, double avail)
{
	if (k->kind != FO_K_TABLE)
		return fo_container_width(k, avail);
	return fo_attr_len(k, "width", avail);
}

/* The float's width: its first block-container's or table's, also inside
 * blocks (FOP's FloatContentLayoutManager looks through them), else -1. */
static double float_width(const fo_node_t *n, double avail)
{
	for (const fo_node_t *k = n->first; k; k = k->next) {
		double w = k->kind == FO_K_BLOCK ? float_width(k, avail) : child_width(k, avail);
		if (w >= 0)
			return w < avail ? w : avail;
	}
	return -1;
}

fo_extra_t *fo_float_place(const fo_node_t *n, const fo_blk_t *blk, const fo_gen_env_t *env,
                           fo_float_t *f)
{
	double w = float_width(n, blk->w);
	f->start = side_named(n, "float") == 1;
	if (w < 0) {  /* no width set: as wide as its widest line (FOP) */
		fo_cont_t *all = fo_cont_layout(n, env, blk->w);
		w = fo_cont_content_width(all, blk->w);
		fo_cont_free(all);
	}
	f->w = w;
	fo_cont_t *c = fo_cont_inflow(n, env, w, f->start ? 0 : blk->w - w);
	f->h = fo_cont_height(c);
	return fo_cont_extra(c);
}

void fo_float_pass(fo_float_t *f, double h)
{
	if (f->h > 0)
		f->h = h < f->h ? f->h - h : 0;
}


double fo_float_clearance(const fo_float_t *f, const fo_node_t *n)
{
	static const char *const both[] = { "both", NULL };
	if (f->h <= 0 || !fo_attr(n, "clear"))
		return 0;
	int hit = attr_is(n, "clear", both) || side_named(n, "clear") == f->start;
	return hit ? f->h : 0;
}

void fo_float_beside(const fo_float_t *f, fo_para_t *p)
{
	if (f->h > 0)
		fo_para_beside(p, f->h, f->w, f->start);
}
