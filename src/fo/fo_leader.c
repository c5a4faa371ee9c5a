/* fo_leader: see fo_leader.h. */
#include "fo_leader.h"

#include <string.h>

#include "fo_msg.h"
#include "../util/xalloc.h"

/* The leader properties are inherited: the nearest value given wins. */
static const char *leader_attr(const fo_node_t *n, const char *name)
{
	for (; n; n = n->parent) {
		const char *v = fo_attr(n, name);
		if (v && strcmp(v, "inherit") != 0)
			return v;
	}
	return NULL;
}

static void leader_warn(const fo_node_t *n, const fo_gen_env_t *env, const char *name,
                        const char *v)
{
	char *key = xasprintf("leader:%s=%s", name, v);
	if (diag_once(env->diag, key))
		fo_report(env->diag, env->file, n->line, n->col, FO_MSG_VALUE_INVALID, v, name);
	free(key);
}

static void len_read(const fo_node_t *n, const fo_gen_env_t *env, const char *name,
                     fo_len_t *out)
{
	const char *v = leader_attr(n, name);
	if (v == NULL)
		return;
	if (fo_len_parse(v, n->style->font_size, out) < 0)
		leader_warn(n, env, name, v);
}

/* use-content: the leader's first text, without the white space around
 * it (the pattern repeated; FOP's leaders hold text in practice). */
static void content_read(const fo_node_t *n, fo_leader_t *ld)
{
	for (const fo_node_t *c = n->first; c; c = c->next) {
		if (c->kind != FO_K_TEXT) {
			content_read(c, ld);
		} else {
			const char *s = c->text, *e = c->text + c->text_len;
			while (s < e && strchr(" \t\r\n", *s))
				s++;
			while (e > s && strchr(" \t\r\n", e[-1]))
				e--;
			ld->content = s;
			ld->content_len = (size_t)(e - s);
		}
		if (ld->content_len > 0)
			return;
	}
}

static void pattern_read(const fo_node_t *n, const fo_gen_env_t *env, fo_leader_t *ld)
{
	const char *v = leader_attr(n, "leader-pattern");
	if (v == NULL || strcmp(v, "space") == 0)
		return;
	if (strcmp(v, "rule") == 0)
		ld->pattern = FO_LEADER_RULE;
	else if (strcmp(v, "dots") == 0)
		ld->pattern = FO_LEADER_DOTS;
	else if (strcmp(v, "use-content") == 0) {
		content_read(n, ld);
		if (ld->content_len > 0)  /* no content: space */
			ld->pattern = FO_LEADER_USE_CONTENT;
	} else
		leader_warn(n, env, "leader-pattern", v);
}

static void rule_read(const fo_node_t *n, const fo_gen_env_t *env, fo_leader_t *ld)
{
	fo_len_t l = { 1, 0 };
	len_read(n, env, "rule-thickness", &l);
	ld->thickness = l.pt > 0 ? l.pt : 0;
	const char *v = leader_attr(n, "rule-style");
	ld->rule_style = FO_BORDER_SOLID;
	if (v == NULL)
		return;
	static const struct { const char *k; fo_border_style_t s; } kw[] = {
		{ "solid", FO_BORDER_SOLID }, { "dashed", FO_BORDER_DASHED },
		{ "dotted", FO_BORDER_DOTTED }, { "double", FO_BORDER_DOUBLE },
		{ "none", FO_BORDER_NONE }, { "groove", FO_BORDER_SOLID }, { "ridge", FO_BORDER_SOLID },
	};
	for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++)
		if (strcmp(v, kw[i].k) == 0) {
			ld->rule_style = kw[i].s;
			return;
		}
	leader_warn(n, env, "rule-style", v);
}

void fo_leader_add(fo_para_t *p, const fo_node_t *n, const fo_gen_env_t *env)
{
	/* XSL initial values: leader-length 0pt / 12pt / 100%. */
	fo_leader_t ld = { FO_LEADER_SPACE, { 0, 0 }, { 12, 0 }, { 0, 100 }, 1, FO_BORDER_SOLID, { 0, 0 },
	                   NULL, 0 };
	pattern_read(n, env, &ld);
	fo_len_t all;
	const char *v = leader_attr(n, "leader-length");
	if (v && fo_len_parse(v, n->style->font_size, &all) == 0)
		ld.min = ld.opt = ld.max = all;
	else if (v)
		leader_warn(n, env, "leader-length", v);
	len_read(n, env, "leader-length.minimum", &ld.min);
	len_read(n, env, "leader-length.optimum", &ld.opt);
	len_read(n, env, "leader-length.maximum", &ld.max);
	const char *pw = leader_attr(n, "leader-pattern-width");
	fo_len_t w = { 0, 0 };
	if (pw && strcmp(pw, "use-font-metrics") != 0)
		len_read(n, env, "leader-pattern-width", &w);
	ld.pattern_width = w;
	rule_read(n, env, &ld);
	fo_para_add_leader(p, &ld, n->style);
}

/* FOP centres the rule on the middle of the x-height... close enough to
 * its look: the rule sits just above the baseline. */
void fo_leader_rule_draw(cairo_t *cr, const fo_leader_t *ld, const fo_style_t *st, double x,
                         double y, double w)
{
	double t = ld->thickness;
	if (t <= 0 || w <= 0 || ld->rule_style == FO_BORDER_NONE)
		return;
	cairo_save(cr);
	cairo_set_source_rgb(cr, st->color.r, st->color.g, st->color.b);
	if (ld->rule_style == FO_BORDER_DOUBLE) {
		cairo_rectangle(cr, x, y - t, w, t / 3);
		cairo_rectangle(cr, x, y - t / 3, w, t / 3);
		cairo_fill(cr);
	} else if (ld->rule_style == FO_BORDER_SOLID) {
		cairo_rectangle(cr, x, y - t, w, t);
		cairo_fill(cr);
	} else {
		double dash[2] = { ld->rule_style == FO_BORDER_DOTTED ? t : 3 * t,
		                   ld->rule_style == FO_BORDER_DOTTED ? t : 2 * t };
		cairo_set_line_width(cr, t);
		cairo_set_dash(cr, dash, 2, 0);
		cairo_move_to(cr, x, y - t / 2);
		cairo_line_to(cr, x + w, y - t / 2);
		cairo_stroke(cr);
	}
	cairo_restore(cr);
}
