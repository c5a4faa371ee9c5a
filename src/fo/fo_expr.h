/*
 * fo_expr: expressions in XSL-FO property values (XSL 1.1 section 5.9).
 *
 * Arithmetic on numbers and lengths: + - * div mod, unary minus and
 * parentheses, with the functions abs(), max(), min(), round(), floor()
 * and ceiling().  A length is points plus a percentage of a reference
 * (as fo_len_t); em units are read with the given font size.  Mixing a
 * length and a number where XSL forbids it (1pt + 2, 2pt * 3pt, mod on
 * lengths) is an error, as in FOP.
 *
 * The functions that need the formatting-object tree (from-parent(),
 * inherited-property-value(), from-nearest-specified-value()) are
 * replaced by their value before evaluation, by fo_props.
 */
#ifndef LPDOC_FO_EXPR_H
#define LPDOC_FO_EXPR_H

#include <stddef.h>

/* A value: a plain number (is_len 0, in pt) or a length pt + pct%. */
typedef struct fo_expr_val {
	double pt;
	double pct;
	int is_len;
} fo_expr_val_t;

/* The points in one of unit u (its n letters: pt, mm, cm, in, pc, px at 96
 * dpi as FOP, em of font_size, and FOP's mpt, a thousandth of a point),
 * or -1 when u is none of them. */
double fo_unit_points(const char *u, size_t n, double font_size);

/* Evaluates s.  Returns 0, or -1 when s is not a valid expression. */
int fo_expr_eval(const char *s, double font_size, fo_expr_val_t *out);

#endif
