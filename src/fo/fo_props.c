/* fo_props: see fo_props.h. */
#include "fo_props.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "fo_expr.h"
#include "fo_hyph.h"
#include "fo_msg.h"
#include "fo_text.h"
#include "../util/xalloc.h"
#include "../util/xmlsafe.h"

/* FOP's sizes for the absolute font-size keywords and border widths. */
#define FO_MEDIUM_FONT 12.0
#define FO_FONT_STEP 1.2

typedef struct prop_env {
	fo_style_t *s;
	const fo_style_t *parent;
	const fo_style_ctx_t *ctx;
	xmlNode *el;
	const char *name;        /* the attribute as written */
	const char *value;
	void *field;             /* the style field the table names, or s itself */
} prop_env_t;

typedef int (*prop_fn)(prop_env_t *e);

/* ---------- single values ---------- */

static const char *skip_ws(const char *s)
{
	while (*s && isspace((unsigned char)*s))
		s++;
	return s;
}

static int is_word(const char *s, const char *w)
{
	return strcmp(s, w) == 0;
}

/* The position of v among the space-separated words of list, or -1
 * (keywords whose position is their enumeration's value). */
static int word_index(const char *v, const char *list)
{
	size_t n = strlen(v);
	int i = 0;
	for (const char *p = list; *p; i++) {
		size_t k = strcspn(p, " ");
		if (k == n && strncmp(p, v, n) == 0)
			return i;
		p += k;
		while (*p == ' ')
			p++;
	}
	return -1;
}

/* A keyword property whose keywords, in list, are its fo_*_t values. */
static int keyword_set(prop_env_t *e, const char *list, int *field)
{
	int i = word_index(e->value, list);
	if (i < 0)
		return -1;
	*field = i;
	return 0;
}

static int len_parse_unchecked(const char *s, double font_size, fo_len_t *out);

/* An expression (XSL 1.1 5.9), tried when s is no plain length; a
 * number without a unit is read as points, as FOP reads it. */
static int len_parse_expr(const char *s, double font_size, fo_len_t *out)
{
	fo_expr_val_t v;
	if (fo_expr_eval(s, font_size, &v) < 0)
		return -1;
	out->pt = v.pt;
	out->pct = v.pct;
	return 0;
}

int fo_len_parse(const char *s, double font_size, fo_len_t *out)
{
	int rc = len_parse_unchecked(s, font_size, out);
	if (rc < 0)
		rc = len_parse_expr(s, font_size, out);
	if (rc == 0 && (fabs(out->pt) > FO_LEN_MAX_PT || fabs(out->pct) > 100 * FO_FACTOR_MAX))
		return FO_LEN_OUT_OF_RANGE;
	return rc;
}

static int len_parse_unchecked(const char *s, double font_size, fo_len_t *out)
{
	s = skip_ws(s);
	char *end = NULL;
	double v = strtod(s, &end);
	if (end == s || !isfinite(v))
		return -1;
	const char *u = end;
	size_t n = strlen(u);
	while (n > 0 && isspace((unsigned char)u[n - 1]))
		n--;
	out->pt = 0;
	out->pct = 0;
	if (n == 0) {
		if (v != 0)
			return -1;  /* a bare number is only a length when zero */
		return 0;
	}
	double f = fo_unit_points(u, n, font_size);
	if (f >= 0) {
		out->pt = v * f;
		return 0;
	}
	if (n == 1 && u[0] == '%') {
		out->pct = v;
		return 0;
	}
	return -1;
}

double fo_len_resolve(fo_len_t l, double ref_width)
{
	return l.pt + l.pct * ref_width / 100.0;
}

static const struct { const char *name; unsigned rgb; } color_names[] = {
	{ "black", 0x000000 }, { "silver", 0xC0C0C0 }, { "gray", 0x808080 },
	{ "grey", 0x808080 }, { "white", 0xFFFFFF }, { "maroon", 0x800000 },
	{ "red", 0xFF0000 }, { "purple", 0x800080 }, { "fuchsia", 0xFF00FF },
	{ "green", 0x008000 }, { "lime", 0x00FF00 }, { "olive", 0x808000 },
	{ "yellow", 0xFFFF00 }, { "navy", 0x000080 }, { "blue", 0x0000FF },
	{ "teal", 0x008080 }, { "aqua", 0x00FFFF }, { "orange", 0xFFA500 },
	{ "darkgray", 0xA9A9A9 }, { "darkgrey", 0xA9A9A9 },
	{ "lightgray", 0xD3D3D3 }, { "lightgrey", 0xD3D3D3 },
	{ "darkblue", 0x00008B }, { "darkred", 0x8B0000 },
	{ "darkgreen", 0x006400 }, { "brown", 0xA52A2A },
};

static void color_set(fo_color_t *c, unsigned rgb)
{
	c->r = ((rgb >> 16) & 0xFF) / 255.0;
	c->g = ((rgb >> 8) & 0xFF) / 255.0;
	c->b = (rgb & 0xFF) / 255.0;
	c->a = 1.0;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9') return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	return -1;
}

static int color_parse_hex(const char *s, size_t n, fo_color_t *out)
{
	unsigned v = 0;
	for (size_t i = 0; i < n; i++) {
		int h = hexval((unsigned char)s[i]);
		if (h < 0)
			return -1;
		v = v * 16 + (unsigned)h;
	}
	if (n == 3)
		v = ((v >> 8) & 0xF) * 0x110000 + ((v >> 4) & 0xF) * 0x1100 + (v & 0xF) * 0x11;
	else if (n != 6)
		return -1;
	color_set(out, v);
	return 0;
}

/* One rgb() component: an integer 0..255 or a percentage. */
static int color_component(const char **p, double *out)
{
	const char *s = skip_ws(*p);
	char *end = NULL;
	double v = strtod(s, &end);
	if (end == s)
		return -1;
	if (*end == '%') {
		v = v * 255.0 / 100.0;
		end++;
	}
	if (v < 0) v = 0;
	if (v > 255) v = 255;
	*out = v / 255.0;
	*p = skip_ws(end);
	return 0;
}

/* rgb(r, g, b), or rgb-icc(r, g, b, profile, values...) read as its
 * sRGB fallback r, g, b (lpdoc has no colour profiles). */
static int color_parse_rgb(const char *s, size_t prefix, fo_color_t *out)
{
	const char *p = s + prefix;
	int icc = prefix > 4;
	double c[3];
	for (int i = 0; i < 3; i++) {
		if (color_component(&p, &c[i]) < 0)
			return -1;
		if (*p != (i < 2 || icc ? ',' : ')'))
			return -1;
		p++;
	}
	if (icc) {
		const char *close = strchr(p, ')');
		if (close == NULL)
			return -1;
		p = close + 1;
	}
	if (*skip_ws(p) != '\0')
		return -1;
	out->r = c[0]; out->g = c[1]; out->b = c[2]; out->a = 1.0;
	return 0;
}

static int color_parse_name(const char *s, size_t n, fo_color_t *out);

/* system-color(name): FOP knows no system colours (ButtonText...) and
 * reads the named colours only; so does lpdoc. */
static int color_parse_system(const char *s, size_t n, fo_color_t *out)
{
	const char *f = "system-color(";
	size_t k = strlen(f);
	if (n <= k + 1 || s[n - 1] != ')')
		return -1;
	const char *a = skip_ws(s + k);
	size_t an = (size_t)(s + n - 1 - a);
	while (an > 0 && isspace((unsigned char)a[an - 1]))
		an--;
	return color_parse_name(a, an, out);
}

int fo_color_parse(const char *s, fo_color_t *out)
{
	s = skip_ws(s);
	size_t n = strlen(s);
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	if (strncmp(s, "system-color(", 13) == 0)
		return color_parse_system(s, n, out);
	if (n > 1 && s[0] == '#')
		return color_parse_hex(s + 1, n - 1, out);
	size_t prefix = strncmp(s, "rgb(", 4) == 0 ? 4 : strncmp(s, "rgb-icc(", 8) == 0 ? 8 : 0;
	if (prefix > 0 && n > prefix) {
		char *t = xstrndup(s, n);
		int r = color_parse_rgb(t, prefix, out);
		free(t);
		return r;
	}
	if (n == 11 && strncmp(s, "transparent", 11) == 0) {
		memset(out, 0, sizeof *out);
		return 0;
	}
	return color_parse_name(s, n, out);
}

static int color_parse_name(const char *s, size_t n, fo_color_t *out)
{
	for (size_t i = 0; i < sizeof color_names / sizeof color_names[0]; i++) {
		if (strlen(color_names[i].name) == n &&
		    strncasecmp(s, color_names[i].name, n) == 0) {
			color_set(out, color_names[i].rgb);
			return 0;
		}
	}
	return -1;
}

static int keep_parse(const char *v, int *out)
{
	if (is_word(v, "auto")) { *out = 0; return 0; }
	if (is_word(v, "always")) { *out = FO_KEEP_ALWAYS; return 0; }
	char *end = NULL;
	long n = strtol(v, &end, 10);
	if (end == v || *skip_ws(end) != '\0' || n < 1)
		return -1;
	*out = FO_KEEP_INTEGER;
	return 0;
}

static int int_parse(const char *v, int min, int *out)
{
	char *end = NULL;
	long n = strtol(v, &end, 10);
	if (end == v || *skip_ws(end) != '\0' || n < min || n > INT_MAX / 2)
		return -1;
	*out = (int)n;
	return 0;
}

double fo_style_line_height(const fo_style_t *s)
{
	switch (s->lh_kind) {
	case FO_LH_FACTOR: return s->lh_value * s->font_size;
	case FO_LH_ABS: return s->lh_value;
	default: return 1.2 * s->font_size;
	}
}

/* Does the operator of an expression (XSL 1.1 5.9) start at p: + * div
 * mod, or a minus followed by a space (else "1pt -2pt" is two values)? */
static int expr_operator_at(const char *p)
{
	if (*p == '+' || *p == '*' || (*p == '-' && isspace((unsigned char)p[1])))
		return 1;
	return (strncmp(p, "div", 3) == 0 || strncmp(p, "mod", 3) == 0) &&
	       (p[3] == '\0' || isspace((unsigned char)p[3]) || p[3] == '(');
}

/* Length of the token at p: up to white space outside parentheses, and
 * across the white space around an expression's operators. */
static size_t token_length(const char *p)
{
	size_t len = 0;
	int depth = 0;
	for (;;) {
		while (p[len] && (depth > 0 || !isspace((unsigned char)p[len]))) {
			if (p[len] == '(') depth++;
			if (p[len] == ')') depth--;
			len++;
		}
		const char *next = skip_ws(p + len);
		int after_op = len > 0 && strchr("+-*", p[len - 1]) != NULL;
		if (*next == '\0' || (!after_op && !expr_operator_at(next)))
			return len;
		len = (size_t)(next - p);
		if (expr_operator_at(next))
			len += strcspn(next, " \t\r\n");
	}
}

/* Splits a shorthand value into at most max whitespace-separated tokens,
 * keeping rgb(...) and expressions whole.  Returns the count, or -1 when
 * there are more. */
static int split_tokens(const char *v, char tok[][64], int max)
{
	int n = 0;
	const char *p = skip_ws(v);
	while (*p) {
		if (n == max)
			return -1;
		size_t len = token_length(p);
		if (len >= 64)
			return -1;
		memcpy(tok[n], p, len);
		tok[n][len] = '\0';
		n++;
		p = skip_ws(p + len);
	}
	return n;
}

/* ---------- property handlers ---------- */

static int len_of(prop_env_t *e, const char *v, fo_len_t *out)
{
	return fo_len_parse(v, e->s->font_size, out);
}

static int abs_len_of(prop_env_t *e, const char *v, double *out)
{
	fo_len_t l;
	if (len_of(e, v, &l) < 0 || l.pct != 0)
		return -1;
	*out = l.pt;
	return 0;
}

static int p_font_size(prop_env_t *e)
{
	static const struct { const char *k; int step; } kw[] = {
		{ "xx-small", -3 }, { "x-small", -2 }, { "small", -1 }, { "medium", 0 },
		{ "large", 1 }, { "x-large", 2 }, { "xx-large", 3 },
	};
	const char *v = e->value;
	for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++) {
		if (is_word(v, kw[i].k)) {
			e->s->font_size = FO_MEDIUM_FONT * pow(FO_FONT_STEP, kw[i].step);
			return 0;
		}
	}
	double pf = e->parent->font_size;
	if (is_word(v, "smaller")) { e->s->font_size = pf / FO_FONT_STEP; return 0; }
	if (is_word(v, "larger")) { e->s->font_size = pf * FO_FONT_STEP; return 0; }
	fo_len_t l;
	if (fo_len_parse(v, pf, &l) < 0)
		return -1;
	double size = l.pt + l.pct * pf / 100.0;
	if (size <= 0)
		return -1;
	e->s->font_size = size;
	return 0;
}

/* Reports msg (with a and b) at e's element once per document for each
 * kind and a: a long document repeats its properties.  The font-family,
 * writing-mode and default-only warnings all go through here. */
static void prop_warn_once(prop_env_t *e, const char *kind, fo_msg_t msg, const char *a,
                           const char *b)
{
	char *key = xasprintf("%s:%s", kind, a);
	if (diag_once(e->ctx->diag, key))
		fo_report(e->ctx->diag, e->ctx->file, xml_node_line(e->el), xml_node_col(e->el),
		          msg, a, b);
	free(key);
}

static int p_font_family(prop_env_t *e)
{
	const char *p = e->value;
	char *first = NULL;
	while (*p) {
		p = skip_ws(p);
		const char *q = p;
		while (*q && *q != ',')
			q++;
		const char *end = q;
		while (end > p && isspace((unsigned char)end[-1]))
			end--;
		if (end > p && (*p == '\'' || *p == '"') && end[-1] == *p && end - p >= 2) {
			p++;
			end--;
		}
		char *name = xstrndup(p, (size_t)(end - p));
		const char *mapped = fo_font_family_map(name);
		if (mapped) {
			e->s->family = mapped;
			if (first)
				prop_warn_once(e, "font-family", FO_MSG_FONT_FAMILY, first,
				               mapped);
			free(first);
			free(name);
			return 0;
		}
		if (first == NULL)
			first = name;
		else
			free(name);
		p = *q ? q + 1 : q;
	}
	e->s->family = fo_font_family_map("sans-serif");
	if (first)
		prop_warn_once(e, "font-family", FO_MSG_FONT_FAMILY, first,
		               e->s->family);
	free(first);
	return 0;
}

static int weight_parse(const char *v, int parent, int *out)
{
	if (is_word(v, "normal")) { *out = 400; return 0; }
	if (is_word(v, "bold")) { *out = 700; return 0; }
	if (is_word(v, "bolder")) { *out = parent + 300 > 900 ? 900 : parent + 300; return 0; }
	if (is_word(v, "lighter")) { *out = parent - 300 < 100 ? 100 : parent - 300; return 0; }
	int n;
	if (int_parse(v, 100, &n) < 0 || n > 900 || n % 100 != 0)
		return -1;
	*out = n;
	return 0;
}

static int p_font_weight(prop_env_t *e)
{
	return weight_parse(e->value, e->parent->font_weight, &e->s->font_weight);
}

static int style_parse(const char *v, int *out)
{
	if (is_word(v, "normal")) { *out = 0; return 0; }
	if (is_word(v, "italic") || is_word(v, "oblique") || is_word(v, "backslant")) {
		*out = 1;
		return 0;
	}
	return -1;
}

static int p_font_style(prop_env_t *e)
{
	return style_parse(e->value, &e->s->italic);
}

/* A number, given or computed by an expression ("1.2 * 1.25"). */
static int number_parse(const char *v, double font_size, double *out)
{
	char *end = NULL;
	*out = strtod(v, &end);
	if (end != v && *skip_ws(end) == '\0')
		return 0;
	fo_expr_val_t x;
	if (fo_expr_eval(v, font_size, &x) < 0 || x.is_len)
		return -1;
	*out = x.pt;
	return 0;
}

static int line_height_parse(prop_env_t *e, const char *v)
{
	fo_style_t *s = e->s;
	if (is_word(v, "normal")) {
		s->lh_kind = FO_LH_NORMAL;
		return 0;
	}
	double f;
	if (number_parse(v, s->font_size, &f) == 0 && f >= 0 && f <= FO_FACTOR_MAX) {
		s->lh_kind = FO_LH_FACTOR;
		s->lh_value = f;
		return 0;
	}
	fo_len_t l;
	if (len_of(e, v, &l) < 0)
		return -1;
	s->lh_kind = FO_LH_ABS;
	s->lh_value = l.pt + l.pct * s->font_size / 100.0;
	return 0;
}

static int p_line_height(prop_env_t *e)
{
	return line_height_parse(e, e->value);
}

/* font: [style] [weight] size[/line-height] family, as in CSS. */
static int p_font(prop_env_t *e)
{
	const char *v = skip_ws(e->value);
	for (;;) {
		const char *sp = v;
		while (*sp && !isspace((unsigned char)*sp))
			sp++;
		char *word = xstrndup(v, (size_t)(sp - v));
		int tmp;
		int used = 0;
		if (is_word(word, "normal"))
			used = 1;
		else if (style_parse(word, &tmp) == 0) {
			e->s->italic = tmp;
			used = 1;
		} else if (weight_parse(word, e->parent->font_weight, &tmp) == 0) {
			e->s->font_weight = tmp;
			used = 1;
		} else if (is_word(word, "small-caps"))
			used = 1;
		if (!used) {
			char *slash = strchr(word, '/');
			if (slash)
				*slash = '\0';
			prop_env_t sub = *e;
			sub.value = word;
			int bad = p_font_size(&sub) < 0 || (slash && line_height_parse(e, slash + 1) < 0);
			free(word);
			if (bad || *skip_ws(sp) == '\0')
				return -1;
			sub.value = skip_ws(sp);
			return p_font_family(&sub);
		}
		free(word);
		v = skip_ws(sp);
		if (*v == '\0')
			return -1;
	}
}

/* The properties that set one style field from one kind of value share
 * a parser: the table (prop_defs) names the field, so color and
 * background-color, widows and orphans, ... cannot drift apart. */
static int p_color(prop_env_t *e)
{
	return fo_color_parse(e->value, e->field);
}

/* Are e's left and right its end and start (XSL 1.1 7.3, the
 * corresponding properties)?  In writing-mode rl-tb, except on the page
 * masters and regions, whose margins place them on the page itself. */
static int sides_mirrored(const prop_env_t *e)
{
	const char *n = (const char *)e->el->name;
	return e->s->rtl && strcmp(n, "simple-page-master") != 0 && strncmp(n, "region-", 7) != 0;
}

static int align_parse(const char *v, int last, fo_align_t *out)
{
	if (is_word(v, "start") || is_word(v, "left") || is_word(v, "inside")) *out = FO_ALIGN_START;
	else if (is_word(v, "center")) *out = FO_ALIGN_CENTER;
	else if (is_word(v, "end") || is_word(v, "right") || is_word(v, "outside")) *out = FO_ALIGN_END;
	else if (is_word(v, "justify")) *out = FO_ALIGN_JUSTIFY;
	else if (last && is_word(v, "relative")) *out = FO_ALIGN_RELATIVE;
	else return -1;
	return 0;
}

/* text-align and text-align-last; only the last may be "relative". */
static int p_text_align(prop_env_t *e)
{
	fo_align_t *a = e->field;
	if (align_parse(e->value, a == &e->s->text_align_last, a) < 0)
		return -1;
	/* left and right are absolute: the end and start of rl-tb */
	if (sides_mirrored(e) && (is_word(e->value, "left") || is_word(e->value, "right")))
		*a = *a == FO_ALIGN_START ? FO_ALIGN_END : FO_ALIGN_START;
	return 0;
}

static int p_text_indent(prop_env_t *e)
{
	return len_of(e, e->value, &e->s->text_indent);
}

/* The length of the value with the function fname (body-start(),
 * label-end()) replaced by its value fv, wherever it is in an expression. */
static int len_of_func(prop_env_t *e, const char *fname, fo_len_t fv, fo_len_t *out)
{
	if (is_word(e->value, fname)) {
		*out = fv;
		return 0;
	}
	const char *f = strstr(e->value, fname);
	if (f == NULL)
		return len_of(e, e->value, out);
	char *t = xasprintf("%.*s(%.17gpt + %.17g%%)%s", (int)(f - e->value), e->value,
	                    fv.pt, fv.pct, f + strlen(fname));
	int rc = len_of(e, t, out);
	free(t);
	return rc;
}

/* body-start() (XSL 7.31.1): the nearest list-block's start-indent plus
 * provisional-distance-between-starts. */
static int p_start_indent(prop_env_t *e)
{
	e->s->start_indent_set = 1;
	fo_len_t bs = e->s->list_start;
	bs.pt += e->s->list_dist;
	return len_of_func(e, "body-start()", bs, &e->s->start_indent);
}

/* label-end(): the reference width less the list-block's start-indent and
 * the distance between starts, plus the label separation. */
static int p_end_indent(prop_env_t *e)
{
	e->s->end_indent_set = 1;
	const fo_style_t *s = e->s;
	fo_len_t le = { -(s->list_start.pt + s->list_dist - s->list_sep), 100 - s->list_start.pct };
	return len_of_func(e, "label-end()", le, &e->s->end_indent);
}

static int p_list_dist(prop_env_t *e)
{
	int sep = strcmp(e->name, "provisional-label-separation") == 0;
	double v;
	if (abs_len_of(e, e->value, &v) < 0)
		return -1;
	*(sep ? &e->s->list_sep : &e->s->list_dist) = v;
	return 0;
}

/* Sides in the order of the CSS shorthands: top right bottom left. */
static const int css_sides[4] = { FO_SIDE_BEFORE, FO_SIDE_END, FO_SIDE_AFTER, FO_SIDE_START };

/* The side the i-th CSS value (top right bottom left) sets for e. */
static int css_side(const prop_env_t *e, int i)
{
	int side = css_sides[i];
	if (sides_mirrored(e) && (side == FO_SIDE_START || side == FO_SIDE_END))
		return side == FO_SIDE_START ? FO_SIDE_END : FO_SIDE_START;
	return side;
}

/* Expands 1-4 values to the four sides like CSS; out_index[i] tells
 * which token side css_sides[i] takes. */
static int four_values(const char *v, char tok[][64], int idx[4])
{
	int n = split_tokens(v, tok, 4);
	static const int map[5][4] = {
		{ 0, 0, 0, 0 }, { 0, 0, 0, 0 }, { 0, 1, 0, 1 }, { 0, 1, 2, 1 }, { 0, 1, 2, 3 },
	};
	if (n < 1)
		return -1;
	memcpy(idx, map[n], sizeof map[n]);
	return 0;
}

/* The 1-4 lengths of a CSS shorthand (margin, padding), one per CSS side
 * (top, right, bottom, left); "auto" (margin only, when auto_ok) is 0.
 * Both shorthands read their values this one way. */
static int four_lens_parse(prop_env_t *e, int auto_ok, fo_len_t l[4])
{
	char tok[4][64];
	int idx[4];
	if (four_values(e->value, tok, idx) < 0)
		return -1;
	for (int i = 0; i < 4; i++) {
		const char *t = tok[idx[i]];
		if (auto_ok && is_word(t, "auto"))
			l[i] = (fo_len_t){ 0, 0 };
		else if (len_of(e, t, &l[i]) < 0)
			return -1;
	}
	return 0;
}

static int p_margin(prop_env_t *e)
{
	fo_len_t l[4];
	if (four_lens_parse(e, 1, l) < 0)
		return -1;
	for (int i = 0; i < 4; i++) {
		e->s->margin[css_side(e, i)] = l[i];
		e->s->margin_set[css_side(e, i)] = 1;
	}
	return 0;
}

static int p_padding(prop_env_t *e)
{
	fo_len_t l[4];
	if (four_lens_parse(e, 0, l) < 0)
		return -1;
	for (int i = 0; i < 4; i++)
		e->s->padding[css_side(e, i)] = l[i];
	return 0;
}

/* Borders and padding are left out where a block breaks ("discard");
 * keeping them there ("retain") is laid out for table cells only (fo_table):
 * elsewhere say so. */
static int conditionality_check(prop_env_t *e, int retain)
{
	if (!retain)
		return is_word(e->value, "discard") ? 0 : -1;
	if (xmlStrcmp(e->el->name, BAD_CAST "table-cell") == 0)
		return 0;
	if (diag_once(e->ctx->diag, "retain-border"))
		fo_report(e->ctx->diag, e->ctx->file, xml_node_line(e->el), xml_node_col(e->el),
		          FO_MSG_RETAIN, e->name);
	return 0;
}

int fo_border_style_parse(const char *v, fo_border_style_t *out)
{
	static const struct { const char *k; fo_border_style_t s; } kw[] = {
		{ "none", FO_BORDER_NONE }, { "hidden", FO_BORDER_NONE },
		{ "solid", FO_BORDER_SOLID }, { "dashed", FO_BORDER_DASHED },
		{ "dotted", FO_BORDER_DOTTED }, { "double", FO_BORDER_DOUBLE },
		{ "groove", FO_BORDER_SOLID }, { "ridge", FO_BORDER_SOLID },
		{ "inset", FO_BORDER_SOLID }, { "outset", FO_BORDER_SOLID },
	};
	for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++) {
		if (is_word(v, kw[i].k)) {
			*out = kw[i].s;
			return 0;
		}
	}
	return -1;
}

static int border_width_parse(prop_env_t *e, const char *v, double *out)
{
	if (is_word(v, "thin")) { *out = 0.5; return 0; }
	if (is_word(v, "medium")) { *out = 1.0; return 0; }
	if (is_word(v, "thick")) { *out = 2.0; return 0; }
	return abs_len_of(e, v, out) < 0 || *out < 0 ? -1 : 0;
}

/* "border", "border-top" etc.: width, style and colour in any order. */
static int border_side_value(prop_env_t *e, const char *v, fo_border_t *b)
{
	char tok[3][64];
	int n = split_tokens(v, tok, 3);
	if (n < 1)
		return -1;
	fo_border_t r;
	memset(&r, 0, sizeof r);  /* padding included: styles are compared bytewise */
	r.width = 1.0;
	r.style = FO_BORDER_NONE;
	r.color = e->s->color;
	r.retain = b->retain;
	for (int i = 0; i < n; i++) {
		if (fo_border_style_parse(tok[i], &r.style) == 0)
			continue;
		if (border_width_parse(e, tok[i], &r.width) == 0)
			continue;
		if (fo_color_parse(tok[i], &r.color) == 0)
			continue;
		return -1;
	}
	*b = r;
	return 0;
}

/* The side that e's name (prefix, then top, left, before, start, ...) is
 * about, in *side (left and right as sides_mirrored() says); returns the
 * rest of the name after the side ("", "-width", ".length"), or NULL when
 * it is not prefix and a side. */
static const char *side_of(const prop_env_t *e, const char *prefix, int *side)
{
	static const struct { const char *k; int side; int absolute; } kw[] = {
		{ "top", FO_SIDE_BEFORE, 0 }, { "before", FO_SIDE_BEFORE, 0 },
		{ "bottom", FO_SIDE_AFTER, 0 }, { "after", FO_SIDE_AFTER, 0 },
		{ "left", FO_SIDE_START, 1 }, { "start", FO_SIDE_START, 0 },
		{ "right", FO_SIDE_END, 1 }, { "end", FO_SIDE_END, 0 },
	};
	const char *name = e->name;
	size_t pl = strlen(prefix);
	if (strncmp(name, prefix, pl) != 0)
		return NULL;
	const char *rest = name + pl;
	for (size_t i = 0; i < sizeof kw / sizeof kw[0]; i++) {
		size_t kl = strlen(kw[i].k);
		if (strncmp(rest, kw[i].k, kl) == 0 && (rest[kl] == '\0' || rest[kl] == '-' || rest[kl] == '.')) {
			*side = kw[i].side;
			if (kw[i].absolute && sides_mirrored(e))
				*side = kw[i].side == FO_SIDE_START ? FO_SIDE_END : FO_SIDE_START;
			return rest + kl;
		}
	}
	return NULL;
}

static int p_border(prop_env_t *e)
{
	fo_border_t b = e->s->border[0];
	if (border_side_value(e, e->value, &b) < 0)
		return -1;
	for (int i = 0; i < FO_SIDES; i++) {
		int retain = e->s->border[i].retain;
		e->s->border[i] = b;
		e->s->border[i].retain = retain;
	}
	return 0;
}

/* border-width, border-style, border-color: 1-4 values. */
static int p_border_aspect(prop_env_t *e)
{
	char tok[4][64];
	int idx[4];
	if (four_values(e->value, tok, idx) < 0)
		return -1;
	const char *aspect = e->name + strlen("border-");
	fo_border_t nb[FO_SIDES];
	memcpy(nb, e->s->border, sizeof nb);
	for (int i = 0; i < 4; i++) {
		fo_border_t *b = &nb[css_side(e, i)];
		const char *t = tok[idx[i]];
		int bad = is_word(aspect, "width") ? border_width_parse(e, t, &b->width)
		        : is_word(aspect, "style") ? fo_border_style_parse(t, &b->style)
		        : fo_color_parse(t, &b->color);
		if (bad < 0)
			return -1;
	}
	memcpy(e->s->border, nb, sizeof nb);
	return 0;
}

/* border-top, border-before-width, border-left-color, ...conditionality */
static int p_border_side(prop_env_t *e)
{
	int side;
	const char *rest = side_of(e, "border-", &side);
	if (rest == NULL)
		return -1;
	fo_border_t *b = &e->s->border[side];
	if (*rest == '\0')
		return border_side_value(e, e->value, b);
	if (is_word(rest, "-width") || is_word(rest, "-width.length"))
		return border_width_parse(e, e->value, &b->width);
	if (is_word(rest, "-style"))
		return fo_border_style_parse(e->value, &b->style);
	if (is_word(rest, "-color"))
		return fo_color_parse(e->value, &b->color);
	if (is_word(rest, "-width.conditionality")) {
		b->retain = is_word(e->value, "retain");
		return conditionality_check(e, b->retain);
	}
	return -1;
}

static int p_padding_side(prop_env_t *e)
{
	int side;
	const char *rest = side_of(e, "padding-", &side);
	if (rest == NULL)
		return -1;
	if (*rest == '\0' || is_word(rest, ".length"))
		return len_of(e, e->value, &e->s->padding[side]);
	if (is_word(rest, ".conditionality")) {
		e->s->padding_retain[side] = is_word(e->value, "retain");
		return conditionality_check(e, e->s->padding_retain[side]);
	}
	return -1;
}

static int p_margin_side(prop_env_t *e)
{
	int side;
	const char *rest = side_of(e, "margin-", &side);
	if (rest == NULL || *rest != '\0')
		return -1;
	e->s->margin_set[side] = 2;  /* its own property, not the shorthand */
	if (is_word(e->value, "auto")) {
		e->s->margin[side] = (fo_len_t){ 0, 0 };
		return 0;
	}
	return len_of(e, e->value, &e->s->margin[side]);
}

/* A length of a space-specifier: all of it (comp ""), or its optimum,
 * minimum or maximum. */
static int space_component(prop_env_t *e, const char *comp, fo_space_t *sp)
{
	double v;
	if (abs_len_of(e, e->value, &v) < 0)
		return -1;
	if (*comp == '\0') {
		sp->opt = sp->min = sp->max = v;
	} else if (is_word(comp, "optimum")) {
		sp->opt = v;
	} else if (is_word(comp, "minimum")) {
		sp->min = v;
	} else if (is_word(comp, "maximum")) {
		sp->max = v;
	} else {
		return -1;
	}
	return 0;
}

/* space-before, space-after and their .minimum/.optimum/... components. */
static int p_space(prop_env_t *e)
{
	int after = strncmp(e->name, "space-after", 11) == 0;
	fo_space_t *sp = after ? &e->s->space_after : &e->s->space_before;
	const char *dot = strchr(e->name, '.');
	const char *comp = dot ? dot + 1 : "";
	if (is_word(comp, "conditionality")) {
		sp->retain = is_word(e->value, "retain");
		return sp->retain || is_word(e->value, "discard") ? 0 : -1;
	}
	if (is_word(comp, "precedence")) {
		if (is_word(e->value, "force")) {
			sp->precedence = INT_MAX;
			return 0;
		}
		return int_parse(e->value, INT_MIN / 2, &sp->precedence);
	}
	return space_component(e, comp, sp);
}

/* word-spacing and its components: "normal" is FOP's stretch by a half
 * and shrink by a third of the space (fo_text), a length or components
 * add to the space and give its stretch and shrink. */
static int p_word_spacing(prop_env_t *e)
{
	const char *dot = strchr(e->name, '.');
	if (dot == NULL && is_word(e->value, "normal")) {
		e->s->word_spacing_set = 0;
		return 0;
	}
	if (!e->s->word_spacing_set)
		memset(&e->s->word_spacing, 0, sizeof e->s->word_spacing);
	e->s->word_spacing_set = 1;
	return space_component(e, dot ? dot + 1 : "", &e->s->word_spacing);
}

/* visibility: hidden and collapse are laid out and not drawn (XSL 1.1;
 * FOP 2.8 draws them). */
static int p_visibility(prop_env_t *e)
{
	int v;
	if (keyword_set(e, "visible hidden collapse", &v) < 0)
		return -1;
	e->s->hidden = v != 0;
	return 0;
}

static int p_text_transform(prop_env_t *e)
{
	return keyword_set(e, "none uppercase lowercase capitalize", &e->s->text_transform);
}

static int p_keep(prop_env_t *e)
{
	int *target = strncmp(e->name, "keep-together", 13) == 0 ? &e->s->keep_together
	            : strncmp(e->name, "keep-with-next", 14) == 0 ? &e->s->keep_with_next
	            : &e->s->keep_with_previous;
	const char *dot = strchr(e->name, '.');
	if (dot && strcmp(dot, ".within-page") != 0 && strcmp(dot, ".within-column") != 0 &&
	    strcmp(dot, ".within-line") != 0)
		return -1;
	int k;
	if (keep_parse(e->value, &k) < 0)
		return -1;
	/* keep-together="always" includes .within-line: no line breaks at all,
	 * as FOP does it (the text overflows rather than wraps). */
	if (target == &e->s->keep_together && k == FO_KEEP_ALWAYS &&
	    (dot == NULL || strcmp(dot, ".within-line") == 0))
		e->s->nowrap = 1;
	if (dot && strcmp(dot, ".within-line") == 0)
		return 0;
	if (k > *target || dot == NULL || k == 0)
		*target = k;
	return 0;
}

static int break_parse(const char *v, fo_break_t *out)
{
	if (is_word(v, "auto")) *out = FO_BREAK_AUTO;
	else if (is_word(v, "page")) *out = FO_BREAK_PAGE;
	else if (is_word(v, "column")) *out = FO_BREAK_COLUMN;
	else if (is_word(v, "odd-page")) *out = FO_BREAK_ODD;
	else if (is_word(v, "even-page")) *out = FO_BREAK_EVEN;
	else return -1;
	return 0;
}

static int p_break(prop_env_t *e)
{
	return break_parse(e->value, e->field);
}

/* CSS page-break-before/after/inside, mapped as XSL 1.1 7.31 says. */
static int p_page_break(prop_env_t *e)
{
	const char *v = e->value;
	int after = strcmp(e->name, "page-break-after") == 0;
	int inside = strcmp(e->name, "page-break-inside") == 0;
	fo_break_t *brk = after ? &e->s->break_after : &e->s->break_before;
	int *keep = after ? &e->s->keep_with_next : &e->s->keep_with_previous;
	if (inside) {
		if (is_word(v, "avoid")) e->s->keep_together = FO_KEEP_ALWAYS;
		else if (!is_word(v, "auto")) return -1;
		return 0;
	}
	if (is_word(v, "always")) *brk = FO_BREAK_PAGE;
	else if (is_word(v, "left")) *brk = FO_BREAK_EVEN;
	else if (is_word(v, "right")) *brk = FO_BREAK_ODD;
	else if (is_word(v, "avoid")) *keep = FO_KEEP_ALWAYS;
	else if (!is_word(v, "auto")) return -1;
	return 0;
}

/* widows, orphans: a count of lines, at least 1. */
static int p_lines(prop_env_t *e)
{
	return int_parse(e->value, 1, e->field);
}

static int p_text_decoration(prop_env_t *e)
{
	char tok[4][64];
	int n = split_tokens(e->value, tok, 4);
	if (n < 1)
		return -1;
	int d = e->s->decoration;
	for (int i = 0; i < n; i++) {
		const char *t = tok[i];
		if (is_word(t, "none")) d = 0;
		else if (is_word(t, "underline")) d |= FO_DECO_UNDERLINE;
		else if (is_word(t, "no-underline")) d &= ~FO_DECO_UNDERLINE;
		else if (is_word(t, "overline")) d |= FO_DECO_OVERLINE;
		else if (is_word(t, "no-overline")) d &= ~FO_DECO_OVERLINE;
		else if (is_word(t, "line-through")) d |= FO_DECO_LINE_THROUGH;
		else if (is_word(t, "no-line-through")) d &= ~FO_DECO_LINE_THROUGH;
		else if (!is_word(t, "blink") && !is_word(t, "no-blink")) return -1;
	}
	e->s->decoration = d;
	return 0;
}

static int p_alignment_baseline(prop_env_t *e);

/* vertical-align's keywords that set alignment-baseline (XSL 1.1 7.31.22:
 * top is before-edge, text-top text-before-edge, middle, text-bottom
 * text-after-edge, bottom after-edge). */
static int vertical_align_edge(prop_env_t *e)
{
	static const char *const map[][2] = {
		{ "top", "before-edge" }, { "text-top", "text-before-edge" }, { "middle", "middle" },
		{ "text-bottom", "text-after-edge" }, { "bottom", "after-edge" },
	};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
		if (!is_word(e->value, map[i][0]))
			continue;
		prop_env_t edge = *e;
		edge.value = map[i][1];
		return p_alignment_baseline(&edge);
	}
	return 1;  /* not one of them */
}

static int p_baseline_shift(prop_env_t *e)
{
	const char *v = e->value;
	double fs = e->parent->font_size;
	/* not inherited, so nothing on fo:wrapper, which has only the
	 * inherited ones (FOP ignores it there) */
	if (strcmp((const char *)e->el->name, "wrapper") == 0)
		return 0;
	int edge = strcmp(e->name, "vertical-align") == 0 ? vertical_align_edge(e) : 1;
	if (edge <= 0)
		return edge;
	/* added to alignment-baseline's shift (p_alignment_baseline()) */
	if (is_word(v, "baseline"))
		return 0;
	/* FOP raises superscripts by the parent font's x-height (measured
	 * against FOP 2.8, as the lowering of subscripts). */
	if (is_word(v, "super")) {
		e->s->baseline_shift += fo_font_xheight(e->parent) * fs;
		return 0;
	}
	/* and lowers subscripts by half their own font's x-height (FOP's
	 * AlignmentContext) */
	if (is_word(v, "sub")) {
		e->s->baseline_shift -= fo_font_xheight(e->s) * e->s->font_size / 2;
		return 0;
	}
	fo_len_t l;
	if (fo_len_parse(v, fs, &l) < 0)
		return -1;
	/* a percentage of the parent's line-height (XSL 1.1 7.14.3, FOP);
	 * vertical-align's is of the object's own, as FOP 2.8 computes it
	 * (its own font size for "normal") */
	const fo_style_t *base = strcmp(e->name, "vertical-align") == 0 ? e->s : e->parent;
	e->s->baseline_shift += l.pt + l.pct * fo_style_line_height(base) / 100.0;
	return 0;
}

/* alignment-baseline: the shift that puts this object's baseline of
 * that name on the parent's, as FOP 2.8 places it (measured): the
 * before and after edges are the ascender and descender, middle half
 * the x-height, central the middle of the two, hanging and mathematical
 * 0.8 and 0.5 of the ascender. */
static int p_alignment_baseline(prop_env_t *e)
{
	int k = word_index(e->value, "auto baseline alphabetic before-edge text-before-edge "
	                   "after-edge text-after-edge ideographic middle central hanging mathematical");
	if (k < 0)
		return -1;
	double pa, pd, ca, cd;
	fo_font_extents(e->parent, &pa, &pd);
	fo_font_extents(e->s, &ca, &cd);
	double pm = fo_font_xheight(e->parent) * e->parent->font_size / 2;
	double cm = fo_font_xheight(e->s) * e->s->font_size / 2;
	/* an object deeper than its parent goes up to the line's top (FOP) */
	double after = cd > pd ? pa - ca : cd - pd;
	const double shift[] = { 0, 0, 0, pa - ca, pa - ca, after, after, after, pm - cm,
	                         ((pa - pd) - (ca - cd)) / 2, 0.8 * (pa - ca), 0.5 * (pa - ca) };
	/* the parent's baselines, for graphics (fo_text) */
	const double at[] = { 0, 0, 0, pa, pa, -pd, -pd, -pd, pm, (pa - pd) / 2, 0.8 * pa, 0.5 * pa };
	e->s->baseline_shift += shift[k] - e->s->align_text;
	e->s->align_base = k;
	e->s->align_parent = at[k];
	e->s->align_text = shift[k];
	return 0;
}

static int bool_parse(const char *v, int *out)
{
	if (is_word(v, "true")) { *out = 1; return 0; }
	if (is_word(v, "false")) { *out = 0; return 0; }
	return -1;
}

static int p_bool(prop_env_t *e)
{
	return bool_parse(e->value, e->field);
}

static int p_linefeed(prop_env_t *e)
{
	return keyword_set(e, "treat-as-space preserve ignore treat-as-zero-width-space",
	                   &e->s->lf_treatment);
}

static int p_ws_treatment(prop_env_t *e)
{
	return keyword_set(e, "ignore-if-surrounding-linefeed preserve ignore "
	                   "ignore-if-before-linefeed ignore-if-after-linefeed", &e->s->ws_treatment);
}

static int p_wrap(prop_env_t *e)
{
	if (is_word(e->value, "wrap")) e->s->nowrap = 0;
	else if (is_word(e->value, "no-wrap")) e->s->nowrap = 1;
	else return -1;
	return 0;
}

static int p_white_space(prop_env_t *e)
{
	fo_style_t *s = e->s;
	if (is_word(e->value, "normal")) {
		s->collapse = 1; s->lf_treatment = FO_LF_SPACE; s->ws_treatment = FO_WS_SURROUNDING; s->nowrap = 0;
	} else if (is_word(e->value, "pre")) {
		s->collapse = 0; s->lf_treatment = FO_LF_PRESERVE; s->ws_treatment = FO_WS_PRESERVE; s->nowrap = 1;
	} else if (is_word(e->value, "nowrap")) {
		s->collapse = 1; s->lf_treatment = FO_LF_SPACE; s->ws_treatment = FO_WS_SURROUNDING; s->nowrap = 1;
	} else {
		return -1;
	}
	return 0;
}

/* hyphenation-push/remain-character-count and hyphenation-ladder-count. */
static int p_hyph_count(prop_env_t *e)
{
	char *end;
	if (strcmp(e->name, "hyphenation-ladder-count") == 0 && is_word(e->value, "no-limit")) {
		e->s->hyph_ladder = 0;
		return 0;
	}
	long v = strtol(e->value, &end, 10);
	while (*end == ' ')
		end++;
	if (end == e->value || *end != '\0' || v < 1 || v > 100)
		return -1;
	if (strcmp(e->name, "hyphenation-push-character-count") == 0)
		e->s->hyph_push = (int)v;
	else if (strcmp(e->name, "hyphenation-remain-character-count") == 0)
		e->s->hyph_remain = (int)v;
	else
		e->s->hyph_ladder = (int)v;
	return 0;
}

/* hyphenation-character: one character. */
static int p_hyph_char(prop_env_t *e)
{
	const unsigned char *v = (const unsigned char *)e->value;
	int n = v[0] < 0x80 ? 1 : v[0] < 0xE0 ? 2 : v[0] < 0xF0 ? 3 : 4;
	if (v[0] == '\0' || strlen(e->value) != (size_t)n)
		return -1;
	e->s->hyph_char = e->value;
	return 0;
}

/* reference-orientation: accepted only where lpdoc turns the content. */
static int p_fixed(prop_env_t *e)
{
	static const char *const turned[] = { "block-container", "simple-page-master",
		"region-body", "region-before", "region-after", "region-start", "region-end" };
	for (size_t i = 0; strcmp(e->name, "reference-orientation") == 0 &&
	                   i < sizeof turned / sizeof turned[0]; i++)
		if (strcmp((const char *)e->el->name, turned[i]) == 0)
			return 0;  /* fo_container and fo_render turn them */
	static const char *const ok[] = { "0", "0deg", "inherit" };
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
		if (is_word(e->value, ok[i]))
			return 0;
	prop_warn_once(e, "fixed", FO_MSG_WRITING_MODE, e->name, e->value);
	return 0;
}

/* The objects whose areas are reference areas: they take the inherited
 * writing-mode as theirs (XSL 1.1 7.29.7, as FOP 2.8 does). */
static int makes_reference_area(const xmlNode *el)
{
	return word_index((const char *)el->name, "page-sequence simple-page-master "
	                  "region-body region-before region-after region-start region-end "
	                  "block-container inline-container table") >= 0;
}

/* writing-mode: lr-tb and rl-tb, inherited (from fo:root and the flows
 * too: a block-container in a flow given rl-tb is rl-tb, not the flow's
 * own blocks, as in FOP 2.8); the vertical modes are laid out lr-tb, as
 * FOP 2.8 does (it says nothing), and warned of; on other objects (a
 * block: FOP ignores it) it is warned of and ignored. */
static int p_writing_mode(prop_env_t *e)
{
	int rtl = is_word(e->value, "rl-tb") || is_word(e->value, "rl");
	if (is_word(e->value, "inherit"))
		return 0;
	if (!rtl && !is_word(e->value, "lr-tb") && !is_word(e->value, "lr")) {
		if (word_index(e->value, "tb-rl tb-lr tb") < 0)
			return -1;
		prop_warn_once(e, "fixed", FO_MSG_WRITING_MODE, e->name, e->value);
		rtl = 0;
	}
	int area = makes_reference_area(e->el);
	if (!area && word_index((const char *)e->el->name, "root flow static-content") < 0) {
		prop_warn_once(e, "wm-ignored", FO_MSG_WRITING_MODE_IGNORED, (const char *)e->el->name,
		               e->value);
		return 0;
	}
	e->s->wm_rtl = rtl;
	if (area)
		e->s->rtl = rtl;
	return 0;
}

static int p_direction(prop_env_t *e)
{
	if (is_word(e->value, "inherit"))
		return 0;
	if (!is_word(e->value, "ltr") && !is_word(e->value, "rtl"))
		return -1;
	e->s->dir_rtl = is_word(e->value, "rtl");
	return 0;
}

/* unicode-bidi: read on fo:bidi-override, as FOP 2.8 does (fo_bidi). */
static int p_unicode_bidi(prop_env_t *e)
{
	int k = word_index(e->value, "normal embed bidi-override");
	if (k < 0)
		return is_word(e->value, "inherit") ? 0 : -1;
	if (k != FO_BIDI_NORMAL && strcmp((const char *)e->el->name, "bidi-override") != 0) {
		prop_warn_once(e, "unsupported", FO_MSG_VALUE_UNSUPPORTED, e->name, e->value);
		return 0;
	}
	e->s->bidi = k;
	return 0;
}

/* language, country: kept as written (the attribute outlives the style). */
static int p_string(prop_env_t *e)
{
	*(const char **)e->field = e->value;
	return 0;
}

/* letter-spacing and its components, as word-spacing's: a length is a
 * stiff letter space; components let it stretch and shrink inside words
 * (FOP's glue between letters, fo_text). */
static int p_letter_spacing(prop_env_t *e)
{
	const char *dot = strchr(e->name, '.');
	if (dot == NULL && is_word(e->value, "normal")) {
		memset(&e->s->letter_spacing, 0, sizeof e->s->letter_spacing);
		return 0;
	}
	return space_component(e, dot ? dot + 1 : "", &e->s->letter_spacing);
}

/* Properties lpdoc lays out only with their initial values: those are
 * accepted silently, any other value is reported once. */
static const struct {
	const char *name;
	const char *values;      /* the accepted values, space-separated */
} defaults_only[] = {
	{ "font-variant", "normal" },
	{ "font-stretch", "normal" },
	{ "font-selection-strategy", "auto character-by-character" },
	{ "line-stacking-strategy", "max-height" },
	{ "line-height-shift-adjustment", "consider-shifts" },
	{ "text-altitude", "use-font-metrics" },
	{ "text-depth", "use-font-metrics" },
	/* FOP 2.8 leaves inline text where it is whatever the value */
	{ "dominant-baseline", "auto use-script no-change reset-size ideographic alphabetic "
	  "hanging mathematical central middle text-after-edge text-before-edge" },
	{ "relative-position", "static" },
	/* absolute and fixed: absolute-position's (fo_container) */
	{ "position", "static absolute fixed" },
	{ "intrusion-displace", "auto" },
	{ "score-spaces", "true" },
};

static int word_in(const char *v, const char *list)
{
	return word_index(v, list) >= 0;
}

static int p_default_only(prop_env_t *e)
{
	for (size_t i = 0; i < sizeof defaults_only / sizeof defaults_only[0]; i++) {
		if (strcmp(defaults_only[i].name, e->name) != 0)
			continue;
		if (word_in(e->value, defaults_only[i].values) || is_word(e->value, "inherit"))
			return 0;
		prop_warn_once(e, "default", FO_MSG_VALUE_UNSUPPORTED, e->name, e->value);
	}
	return 0;
}

/* Passes: font size first (em units depend on it), then shorthands, then
 * the specific properties, which win over shorthands whatever their order. */
enum { PASS_FONT, PASS_SHORT, PASS_SPECIFIC, PASSES };

typedef struct prop_def {
	const char *name;
	int pass;
	int prefix;      /* name is a prefix (components, sides) */
	prop_fn fn;
	size_t field;    /* FIELD(name) for the one-field parsers, else 0 */
} prop_def_t;

#define FIELD(name) offsetof(fo_style_t, name)

static const prop_def_t prop_defs[] = {
	{ "font", PASS_FONT, 0, p_font, 0 },
	{ "font-size", PASS_FONT, 0, p_font_size, 0 },
	{ "font-family", PASS_SHORT, 0, p_font_family, 0 },
	{ "font-weight", PASS_SPECIFIC, 0, p_font_weight, 0 },
	{ "font-style", PASS_SPECIFIC, 0, p_font_style, 0 },
	{ "line-height", PASS_SPECIFIC, 0, p_line_height, 0 },
	{ "color", PASS_FONT, 0, p_color, FIELD(color) },
	{ "background-color", PASS_SPECIFIC, 0, p_color, FIELD(background) },
	{ "text-align", PASS_SPECIFIC, 0, p_text_align, FIELD(text_align) },
	{ "text-align-last", PASS_SPECIFIC, 0, p_text_align, FIELD(text_align_last) },
	{ "text-indent", PASS_SPECIFIC, 0, p_text_indent, 0 },
	{ "start-indent", PASS_SPECIFIC, 0, p_start_indent, 0 },
	{ "end-indent", PASS_SPECIFIC, 0, p_end_indent, 0 },
	{ "margin", PASS_SHORT, 0, p_margin, 0 },
	{ "margin-", PASS_SPECIFIC, 1, p_margin_side, 0 },
	{ "padding", PASS_SHORT, 0, p_padding, 0 },
	{ "padding-", PASS_SPECIFIC, 1, p_padding_side, 0 },
	{ "border", PASS_SHORT, 0, p_border, 0 },
	{ "border-width", PASS_SHORT, 0, p_border_aspect, 0 },
	{ "border-style", PASS_SHORT, 0, p_border_aspect, 0 },
	{ "border-color", PASS_SHORT, 0, p_border_aspect, 0 },
	{ "border-", PASS_SPECIFIC, 1, p_border_side, 0 },
	{ "space-before", PASS_SHORT, 0, p_space, 0 },
	{ "space-before.", PASS_SPECIFIC, 1, p_space, 0 },
	{ "space-after", PASS_SHORT, 0, p_space, 0 },
	{ "space-after.", PASS_SPECIFIC, 1, p_space, 0 },
	{ "keep-together", PASS_SHORT, 0, p_keep, 0 },
	{ "keep-together.", PASS_SPECIFIC, 1, p_keep, 0 },
	{ "keep-with-next", PASS_SHORT, 0, p_keep, 0 },
	{ "keep-with-next.", PASS_SPECIFIC, 1, p_keep, 0 },
	{ "keep-with-previous", PASS_SHORT, 0, p_keep, 0 },
	{ "keep-with-previous.", PASS_SPECIFIC, 1, p_keep, 0 },
	{ "break-before", PASS_SPECIFIC, 0, p_break, FIELD(break_before) },
	{ "break-after", PASS_SPECIFIC, 0, p_break, FIELD(break_after) },
	{ "page-break-before", PASS_SHORT, 0, p_page_break, 0 },
	{ "page-break-after", PASS_SHORT, 0, p_page_break, 0 },
	{ "page-break-inside", PASS_SHORT, 0, p_page_break, 0 },
	{ "widows", PASS_SPECIFIC, 0, p_lines, FIELD(widows) },
	{ "orphans", PASS_SPECIFIC, 0, p_lines, FIELD(orphans) },
	{ "text-decoration", PASS_SPECIFIC, 0, p_text_decoration, 0 },
	{ "baseline-shift", PASS_SPECIFIC, 0, p_baseline_shift, 0 },
	{ "alignment-baseline", PASS_SHORT, 0, p_alignment_baseline, 0 },
	{ "vertical-align", PASS_SHORT, 0, p_baseline_shift, 0 },
	{ "white-space", PASS_SHORT, 0, p_white_space, 0 },
	{ "white-space-collapse", PASS_SPECIFIC, 0, p_bool, FIELD(collapse) },
	{ "linefeed-treatment", PASS_SPECIFIC, 0, p_linefeed, 0 },
	{ "white-space-treatment", PASS_SPECIFIC, 0, p_ws_treatment, 0 },
	{ "wrap-option", PASS_SPECIFIC, 0, p_wrap, 0 },
	{ "hyphenate", PASS_SPECIFIC, 0, p_bool, FIELD(hyphenate) },
	{ "hyphenation-character", PASS_SPECIFIC, 0, p_hyph_char, 0 },
	{ "hyphenation-push-character-count", PASS_SPECIFIC, 0, p_hyph_count, 0 },
	{ "hyphenation-remain-character-count", PASS_SPECIFIC, 0, p_hyph_count, 0 },
	{ "hyphenation-ladder-count", PASS_SPECIFIC, 0, p_hyph_count, 0 },
	{ "country", PASS_SPECIFIC, 0, p_string, FIELD(country) },
	{ "writing-mode", PASS_FONT, 0, p_writing_mode, 0 },
	{ "direction", PASS_SPECIFIC, 0, p_direction, 0 },
	{ "unicode-bidi", PASS_SPECIFIC, 0, p_unicode_bidi, 0 },
	{ "reference-orientation", PASS_SPECIFIC, 0, p_fixed, 0 },
	{ "language", PASS_SPECIFIC, 0, p_string, FIELD(language) },
	{ "letter-spacing", PASS_SHORT, 0, p_letter_spacing, 0 },
	{ "letter-spacing.", PASS_SPECIFIC, 1, p_letter_spacing, 0 },
	{ "word-spacing", PASS_SHORT, 0, p_word_spacing, 0 },
	{ "word-spacing.", PASS_SPECIFIC, 1, p_word_spacing, 0 },
	{ "text-transform", PASS_SPECIFIC, 0, p_text_transform, 0 },
	{ "visibility", PASS_SPECIFIC, 0, p_visibility, 0 },
	{ "provisional-distance-between-starts", PASS_SHORT, 0, p_list_dist, 0 },
	{ "provisional-label-separation", PASS_SHORT, 0, p_list_dist, 0 },
};

static const char *const structural[] = {
	"master-name", "master-reference", "page-width", "page-height", "extent",
	"precedence", "region-name", "flow-name", "page-position", "odd-or-even",
	"blank-or-not-blank", "maximum-repeats", "initial-page-number", "format",
	"force-page-count", "ref-id", "grouping-separator", "grouping-size",
	"letter-value", "role", "source-document", "column-count",
	"column-gap", "span", "character", "suppress-at-line-break", "media-usage", "id",
	"overflow", "caption-side", "float", "clear",
	/* links, markers, containers, graphics: read by their modules */
	"internal-destination", "external-destination", "show-destination",
	"indicate-destination", "destination-placement-offset", "starting-state",
	"case-name", "case-title", "switch-to", "change-bar-class", "change-bar-color",
	"change-bar-offset", "change-bar-placement", "change-bar-style", "change-bar-width",
	"marker-class-name", "retrieve-class-name", "retrieve-position", "retrieve-boundary",
	"retrieve-position-within-table", "retrieve-boundary-within-table",
	"absolute-position", "top", "left", "right", "bottom", "src",
	"content-width", "content-height", "content-type", "scaling", "scaling-method",
	/* read by fo_table, fo_list and fo_leader */
	"border-collapse", "border-separation", "border-spacing",
	"border-separation.inline-progression-direction",
	"border-separation.block-progression-direction", "table-layout",
	"table-omit-header-at-break", "table-omit-footer-at-break", "number-columns-spanned",
	"number-rows-spanned", "column-width", "number-columns-repeated", "column-number",
	"starts-row", "ends-row", "empty-cells", "display-align", "width", "height",
	"block-progression-dimension", "block-progression-dimension.minimum",
	"block-progression-dimension.optimum", "block-progression-dimension.maximum",
	"inline-progression-dimension", "inline-progression-dimension.minimum",
	"inline-progression-dimension.optimum", "inline-progression-dimension.maximum",
	"leader-pattern", "leader-length",
	"leader-length.minimum", "leader-length.optimum", "leader-length.maximum",
	"leader-pattern-width", "leader-alignment", "rule-thickness", "rule-style",
};

/* Properties read by the tree and page code themselves, or without a
 * visible effect yet (role): known, so never reported as unknown. */
static int structural_known(const char *name)
{
	/* The first letter first: this runs for every attribute of every element. */
	for (size_t i = 0; i < sizeof structural / sizeof structural[0]; i++)
		if (structural[i][0] == name[0] && strcmp(structural[i], name) == 0)
			return 1;
	return 0;
}

static const prop_def_t *prop_find(const char *name)
{
	static const prop_def_t default_only = { "", PASS_SPECIFIC, 0, p_default_only, 0 };
	for (size_t i = 0; i < sizeof defaults_only / sizeof defaults_only[0]; i++)
		if (defaults_only[i].name[0] == name[0] && strcmp(defaults_only[i].name, name) == 0)
			return &default_only;
	const prop_def_t *best = NULL;
	for (size_t i = 0; i < sizeof prop_defs / sizeof prop_defs[0]; i++) {
		const prop_def_t *d = &prop_defs[i];
		if (d->name[0] != name[0])
			continue;
		if (d->prefix) {
			if (strncmp(name, d->name, strlen(d->name)) == 0 && best == NULL)
				best = d;
		} else if (strcmp(name, d->name) == 0) {
			return d;
		}
	}
	return best;
}

int fo_prop_known(const char *name)
{
	return prop_find(name) != NULL || structural_known(name);
}

void fo_style_init(fo_style_t *s)
{
	memset(s, 0, sizeof *s);
	s->family = fo_font_family_map("sans-serif");
	s->font_size = FO_MEDIUM_FONT;
	s->font_weight = 400;
	color_set(&s->color, 0);
	s->text_align = FO_ALIGN_START;
	s->text_align_last = FO_ALIGN_RELATIVE;
	s->lh_kind = FO_LH_NORMAL;
	s->collapse = 1;
	s->widows = 2;
	s->orphans = 2;
	s->hyph_char = "-";
	s->hyph_push = 2;
	s->hyph_remain = 2;
	s->list_dist = 24;   /* XSL initial values */
	s->list_sep = 6;
	for (int i = 0; i < FO_SIDES; i++) {
		s->border[i].width = 1.0;
		s->border[i].style = FO_BORDER_NONE;
	}
}

/* Non-inherited properties go back to their initial values. */
static void style_inherit(fo_style_t *s, const fo_style_t *parent)
{
	memcpy(s, parent, sizeof *s);  /* padding too: styles are compared bytewise */
	memset(&s->space_before, 0, sizeof s->space_before);
	memset(&s->space_after, 0, sizeof s->space_after);
	memset(s->margin, 0, sizeof s->margin);
	memset(s->margin_set, 0, sizeof s->margin_set);
	memset(s->padding, 0, sizeof s->padding);
	memset(s->padding_retain, 0, sizeof s->padding_retain);
	for (int i = 0; i < FO_SIDES; i++) {
		s->border[i].width = 1.0;
		s->border[i].style = FO_BORDER_NONE;
		s->border[i].retain = 0;
	}
	memset(&s->background, 0, sizeof s->background);
	s->break_before = s->break_after = FO_BREAK_AUTO;
	s->keep_with_next = s->keep_with_previous = 0;
	s->baseline_shift = 0;
	s->align_base = FO_AB_AUTO;
	s->align_parent = s->align_text = 0;
	s->start_indent_set = s->end_indent_set = 0;
	s->bidi = FO_BIDI_NORMAL;
}

/* 1 when some word of value is a length, or a plain number, beyond what
 * any document needs (shorthands hold several words). */
static int value_out_of_range(const char *value)
{
	char word[64];
	const char *p = skip_ws(value);
	while (*p) {
		size_t n = strcspn(p, " \t\r\n/");
		if (n < sizeof word) {
			memcpy(word, p, n);
			word[n] = '\0';
			fo_len_t l;
			char *end = NULL;
			double f = strtod(word, &end);
			if (fo_len_parse(word, FO_MEDIUM_FONT, &l) == FO_LEN_OUT_OF_RANGE ||
			    (end != word && *end == '\0' && fabs(f) > FO_FACTOR_MAX))
				return 1;
		}
		p = skip_ws(p + n + (p[n] == '/'));
	}
	return 0;
}

static void prop_report(const fo_style_ctx_t *ctx, xmlNode *el, const char *name,
                        const char *value, int unknown)
{
	char *key = unknown ? xasprintf("prop:%s", name) : xasprintf("value:%s=%s", name, value);
	if (diag_once(ctx->diag, key)) {
		unsigned line = xml_node_line(el), col = xml_node_col(el);
		if (unknown)
			fo_report(ctx->diag, ctx->file, line, col, FO_MSG_PROPERTY_UNSUPPORTED, name,
			          (const char *)el->name);
		else
			fo_report(ctx->diag, ctx->file, line, col, value_out_of_range(value)
			          ? FO_MSG_VALUE_OUT_OF_RANGE : FO_MSG_VALUE_INVALID, value, name);
	}
	free(key);
}

/* A border's width as drawn: 0 without a style (the width is kept until
 * the style is known, fo_style_compute()). */
static double border_width(const fo_style_t *s, int side)
{
	return s->border[side].style == FO_BORDER_NONE ? 0 : s->border[side].width;
}

static int space_from_margin(const fo_style_t *s, int side, const fo_space_t *sp)
{
	return s->margin_set[side] == 2 || (s->margin_set[side] && sp->opt == 0 && sp->max == 0);
}

/* The absolute margins feed the indents (XSL 1.1 5.3.2): a block given a
 * margin-left gets start-indent = inherited start-indent + margin-left +
 * border-left + padding-left. */
static void style_margins_to_indents(fo_style_t *s, const fo_style_t *parent)
{
	if (!s->start_indent_set && s->margin_set[FO_SIDE_START]) {
		fo_len_t m = s->margin[FO_SIDE_START], p = s->padding[FO_SIDE_START];
		s->start_indent.pt = parent->start_indent.pt + m.pt + p.pt + border_width(s, FO_SIDE_START);
		s->start_indent.pct = parent->start_indent.pct + m.pct + p.pct;
	}
	if (!s->end_indent_set && s->margin_set[FO_SIDE_END]) {
		fo_len_t m = s->margin[FO_SIDE_END], p = s->padding[FO_SIDE_END];
		s->end_indent.pt = parent->end_indent.pt + m.pt + p.pt + border_width(s, FO_SIDE_END);
		s->end_indent.pct = parent->end_indent.pct + m.pct + p.pct;
	}
	/* margin-top and margin-bottom set space-before and space-after,
	 * retained: given by their own properties they win over the spaces
	 * (XSL 1.1 5.3.1: the absolute property wins), by the margin
	 * shorthand only where no space is given (a shorthand yields to a
	 * property of its own), as FOP has it */
	if (space_from_margin(s, FO_SIDE_BEFORE, &s->space_before)) {
		double v = s->margin[FO_SIDE_BEFORE].pt;
		s->space_before = (fo_space_t){ v, v, v, 0, 1 };
	}
	if (space_from_margin(s, FO_SIDE_AFTER, &s->space_after)) {
		double v = s->margin[FO_SIDE_AFTER].pt;
		s->space_after = (fo_space_t){ v, v, v, 0, 1 };
	}
}

/* One attribute of the element, its definition looked up once for all
 * passes (the lookup compares strings); d is NULL for xml:lang (read in
 * the specific pass) and for an unknown property (reported in the
 * first), so that everything happens in the order it did attribute by
 * attribute. */
typedef struct attr_def {
	xmlAttr *a;
	const prop_def_t *d;
	int pass;
} attr_def_t;

static const char *attr_value(const xmlAttr *a)
{
	return a->children && a->children->content ? (const char *)a->children->content : "";
}

/* The element's attributes that matter to its style, in *v (buf while
 * nbuf are enough, else allocated).  Returns how many. */
static size_t attrs_resolve(xmlNode *el, attr_def_t *buf, size_t nbuf, attr_def_t **v)
{
	size_t n = 0, cap = nbuf;
	*v = buf;
	for (xmlAttr *a = el->properties; a; a = a->next) {
		const char *name = (const char *)a->name;
		attr_def_t ad = { a, NULL, PASS_SPECIFIC };
		if (a->ns != NULL) {
			if (!(a->ns->prefix && strcmp((const char *)a->ns->prefix, "xml") == 0 &&
			      strcmp(name, "lang") == 0))
				continue;  /* other namespaces are extensions, not properties */
		} else if (structural_known(name)) {
			continue;  /* read where it is used (tree, tables, leaders) */
		} else if ((ad.d = prop_find(name)) != NULL) {
			ad.pass = ad.d->pass;
		} else {
			ad.pass = 0;
		}
		if (n == cap) {
			cap *= 2;
			attr_def_t *nv = xmalloc(cap * sizeof *nv);
			memcpy(nv, *v, n * sizeof *nv);
			if (*v != buf)
				free(*v);
			*v = nv;
		}
		(*v)[n++] = ad;
	}
	return n;
}

/* The functions of XSL 1.1 5.10.4 that read the tree, with how far up
 * each looks for a specified value (1: the parent only). */
static const struct { const char *name; int up; } tree_funcs[] = {
	{ "from-parent(", 1 }, { "inherited-property-value(", INT_MAX },
	{ "from-nearest-specified-value(", INT_MAX },
};

/* The value of property prop for a function of the tree looking up
 * levels, as text for the expression (lengths in points). */
static char *tree_func_value(xmlNode *el, const fo_style_t *parent, const char *prop, int up)
{
	if (strcmp(prop, "font-size") == 0)
		return xasprintf("%.6fpt", parent->font_size);
	if (strcmp(prop, "start-indent") == 0 || strcmp(prop, "end-indent") == 0) {
		fo_len_t l = prop[0] == 's' ? parent->start_indent : parent->end_indent;
		return l.pct != 0 ? xasprintf("(%.6fpt + %.6f%%)", l.pt, l.pct) : xasprintf("%.6fpt", l.pt);
	}
	for (xmlNode *a = el->parent; a && a->type == XML_ELEMENT_NODE && up-- > 0; a = a->parent) {
		xmlAttr *at = xmlHasProp(a, (const xmlChar *)prop);
		if (at == NULL)
			continue;
		const char *v = at->children && at->children->content ?
		                (const char *)at->children->content : "";
		fo_len_t l;
		if (fo_len_parse(v, parent->font_size, &l) == 0 && l.pct == 0)
			return xasprintf("%.6fpt", l.pt);
		return xasprintf("(%s)", v);  /* an expression stays one operand */
	}
	return xasprintf("0pt");  /* the initial value of the lengths */
}

/* Replaces the first function of the tree in value (an allocated copy),
 * or returns NULL when there is none or its argument is not closed. */
static char *tree_func_replace(xmlNode *el, const fo_style_t *parent, const char *name,
                               const char *value)
{
	for (size_t i = 0; i < sizeof tree_funcs / sizeof tree_funcs[0]; i++) {
		const char *f = strstr(value, tree_funcs[i].name);
		if (f == NULL)
			continue;
		const char *arg = f + strlen(tree_funcs[i].name), *close = strchr(arg, ')');
		if (close == NULL)
			return NULL;
		char *prop = xstrndup(arg, (size_t)(close - arg)), *p = prop;
		while (isspace((unsigned char)*p))
			p++;
		if (*p == '\'' || *p == '"')  /* from-parent('width'): a string literal */
			p++;
		p[strcspn(p, " \t\r\n'\"")] = '\0';
		char *val = tree_func_value(el, parent, *p ? p : name, tree_funcs[i].up);
		char *out = xasprintf("%.*s%s%s", (int)(f - value), value, val, close + 1);
		free(val);
		free(prop);
		return out;
	}
	return NULL;
}

/* Functions of the tree in the element's attributes are replaced by the
 * values they read, in the document itself: everything that reads the
 * attribute later (page masters, tables) sees the value. */
static void tree_funcs_resolve(xmlNode *el, const fo_style_t *parent)
{
	for (xmlAttr *a = el->properties; a; a = a->next) {
		if (a->ns != NULL || a->children == NULL || a->children->content == NULL ||
		    strchr((const char *)a->children->content, '(') == NULL)
			continue;
		for (int guard = 0; guard < 8; guard++) {
			char *v = tree_func_replace(el, parent, (const char *)a->name,
			                            (const char *)a->children->content);
			if (v == NULL)
				break;
			xmlSetProp(el, a->name, (const xmlChar *)v);
			free(v);
		}
	}
}

/* An inline-level object sits on its parent's shifted baseline: its own
 * baseline-shift adds to the parent's (XSL 1.1 7.14.3, and FOP's
 * offsets). */
static int shifts_with_parent(const xmlNode *el)
{
	return word_index((const char *)el->name, "inline wrapper basic-link bidi-override "
	                  "character page-number page-number-citation page-number-citation-last "
	                  "leader external-graphic instream-foreign-object inline-container "
	                  "footnote") >= 0;
}

void fo_style_compute(fo_style_t *out, const fo_style_t *parent, xmlNode *el,
                      const fo_style_ctx_t *ctx)
{
	style_inherit(out, parent);
	if (shifts_with_parent(el))
		out->baseline_shift = parent->baseline_shift;
	if (makes_reference_area(el))
		out->rtl = out->wm_rtl;  /* before the sides are read (sides_mirrored()) */
	tree_funcs_resolve(el, parent);
	attr_def_t buf[32], *v;
	size_t n = attrs_resolve(el, buf, sizeof buf / sizeof buf[0], &v);
	for (int pass = 0; pass < PASSES; pass++) {
		for (size_t i = 0; i < n; i++) {
			if (v[i].pass != pass)
				continue;
			const char *name = (const char *)v[i].a->name, *value = attr_value(v[i].a);
			if (v[i].a->ns != NULL) {
				out->language = value;
				continue;
			}
			if (v[i].d == NULL) {
				prop_report(ctx, el, name, value, 1);
				continue;
			}
			prop_env_t e = { out, parent, ctx, el, name, value, (char *)out + v[i].d->field };
			if (v[i].d->fn(&e) < 0)
				prop_report(ctx, el, name, value, 0);
		}
	}
	if (v != buf)
		free(v);
	style_margins_to_indents(out, parent);
	fo_hyph_style_check(out, parent, el, ctx->file, ctx->diag);
	if (strcmp((const char *)el->name, "list-block") == 0)
		out->list_start = out->start_indent;
	for (int i = 0; i < FO_SIDES; i++)
		if (out->border[i].style == FO_BORDER_NONE)
			out->border[i].width = 0;
}
