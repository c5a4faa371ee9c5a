/* Unit tests for src/fo/fo_linebreak: the ASCII table agrees with GLib's
 * classes where FOP's Unicode 5 agrees, and the pairs FOP 2.8 breaks. */
#include <glib.h>

#include "unit.h"

#include "fo/fo_linebreak.h"

/* The printable ASCII characters whose class the table gives as Unicode 5
 * did, where GLib's newer data differs. */
static int ascii_older(unsigned c)
{
	return c == ')' || c == ']';  /* CP since Unicode 5.2: CL before */
}

static void test_ascii_as_glib(void)
{
	for (unsigned c = 0x21; c < 0x7F; c++) {
		if (ascii_older(c))
			continue;
		/* fo_lb_class_other() is GLib's class in the table's */
		CU_ASSERT_EQUAL(fo_lb_class(c), fo_lb_class_other(c));
	}
	CU_ASSERT_EQUAL(fo_lb_class(')'), FO_LB_CL);
	CU_ASSERT_EQUAL(fo_lb_class(' '), FO_LB_SP);
}

static void test_pairs(void)
{
	/* a break without a space: after a hyphen before a letter, not a digit */
	CU_ASSERT(fo_lb_direct(fo_lb_class('-'), fo_lb_class('a')));
	CU_ASSERT(!fo_lb_direct(fo_lb_class('-'), fo_lb_class('1')));
	CU_ASSERT(fo_lb_direct(fo_lb_class('/'), fo_lb_class('a')));
	CU_ASSERT(!fo_lb_direct(fo_lb_class('a'), fo_lb_class('b')));
	CU_ASSERT(fo_lb_direct(fo_lb_class('!'), fo_lb_class('8')));
	CU_ASSERT(fo_lb_direct(fo_lb_class('a'), fo_lb_class('$')));   /* FOP: AL PR */
	CU_ASSERT(!fo_lb_direct(fo_lb_class('}'), fo_lb_class('b')));
	CU_ASSERT(fo_lb_direct(fo_lb_class(0x2014), fo_lb_class('a'))); /* em dash */
	CU_ASSERT(fo_lb_direct(fo_lb_class('a'), fo_lb_class(0x2014)));
	CU_ASSERT(fo_lb_direct(fo_lb_class(0x5B66), fo_lb_class(0x6821))); /* ideographs */
	CU_ASSERT(!fo_lb_direct(fo_lb_class(0x5B66), fo_lb_class(0x3002))); /* before 。 */
	CU_ASSERT(!fo_lb_direct(fo_lb_class('a'), fo_lb_class(0x2060)));    /* word joiner */
	CU_ASSERT(!fo_lb_direct(fo_lb_class(0x2060), fo_lb_class('a')));
	CU_ASSERT(!fo_lb_direct(fo_lb_class('a'), fo_lb_class(0x0301)));    /* a mark */
	/* at a space: not before ")", ",", "!" or "/" */
	CU_ASSERT(fo_lb_at_space(fo_lb_class('a'), fo_lb_class('b')));
	CU_ASSERT(!fo_lb_at_space(fo_lb_class('a'), fo_lb_class(')')));
	CU_ASSERT(!fo_lb_at_space(fo_lb_class('a'), fo_lb_class(',')));
	CU_ASSERT(!fo_lb_at_space(fo_lb_class('a'), fo_lb_class('!')));
	CU_ASSERT(!fo_lb_at_space(fo_lb_class('a'), fo_lb_class('/')));
	CU_ASSERT(!fo_lb_at_space(fo_lb_class('('), fo_lb_class('a')));
}

static CU_TestInfo tests[] = {
	{ "ASCII table as GLib", test_ascii_as_glib },
	{ "FOP's pairs", test_pairs },
	CU_TEST_INFO_NULL,
};

UNIT_MAIN("fo_linebreak", tests)
