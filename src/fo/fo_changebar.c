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

/* A change's extent on the page. */
typedef struct bar {
	const fo_node_t *begin;
	double y0, y1;
} bar_t;

static void bar_extend(bar_t **v, size_t *n, size_t *cap, const fo_node_t *begin, double y0,
                       double y1)
{
	for (size_t i = 0; i < *n; i++) {
		bar_t *b = &(*v)[i];
		if (b->begin != begin)
			continue;
		if (y0 < b->y0) b->y0 = y0;
		if (y1 > b->y1) b->y1 = y1;
		return;
	}
	*v = xgrow(*v, cap, *n + 1, sizeof **v);
	(*v)[(*n)++] = (bar_t){ begin, y0, y1 };
}

/* A length property of the begin node, its initial value when absent. */
static double bar_len(const fo_node_t *n, const char *name, double ref_w)
{
	double v = fo_attr_len(n, name, ref_w);
	return v < 0 ? 6 : v;
}

static void bar_draw(fo_pdf_t *pdf, const bar_t *b, double ox, double ref_w)
{
	const fo_node_t *n = b->begin;
	fo_border_t bd = { 0, FO_BORDER_NONE, n->style->color, 0 };
	const char *style = fo_attr(n, "change-bar-style");
	if (style == NULL || fo_border_style_parse(style, &bd.style) < 0 ||
	    bd.style == FO_BORDER_NONE)
		return;
	const char *color = fo_attr(n, "change-bar-color");
	if (color)
		fo_color_parse(color, &bd.color);
	double w = bar_len(n, "change-bar-width", ref_w), off = bar_len(n, "change-bar-offset", ref_w);
	const char *pl = fo_attr(n, "change-bar-placement");
	/* left and right are the page's: in rl-tb the end and start */
	const char *endward = n->style->rtl ? "left" : "right";
	int end = pl && (strcmp(pl, "end") == 0 || strcmp(pl, endward) == 0 ||
	                 strcmp(pl, "outside") == 0);
	/* FOP's geometry: the bar is 2w wide, against the offset at the start
	 * side, centred on it at the end side. */
	double x = end ? ox + ref_w + off - w : ox - off - 2 * w;
	bd.width = 2 * w;
	fo_pdf_border(pdf, &bd, x, b->y0, 2 * w, b->y1 - b->y0);
}

void fo_changebar_draw(fo_pdf_t *pdf, const fo_item_t *items, const double *y, size_t n,
                       double ox, double oy, double ref_w)
{
	bar_t *v = NULL;
	size_t nv = 0, cap = 0;
	for (size_t i = 0; i < n; i++)
		for (const fo_extra_t *e = items[i].extra; e; e = e->next)
			if (e->kind == FO_EX_CHANGE_BAR)
				bar_extend(&v, &nv, &cap, e->node, oy + y[i], oy + y[i] + items[i].h);
	for (size_t i = 0; i < nv; i++)
		bar_draw(pdf, &v[i], ox, ref_w);
	free(v);
}
