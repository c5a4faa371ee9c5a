/* fo_expr: see fo_expr.h.  A recursive-descent parser over the text. */
#include "fo_expr.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>


double fo_unit_points(const char *u, size_t n, double font_size)
{
	static const struct { const char *unit; double pt; } units[] = {
		{ "pt", 1.0 }, { "mm", 72.0 / 25.4 }, { "cm", 72.0 / 2.54 },
		{ "in", 72.0 }, { "pc", 12.0 }, { "px", 0.75 }, { "mpt", 0.001 },
	};
	if (n == 2 && strncmp(u, "em", 2) == 0)
		return font_size;
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
		if (n == strlen(units[i].unit) && strncmp(u, units[i].unit, n) == 0)
			return units[i].pt;
	return -1;
}
/* Nesting beyond this is refused: no document needs it, and the parser
 * recurses once per level. */
#define EXPR_DEPTH_MAX 32

typedef struct expr {
	const char *p;
	double font_size;
	int depth;
} expr_t;

static int expr_additive(expr_t *x, fo_expr_val_t *out);

static void expr_skip(expr_t *x)
{
	while (*x->p && isspace((unsigned char)*x->p))
		x->p++;
}

/* Is the next token the word w (an operator name or function)? */
static int expr_word(expr_t *x, const char *w)
{
	size_t n = strlen(w);
	if (strncmp(x->p, w, n) != 0 || isalnum((unsigned char)x->p[n]) || x->p[n] == '-')
		return 0;
	x->p += n;
	expr_skip(x);
	return 1;
}

static int expr_char(expr_t *x, char c)
{
	if (*x->p != c)
		return 0;
	x->p++;
	expr_skip(x);
	return 1;
}

/* A number with an optional unit: 12, 1.5pt, 50%, 2em. */
static int expr_number(expr_t *x, fo_expr_val_t *out)
{
	const char *s = x->p;
	size_t n = strspn(s, "0123456789.");
	if (n == 0 || strspn(s, ".") == n)
		return -1;
	char buf[64];
	if (n >= sizeof buf)
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	char *end = NULL;
	double v = strtod(buf, &end);
	if (*end != '\0')
		return -1;
	const char *u = s + n;
	*out = (fo_expr_val_t){ v, 0, 0 };
	x->p = u;
	if (*u == '%') {
		*out = (fo_expr_val_t){ 0, v, 1 };
		x->p = u + 1;
	} else if (isalpha((unsigned char)*u)) {
		size_t k = strspn(u, "abcdefghijklmnopqrstuvwxyz");
		double f = fo_unit_points(u, k, x->font_size);
		if (f < 0)
			return -1;
		*out = (fo_expr_val_t){ v * f, 0, 1 };
		x->p = u + k;
	}
	expr_skip(x);
	return 0;
}

/* Arguments of a function, after its name: ( expr [, expr]* ). */
static int expr_args(expr_t *x, fo_expr_val_t *a, int max)
{
	if (!expr_char(x, '('))
		return -1;
	int n = 0;
	do {
		if (n == max || expr_additive(x, &a[n]) < 0)
			return -1;
		n++;
	} while (expr_char(x, ','));
	return expr_char(x, ')') ? n : -1;
}

static double expr_round(double v)
{
	return floor(v + 0.5);  /* XSL: halves round towards positive infinity */
}

/* abs round floor ceiling: one argument, kept as length or number. */
static int expr_func1(expr_t *x, const char *name, double (*fn)(double), fo_expr_val_t *out)
{
	fo_expr_val_t a[1];
	if (!expr_word(x, name))
		return 1;
	if (expr_args(x, a, 1) != 1 || a[0].pct != 0)
		return -1;
	*out = (fo_expr_val_t){ fn(a[0].pt), 0, a[0].is_len };
	return 0;
}

/* max min: two arguments of the same kind. */
static int expr_func2(expr_t *x, const char *name, int want_max, fo_expr_val_t *out)
{
	fo_expr_val_t a[2];
	if (!expr_word(x, name))
		return 1;
	if (expr_args(x, a, 2) != 2 || a[0].is_len != a[1].is_len ||
	    a[0].pct != 0 || a[1].pct != 0)
		return -1;
	*out = (a[0].pt > a[1].pt) == (want_max != 0) ? a[0] : a[1];
	return 0;
}

static int expr_function(expr_t *x, fo_expr_val_t *out)
{
	static const struct { const char *name; double (*fn)(double); } f1[] = {
		{ "abs", fabs }, { "round", expr_round }, { "floor", floor }, { "ceiling", ceil },
	};
	for (size_t i = 0; i < sizeof f1 / sizeof f1[0]; i++) {
		int rc = expr_func1(x, f1[i].name, f1[i].fn, out);
		if (rc <= 0)
			return rc;
	}
	int rc = expr_func2(x, "max", 1, out);
	if (rc <= 0)
		return rc;
	rc = expr_func2(x, "min", 0, out);
	return rc <= 0 ? rc : -1;
}

static int expr_unary(expr_t *x, fo_expr_val_t *out)
{
	if (++x->depth > EXPR_DEPTH_MAX)
		return -1;
	int rc;
	if (expr_char(x, '-')) {
		rc = expr_unary(x, out);
		out->pt = -out->pt;
		out->pct = -out->pct;
	} else if (expr_char(x, '(')) {
		rc = expr_additive(x, out) < 0 || !expr_char(x, ')') ? -1 : 0;
	} else if (isalpha((unsigned char)*x->p)) {
		rc = expr_function(x, out);
	} else {
		rc = expr_number(x, out);
	}
	x->depth--;
	return rc;
}

/* a op b for * div mod; returns -1 where XSL has no such product. */
static int expr_mul_apply(int op, fo_expr_val_t *a, const fo_expr_val_t *b)
{
	if (op == '*') {
		if (a->is_len && b->is_len)
			return -1;
		double k = a->is_len ? b->pt : a->pt;
		fo_expr_val_t l = a->is_len ? *a : *b;
		*a = (fo_expr_val_t){ l.pt * k, l.pct * k, a->is_len || b->is_len };
		return 0;
	}
	if (b->is_len || b->pt == 0 || (op == 'm' && a->is_len))
		return -1;  /* lengths are divided by numbers only */
	if (op == 'm') {
		a->pt = fmod(a->pt, b->pt);
		return 0;
	}
	a->pt /= b->pt;
	a->pct /= b->pt;
	return 0;
}

static int expr_multiplicative(expr_t *x, fo_expr_val_t *out)
{
	if (expr_unary(x, out) < 0)
		return -1;
	for (;;) {
		int op = expr_char(x, '*') ? '*' : expr_word(x, "div") ? 'd' :
		         expr_word(x, "mod") ? 'm' : 0;
		if (op == 0)
			return 0;
		fo_expr_val_t b;
		if (expr_unary(x, &b) < 0 || expr_mul_apply(op, out, &b) < 0)
			return -1;
	}
}

static int expr_additive(expr_t *x, fo_expr_val_t *out)
{
	if (expr_multiplicative(x, out) < 0)
		return -1;
	for (;;) {
		int sign = expr_char(x, '+') ? 1 : expr_char(x, '-') ? -1 : 0;
		if (sign == 0)
			return 0;
		fo_expr_val_t b;
		if (expr_multiplicative(x, &b) < 0 || b.is_len != out->is_len)
			return -1;
		out->pt += sign * b.pt;
		out->pct += sign * b.pct;
	}
}

int fo_expr_eval(const char *s, double font_size, fo_expr_val_t *out)
{
	expr_t x = { s, font_size, 0 };
	expr_skip(&x);
	if (expr_additive(&x, out) < 0 || *x.p != '\0')
		return -1;
	return isfinite(out->pt) && isfinite(out->pct) ? 0 : -1;
}
