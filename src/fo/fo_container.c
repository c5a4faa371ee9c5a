/* fo_container: see fo_container.h. */
#include "fo_container.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fo_bidi.h"
#include "fo_extra.h"
#include "fo_msg.h"
#include "fo_page.h"
#include "../util/xalloc.h"

struct fo_cont {
	const fo_node_t *node;
	fo_itemq_t q;
	double *y;
	double shift;            /* the content's own start-indent, taken off */
	double cw, ch;           /* content rectangle, in the content's frame */
	int orient;              /* 0, 90, 180, 270 */
	int fixed, clip;
	int inflow;               /* in the flow: drawn where its item is */
	int auto_h;              /* absolute and unturned without a height: top and
	                            bottom say it when drawn */
	double dx;               /* in the flow: from its item's x to its content */
};

/* absolute-position, or what the position shorthand sets it to (XSL 1.1
 * 7.31.20: absolute and fixed; static and relative leave it auto). */
static const char *cont_position(const fo_node_t *n)
{
	if (n->kind != FO_K_BLOCK_CONTAINER)
		return NULL;
	const char *p = fo_attr(n, "absolute-position");
	if (p)
		return p;
	p = fo_attr(n, "position");
	return p && (strcmp(p, "absolute") == 0 || strcmp(p, "fixed") == 0) ? p : NULL;
}

int fo_container_is_absolute(const fo_node_t *n)
{
	const char *p = cont_position(n);
	return p && (strcmp(p, "absolute") == 0 || strcmp(p, "fixed") == 0);
}

/* The first of names (NULL-ended) n has, as a length resolved against
 * ref; -1 for none or auto. */
double fo_container_width(const fo_node_t *n, double ref)
{
	if (n->kind != FO_K_BLOCK_CONTAINER && n->kind != FO_K_INLINE_CONTAINER)
		return -1;
	return fo_attr_dimension(n, 0, ref);
}

/* The height n asks for (-1: its content's). */
static double cont_height(const fo_node_t *n, double ref)
{
	return fo_attr_dimension(n, 1, ref);
}

static double items_height(const fo_itemq_t *q, const double *y)
{
	double h = 0;
	for (size_t i = 0; i < q->len; i++)
		if (fo_item_is_box(q->v[i].kind))
			h = y[i] + q->v[i].h;
	return h;
}

/* Lays out n's content inline_w wide, its own start-indent taken off. */
static void cont_fill(fo_cont_t *c, const fo_gen_env_t *env, double inline_w)
{
	const fo_style_t *st = c->node->style;
	fo_gen_env_t sub = *env;
	sub.before_floats = 0;
	sub.width = inline_w;
	/* A float or an inline-container: its own indents, inherited from
	 * where it is, taken off.  A footnote body keeps them, as in FOP (a
	 * list item's body, a block-container's margin indent the note). */
	if (c->node->kind != FO_K_BLOCK_CONTAINER && c->node->kind != FO_K_FOOTNOTE_BODY) {
		c->shift = fo_len_resolve(st->start_indent, env->width);
		sub.width += c->shift + fo_len_resolve(st->end_indent, env->width);
	}
	fo_gen_t *g = fo_gen_new(c->node, &sub);
	while (fo_gen_step(g, &c->q))
		;
	fo_gen_free(g);
	c->y = xmalloc((c->q.len ? c->q.len : 1) * sizeof *c->y);
	fo_items_place(c->q.v, c->q.len, c->y);
	c->cw = inline_w;
}

fo_cont_t *fo_cont_layout(const fo_node_t *n, const fo_gen_env_t *env, double width)
{
	fo_cont_t *c = xcalloc(1, sizeof *c);
	c->node = n;
	cont_fill(c, env, width);
	c->ch = items_height(&c->q, c->y);
	return c;
}

fo_cont_t *fo_cont_inflow(const fo_node_t *n, const fo_gen_env_t *env, double width, double dx)
{
	fo_cont_t *c = fo_cont_layout(n, env, width);
	c->inflow = 1;
	c->dx = dx;
	return c;
}

double fo_cont_height(const fo_cont_t *c)
{
	return c->ch;
}

/* The end padding and border of block b and the blocks around it, which
 * stand outside its content rectangle unless end-indent makes room. */
static double end_decoration(const fo_blk_t *b, double width)
{
	double d = 0;
	for (; b && b->st; b = b->parent)
		d += b->st->border[FO_SIDE_END].width + fo_len_resolve(b->st->padding[FO_SIDE_END], width);
	return d;
}

double fo_cont_content_width(const fo_cont_t *c, double width)
{
	double least = width;
	for (size_t i = 0; i < c->q.len; i++) {
		const fo_item_t *it = &c->q.v[i];
		if (it->kind == FO_IT_LINE && it->blk) {
			double room = it->blk->w - fo_para_line_natural(it->para, it->line) -
			              end_decoration(it->blk, width);
			least = room < least ? room : least;
		} else if (fo_item_is_box(it->kind) && it->kind != FO_IT_DECO) {
			return width;
		}
	}
	return least > 0 ? width - least : width;
}

const fo_item_t *fo_cont_items(const fo_cont_t *c, size_t *n)
{
	*n = c->q.len;
	return c->q.v;
}

int fo_cont_fit(const fo_cont_t *c, double room, size_t *at, double *h)
{
	int found = 0;
	double bottom = 0;
	for (size_t i = 0; i < c->q.len; i++) {
		const fo_item_t *it = &c->q.v[i];
		if (fo_item_is_box(it->kind)) {
			bottom = c->y[i] + it->h;
			if (bottom > room + 0.001)
				break;
		} else if (it->kind == FO_IT_BREAK && it->keep < FO_KEEP_ALWAYS && bottom > 0) {
			*at = i;
			*h = bottom;
			found = 1;
		}
	}
	return found;
}

fo_cont_t *fo_cont_cut(fo_cont_t *c, size_t at)
{
	fo_cont_t *rest = xmalloc(sizeof *rest);
	*rest = *c;
	size_t n = c->q.len - at - 1;
	rest->q = (fo_itemq_t){ xmalloc((n ? n : 1) * sizeof *rest->q.v), n, n };
	rest->y = xmalloc((n ? n : 1) * sizeof *rest->y);
	memcpy(rest->q.v, c->q.v + at + 1, n * sizeof *rest->q.v);
	/* the rest starts where the break is, below the space before it */
	for (size_t i = 0; i < n; i++)
		rest->y[i] = c->y[at + 1 + i] - c->y[at];
	fo_item_clear(&c->q.v[at]);
	c->q.len = at;
	c->ch = items_height(&c->q, c->y);
	rest->ch = items_height(&rest->q, rest->y);
	return rest;
}

/* Draws c's items at ox, oy: change bars stand beside the container, a
 * reference area (FOP), in the coordinates they are drawn in. */
static void cont_items_draw(fo_pdf_t *pdf, const fo_cont_t *c, double ox, double oy)
{
	fo_pdf_where_t was = fo_pdf_where(pdf);
	fo_pdf_set_column(pdf, was.col, was.ncols, ox, c->cw);
	fo_pdf_draw_items(pdf, c->q.v, c->y, c->q.len, ox, oy, c->cw);
	fo_pdf_set_column(pdf, was.col, was.ncols, was.x, was.w);
}

void fo_cont_draw_at(fo_pdf_t *pdf, const fo_cont_t *c, double x, double y)
{
	cairo_save(fo_pdf_cairo(pdf));
	fo_pdf_mirror(pdf, c->node->style->rtl, x, c->cw);
	cont_items_draw(pdf, c, x - c->shift, y);
	cairo_restore(fo_pdf_cairo(pdf));
}

/* overflow="error-if-overflow" and the content taller than the
 * container: FOP reports an error and goes on, clipping; lpdoc warns,
 * once for each container (layout may be done again). */
static void overflow_warn(const fo_node_t *n, const fo_gen_env_t *env, double by)
{
	char key[64], pts[32];
	snprintf(key, sizeof key, "overflow:%u:%u", n->line, n->col);
	if (!diag_once(env->diag, key))
		return;
	snprintf(pts, sizeof pts, "%.1f", by);
	fo_report(env->diag, env->file, n->line, n->col, FO_MSG_CONTAINER_OVERFLOW, pts);
}

/* The room an absolutely positioned container's borders and padding take
 * across (sides start and end) or down (before and after). */
static double frame_room(const fo_style_t *st, int across, double ref)
{
	int a = across ? FO_SIDE_START : FO_SIDE_BEFORE, b = across ? FO_SIDE_END : FO_SIDE_AFTER;
	return st->border[a].width + st->border[b].width + fo_len_resolve(st->padding[a], ref) +
	       fo_len_resolve(st->padding[b], ref);
}

/* An absolutely positioned container without a width or height: given
 * both its offsets from the sides of the area (area_len long), it fills
 * what lies between them (XSL 1.1 7.6.1, CSS 2 10.3.7 and 10.6.4), none
 * when they overlap, as in FOP; -1 when an offset is auto. */
static double between_offsets(const fo_node_t *n, const char *from, const char *to,
                              double area_len, double frame)
{
	double a = fo_attr_len(n, from, area_len), b = fo_attr_len(n, to, area_len);
	if (a < 0 || b < 0)
		return -1;
	double len = area_len - a - b - frame;
	return len > 0 ? len : 0;
}

/* A container of its own size, turned and clipped as its properties say.  avail is the
 * inline room when it has no width. */
static fo_cont_t *cont_sized(const fo_node_t *n, const fo_gen_env_t *env, double avail)
{
	fo_cont_t *c = xcalloc(1, sizeof *c);
	c->node = n;
	c->orient = fo_orientation(n);
	const char *ap = cont_position(n), *ov = fo_attr(n, "overflow");
	c->fixed = ap && strcmp(ap, "fixed") == 0;
	c->inflow = !fo_container_is_absolute(n);
	int error_if = ov && strcmp(ov, "error-if-overflow") == 0;
	c->clip = error_if || (ov && strcmp(ov, "hidden") == 0);
	double w = fo_container_width(n, env->width), h = cont_height(n, env->width);
	/* An absolute one (not fixed: the page is its area) without a width
	 * or height: left and right say its extent across the page, top and
	 * bottom down it; turned a quarter, these are its height and width.
	 * Unturned, its height waits for the drawing, which knows the area's
	 * height. */
	if (!c->inflow && !c->fixed) {
		int turned = c->orient == 90 || c->orient == 270;
		double across = between_offsets(n, "left", "right", env->width,
		                                frame_room(n->style, 1, env->width));
		if (w < 0 && !turned)
			w = across;
		else if (w < 0 && env->area_height > 0)
			w = between_offsets(n, "top", "bottom", env->area_height,
			                    frame_room(n->style, 0, env->width));
		if (h < 0 && turned)
			h = across;
		c->auto_h = h < 0 && !turned;
	}
	/* As FOP: width and height are the turned content's own inline and
	 * block dimensions; on the page a quarter turn swaps them. */
	cont_fill(c, env, w >= 0 ? w : avail);
	double used = items_height(&c->q, c->y);
	c->ch = h >= 0 ? h : used;
	if (error_if && used > c->ch + 0.005)
		overflow_warn(n, env, used - c->ch);
	return c;
}

fo_extra_t *fo_cont_extra(fo_cont_t *c)
{
	fo_extra_t *e = xcalloc(1, sizeof *e);
	e->kind = FO_EX_CONTAINER;
	e->node = c->node;
	e->cont = c;
	return e;
}

void fo_container_item(const fo_node_t *n, const fo_gen_env_t *env, fo_item_t *box)
{
	*box = (fo_item_t){ .kind = FO_IT_BOX,
	                    .extra = fo_cont_extra(cont_sized(n, env, env->width)) };
}

int fo_container_is_sized(const fo_node_t *n)
{
	return n->kind == FO_K_BLOCK_CONTAINER && !fo_container_is_absolute(n) &&
	       (cont_height(n, 1) >= 0 || fo_orientation(n) != 0);
}

void fo_container_box(const fo_node_t *n, fo_blk_t *blk, const fo_gen_env_t *env,
                      fo_item_t *box)
{
	fo_cont_t *c = cont_sized(n, env, blk->w);
	const fo_style_t *st = n->style;
	int turned = c->orient == 90 || c->orient == 270;
	double H = turned ? c->cw : c->ch;
	memset(box, 0, sizeof *box);
	box->kind = FO_IT_BOX;
	box->h = H + st->border[FO_SIDE_BEFORE].width + st->border[FO_SIDE_AFTER].width +
	         fo_len_resolve(st->padding[FO_SIDE_BEFORE], env->width) +
	         fo_len_resolve(st->padding[FO_SIDE_AFTER], env->width);
	/* The box belongs to the enclosing block: the container draws its own
	 * borders and background, its ancestors theirs around it. */
	c->dx = blk->x - (blk->parent ? blk->parent->x : 0);
	box->blk = fo_blk_ref(blk->parent);
	box->extra = fo_cont_extra(c);
}

void fo_cont_free(fo_cont_t *c)
{
	if (c == NULL)
		return;
	fo_itemq_free(&c->q);
	free(c->y);
	free(c);
}

/* Background and borders around the padding box (x, y, w, h). */
static void frame_draw(fo_pdf_t *pdf, const fo_style_t *st, double x, double y, double w,
                       double h)
{
	const fo_border_t *b = st->border;
	if (st->background.a > 0)
		fo_pdf_fill(pdf, x, y, w, h, &st->background);
	double bs = b[FO_SIDE_START].width, be = b[FO_SIDE_END].width;
	double bb = b[FO_SIDE_BEFORE].width, ba = b[FO_SIDE_AFTER].width;
	fo_pdf_border(pdf, &b[FO_SIDE_BEFORE], x - bs, y - bb, w + bs + be, bb);
	fo_pdf_border(pdf, &b[FO_SIDE_AFTER], x - bs, y + h, w + bs + be, ba);
	fo_pdf_border(pdf, &b[FO_SIDE_START], x - bs, y, bs, h);
	fo_pdf_border(pdf, &b[FO_SIDE_END], x + w, y, be, h);
}

/* left and right of an absolutely positioned container are the sides of
 * the page (fixed) or of the area (area_w wide): where the drawing is
 * mirrored (rl-tb, fo_bidi), its left edge left, bw wide, goes where the
 * mirror puts it back.  A fixed one's mirror is its region's, found in
 * cairo's matrix (on an unturned page, device space is the page's). */
static double physical_left(cairo_t *cr, int fixed, double left, double bw, double area_w)
{
	if (!fo_bidi_mirrored(cr))
		return left;
	if (!fixed)
		return area_w - left - bw;
	cairo_matrix_t m;
	cairo_get_matrix(cr, &m);
	if (m.xy != 0 || m.yx != 0)
		return left;  /* a turned page: left as drawn */
	double x = 0, y = 0;
	cairo_device_to_user(cr, &x, &y);
	return x - left - bw;
}

/* Where an absolutely positioned container's border box starts from
 * the area's side (area_len long): its content rectangle (len long, the
 * borders and padding before it frame) is offset from the side by the
 * property near, or ends far from the other side; at the side when both
 * are auto. */
static double edge_offset(const fo_node_t *n, const char *near, const char *far,
                          double area_len, double len, double frame)
{
	double a = fo_attr_len(n, near, area_len), b = fo_attr_len(n, far, area_len);
	if (a >= 0)
		return a - frame;
	return b >= 0 ? area_len - b - len - frame : 0;
}

static void cont_draw(fo_pdf_t *pdf, const fo_cont_t *c, double ix, double iy, double ox,
                      double oy, double area_w, double area_h)
{
	cairo_t *cr = fo_pdf_cairo(pdf);
	const fo_node_t *n = c->node;
	const fo_style_t *st = n->style;
	if (c->fixed) {
		ox = 0;
		oy = 0;
		fo_pdf_page_size(pdf, &area_w, &area_h);
	}
	int turned = c->orient == 90 || c->orient == 270;
	double ch = c->ch;
	if (c->auto_h) {
		double between = between_offsets(n, "top", "bottom", area_h,
		                                 frame_room(st, 0, area_w));
		if (between >= 0)
			ch = between;
	}
	double W = turned ? ch : c->cw, H = turned ? c->cw : ch;  /* on the page */
	double ps = fo_len_resolve(st->padding[FO_SIDE_START], area_w);
	double pe = fo_len_resolve(st->padding[FO_SIDE_END], area_w);
	double pb = fo_len_resolve(st->padding[FO_SIDE_BEFORE], area_w);
	double pa = fo_len_resolve(st->padding[FO_SIDE_AFTER], area_w);
	double bs = st->border[FO_SIDE_START].width, bb = st->border[FO_SIDE_BEFORE].width;
	double bw = W + ps + pe + bs + st->border[FO_SIDE_END].width;
	/* left, right, top and bottom place the content rectangle, the
	 * borders and padding around it (XSL 1.1 7.6, after CSS 2's 9.3.2, as
	 * FOP); left: the border box's left edge */
	double left = edge_offset(n, "left", "right", area_w, W, bs + ps);
	double top = edge_offset(n, "top", "bottom", area_h, H, bb + pb);
	if (!c->inflow)
		left = physical_left(cr, c->fixed, left, bw, area_w);
	double x = ox + left + bs + ps, y = oy + top + bb + pb;  /* content corner */
	if (c->inflow) {
		x = ix + c->dx;
		y = iy + bb + pb;
	}
	frame_draw(pdf, st, x - ps, y - pb, W + ps + pe, H + pb + pa);
	cairo_save(cr);
	if (c->clip) {  /* the content rectangle, as FOP clips (padding shows) */
		cairo_rectangle(cr, x, y, W, H);
		cairo_clip(cr);
	}
	fo_pdf_turn(pdf, c->orient, x, y, W, H);
	fo_pdf_mirror(pdf, st->rtl, 0, c->cw);
	double used = items_height(&c->q, c->y), dy = 0;
	const char *da = fo_attr(n, "display-align");
	if (da && strcmp(da, "center") == 0)
		dy = (ch - used) / 2;
	else if (da && strcmp(da, "after") == 0)
		dy = ch - used;
	cont_items_draw(pdf, c, -c->shift, dy);
	cairo_restore(cr);
}

void fo_container_draw(fo_pdf_t *pdf, const fo_item_t *it, double x, double y, double ox,
                       double oy, double area_w, double area_h)
{
	for (const fo_extra_t *e = it->extra; e; e = e->next)
		if (e->kind == FO_EX_CONTAINER)
			cont_draw(pdf, e->cont, x, y, ox, oy, area_w, area_h);
}

/* The block-containers (drawn by their blocks, not by an owner) open
 * across a break between boxes a and b: the ancestors both share,
 * innermost first; at most max of them. */
static size_t open_across(const fo_item_t *a, const fo_item_t *b, const fo_blk_t **out,
                          size_t max)
{
	size_t n = 0;
	if (a == NULL || b == NULL)
		return 0;
	for (const fo_blk_t *x = a->blk; x && n < max; x = x->parent) {
		if (x->node->kind != FO_K_BLOCK_CONTAINER || x->plain)
			continue;
		for (const fo_blk_t *y = b->blk; y; y = y->parent)
			if (y == x) {
				out[n++] = x;
				break;
			}
	}
	return n;
}

enum { OPEN_MAX = 16 };

static double edge_height(const fo_blk_t *b, int side)
{
	return b->st->border[side].width + fo_len_resolve(b->st->padding[side], b->w);
}

static void edge_push(fo_itemq_t *q, const fo_blk_t *b, int after)
{
	double h = edge_height(b, after ? FO_SIDE_AFTER : FO_SIDE_BEFORE);
	if (h <= 0)
		return;
	fo_item_t it = { .kind = FO_IT_DECO, .h = h, .blk = fo_blk_ref((fo_blk_t *)b),
	                 .after = after };
	fo_itemq_push(q, &it);
}

void fo_container_break_items(const fo_item_t *a, const fo_item_t *b, fo_itemq_t *foot,
                              fo_itemq_t *head)
{
	const fo_blk_t *open[OPEN_MAX];
	size_t n = open_across(a, b, open, OPEN_MAX);
	for (size_t i = 0; i < n; i++)
		edge_push(foot, open[i], 1);
	for (size_t i = n; i-- > 0;)
		edge_push(head, open[i], 0);
}

/* ---------- fo:inline-container ---------- */

static void inline_draw(void *data, cairo_t *cr, double x, double top)
{
	const fo_cont_t *c = data;
	fo_pdf_t *pdf = fo_pdf_of(cr);
	if (pdf == NULL)
		return;
	const fo_style_t *st = c->node->style;
	if (st->background.a > 0)
		fo_pdf_fill(pdf, x, top, c->cw, c->ch, &st->background);
	fo_cont_draw_at(pdf, c, x, top);
	cairo_set_source_rgb(cr, 0, 0, 0);
}

static void inline_release(void *data)
{
	fo_cont_free(data);
}

/* The distance from the top of c's content to its first line's baseline
 * (0: no line). */
static double first_baseline(const fo_cont_t *c)
{
	for (size_t i = 0; i < c->q.len; i++) {
		double h, base;
		if (c->q.v[i].kind != FO_IT_LINE)
			continue;
		fo_para_line_metrics(c->q.v[i].para, c->q.v[i].line, &h, &base);
		return c->y[i] + base;
	}
	return 0;
}

void fo_container_inline(fo_para_t *p, const fo_node_t *n, const fo_gen_env_t *env,
                         double avail)
{
	double w = fo_container_width(n, avail), h = cont_height(n, avail);
	fo_cont_t *c = fo_cont_layout(n, env, w >= 0 ? w : avail);
	if (h >= 0)
		c->ch = h;
	/* As in FOP: its first line on the line's baseline, the rest below. */
	double base = first_baseline(c);
	fo_inline_obj_t o = { c->cw, base, c->ch - base, inline_draw, inline_release, c };
	fo_para_add_object(p, &o, n->style);
}
