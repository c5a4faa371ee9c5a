/* fo_changebar: see fo_changebar.h. */
#include "fo_changebar.h"

#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"

static const char *change_class(const fo_node_t *n)
{
	const char *c = fo_attr(n, "change-bar-class");
	return c ? c : "";
}

void fo_changes_apply(fo_changes_t *c, const fo_node_t *n)
{
	if (n->kind == FO_K_CHANGE_BAR_BEGIN) {
		c->open = xgrow(c->open, &c->cap, c->n + 1, sizeof *c->open);
		c->open[c->n++] = n;
		return;
	}
	const char *cls = change_class(n);
	for (size_t i = c->n; i-- > 0;) {
		if (strcmp(change_class(c->open[i]), cls) != 0)
			continue;
		memmove(c->open + i, c->open + i + 1, (c->n - i - 1) * sizeof *c->open);
		c->n--;
		return;
	}
}

void fo_changes_attach(const fo_changes_t *c, fo_extra_t **list)
{
	for (size_t i = 0; i < c->n; i++) {
		fo_extra_t *e = xcalloc(1, sizeof *e);
		e->kind = FO_EX_CHANGE_BAR;
		e->node = c->open[i];
		fo_extra_append(list, e);
	}
}

void fo_changes_free(fo_changes_t *c)
{
	free(c->open);
	memset(c, 0, sizeof *c);
}

/* A change's extent on the page, and the reference area it stands
 * beside (x, w): the block-container its first block is in, else the
 * column or region (FOP: a table cell's column). */
typedef struct bar {
	const fo_node_t *begin;
	double y0, y1;
	double x, w;
	int framed;              /* x and w come from a block */
} bar_t;

static void bar_extend(bar_t **v, size_t *n, size_t *cap, const fo_node_t *begin, double y0,
                       double y1, const bar_t *frame)
{
	for (size_t i = 0; i < *n; i++) {
		bar_t *b = &(*v)[i];
		if (b->begin != begin)
			continue;
		if (!b->framed && frame->framed)
			*b = (bar_t){ b->begin, b->y0, b->y1, frame->x, frame->w, 1 };
		if (y0 < b->y0) b->y0 = y0;
		if (y1 > b->y1) b->y1 = y1;
		return;
	}
	*v = xgrow(*v, cap, *n + 1, sizeof **v);
	(*v)[(*n)++] = (bar_t){ begin, y0, y1, frame->x, frame->w, frame->framed };
}

/* The node giving the begin node n's change-bar property name: n or its
 * nearest ancestor with it, as all but change-bar-class are inherited
 * (XSL 1.1 7.30); NULL when none has it. */
static const fo_node_t *bar_giver(const fo_node_t *n, const char *name)
{
	while (n && fo_attr(n, name) == NULL)
		n = n->parent;
	return n;
}

static const char *bar_attr(const fo_node_t *n, const char *name)
{
	return fo_attr(bar_giver(n, name), name);
}

/* A length property of the begin node, its initial value when absent. */
static double bar_len(const fo_node_t *n, const char *name, double ref_w)
{
	double v = fo_attr_len(bar_giver(n, name), name, ref_w);
	return v < 0 ? 6 : v;
}

/* The centre of a bar: FOP's AbstractRenderer.drawChangeBars().  The
 * binding edge is the start edge on pages of even index (the first, the
 * third...), the end edge on the others; inside is the binding side,
 * outside the other, alternate the outside but in two columns the outer
 * side of each.  Left and right are the page's: in rl-tb (rtl) the end
 * and the start.  As FOP draws them on the page, a bar on the left
 * stands the offset plus its width off the edge, an outside or alternate
 * one there only the offset; a bar on the right stands the offset off. */
static double bar_centre(const char *pl, int rtl, fo_pdf_where_t at, double ox, double ref_w,
                         double w, double off)
{
	int end = 0, outer = 0;
	int binding_start = at.page % 2 == 0;
	const char *startward = rtl ? "right" : "left", *endward = rtl ? "left" : "right";
	if (pl == NULL || strcmp(pl, "start") == 0 || strcmp(pl, startward) == 0)
		end = 0;
	else if (strcmp(pl, "end") == 0 || strcmp(pl, endward) == 0)
		end = 1;
	else if (strcmp(pl, "inside") == 0)
		end = !binding_start;
	else if (strcmp(pl, "alternate") == 0 && at.ncols == 2)
		end = at.col != 0, outer = 1;
	else if (strcmp(pl, "outside") == 0 || strcmp(pl, "alternate") == 0)
		end = binding_start, outer = 1;
	int on_left = rtl ? end : !end;
	double dist = off + (on_left && !outer ? w : 0);
	return end ? ox + ref_w + dist : ox - dist;
}

/* FOP's bar is twice change-bar-width wide, centred where bar_centre()
 * says. */
static void bar_draw(fo_pdf_t *pdf, const bar_t *b)
{
	double ox = b->x, ref_w = b->w;
	const fo_node_t *n = b->begin;
	fo_border_t bd = { 0, FO_BORDER_NONE, n->style->color, 0 };
	const char *style = bar_attr(n, "change-bar-style");
	if (style == NULL || fo_border_style_parse(style, &bd.style) < 0 ||
	    bd.style == FO_BORDER_NONE)
		return;
	const char *color = bar_attr(n, "change-bar-color");
	if (color)
		fo_color_parse(color, &bd.color);
	double w = bar_len(n, "change-bar-width", ref_w), off = bar_len(n, "change-bar-offset", ref_w);
	double x = bar_centre(bar_attr(n, "change-bar-placement"), n->style->rtl, fo_pdf_where(pdf),
	                      ox, ref_w, w, off) - w;
	bd.width = 2 * w;
	fo_pdf_border(pdf, &bd, x, b->y0, 2 * w, b->y1 - b->y0);
}

void fo_changebar_draw(fo_pdf_t *pdf, const fo_item_t *items, const double *y, size_t n,
                       double ox, double oy)
{
	bar_t *v = NULL;
	size_t nv = 0, cap = 0;
	fo_pdf_where_t at = fo_pdf_where(pdf);
	for (size_t i = 0; i < n; i++) {
		const fo_blk_t *blk = items[i].blk;
		int in_cont = blk && blk->rw > 0;
		bar_t frame = { NULL, 0, 0, in_cont ? ox + blk->rx : at.x, in_cont ? blk->rw : at.w,
		                blk != NULL };
		for (const fo_extra_t *e = items[i].extra; e; e = e->next)
			if (e->kind == FO_EX_CHANGE_BAR)
				bar_extend(&v, &nv, &cap, e->node, oy + y[i], oy + y[i] + items[i].h, &frame);
	}
	for (size_t i = 0; i < nv; i++)
		bar_draw(pdf, &v[i]);
	free(v);
}
