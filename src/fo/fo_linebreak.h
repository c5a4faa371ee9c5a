/*
 * fo_linebreak: where a line may break inside a run of text without
 * spaces, and whether it may break at a space, as Apache FOP 2.8 decides
 * it: the pair table of UAX #14 (Unicode 5, the table FOP's
 * LineBreakStatus reads), with each character's line-breaking class from
 * GLib (later classes folded into the table's: CP as CL, HL as AL...).
 * A break between two characters without a space is taken only where the
 * table says "direct"; at spaces, unless it says "prohibited" (no break
 * before a closing bracket, a comma, "!" or "/" after a space).
 *
 * ASCII is looked up in a table of this module's; nothing is owned.
 */
#ifndef LPDOC_FO_LINEBREAK_H
#define LPDOC_FO_LINEBREAK_H

#include <stdint.h>

/* The table's classes, in its order, then the classes it leaves out. */
typedef enum fo_lb_class {
	FO_LB_OP, FO_LB_CL, FO_LB_QU, FO_LB_GL, FO_LB_NS, FO_LB_EX, FO_LB_SY, FO_LB_IS,
	FO_LB_PR, FO_LB_PO, FO_LB_NU, FO_LB_AL, FO_LB_ID, FO_LB_IN, FO_LB_HY, FO_LB_BA,
	FO_LB_BB, FO_LB_B2, FO_LB_ZW, FO_LB_CM, FO_LB_WJ, FO_LB_H2, FO_LB_H3, FO_LB_JL,
	FO_LB_JV, FO_LB_JT,
	FO_LB_SP,            /* spaces */
	FO_LB_BK             /* hard breaks: line feeds, separators */
} fo_lb_class_t;

extern const uint8_t fo_lb_ascii[128];

fo_lb_class_t fo_lb_class_other(uint32_t c);

/* The line-breaking class of c. */
static inline fo_lb_class_t fo_lb_class(uint32_t c)
{
	return c < 128 ? (fo_lb_class_t)fo_lb_ascii[c] : fo_lb_class_other(c);
}

/* May a line break between a character of class a and one of class b
 * with nothing between them?  (CM after a: no.) */
int fo_lb_direct(fo_lb_class_t a, fo_lb_class_t b);
/* May it break at spaces between them? */
int fo_lb_at_space(fo_lb_class_t a, fo_lb_class_t b);

#endif
