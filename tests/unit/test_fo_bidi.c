/* Unit tests for src/fo/fo_bidi: the levels of a paragraph (base
 * direction, fo:bidi-override's ranges) and the mirrored frames. */
#include <stdlib.h>
#include <string.h>
#include <cairo.h>

#include "unit.h"
#include "fo/fo_bidi.h"
#include "fo/fo_props.h"

static void test_levels_base(void)
{
	const char *t = "abc, 12.";
	CU_ASSERT_PTR_NULL(fo_bidi_levels(t, strlen(t), 0, NULL, 0));  /* all LTR */
	uint8_t *lv = fo_bidi_levels(t, strlen(t), 1, NULL, 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(lv);
	CU_ASSERT_EQUAL(lv[0], 2);               /* Latin in a right-to-left paragraph */
	CU_ASSERT_EQUAL(lv[strlen(t) - 1], 1);   /* the full stop at its end */
	free(lv);
	const char *h = "a \xD7\xA9\xD7\x9C b";   /* a Hebrew word between Latin ones */
	lv = fo_bidi_levels(h, strlen(h), 0, NULL, 0);
	CU_ASSERT_PTR_NOT_NULL_FATAL(lv);
	CU_ASSERT_EQUAL(lv[0], 0);
	CU_ASSERT_EQUAL(lv[2], 1);
	CU_ASSERT_EQUAL(lv[3], 1);               /* every byte of a character */
	free(lv);
}

static void test_levels_ranges(void)
{
	const char *t = "x over inner end y";
	/* "over inner end" overridden rtl, "inner" in it overridden ltr: the
	 * inner range ends first, so it comes first */
	fo_bidi_range_t r[] = {
		{ 7, 12, FO_BIDI_OVERRIDE, 0 },
		{ 2, 16, FO_BIDI_OVERRIDE, 1 },
	};
	uint8_t *lv = fo_bidi_levels(t, strlen(t), 0, r, 2);
	CU_ASSERT_PTR_NOT_NULL_FATAL(lv);
	CU_ASSERT_EQUAL(lv[0], 0);
	CU_ASSERT_EQUAL(lv[2], 1);   /* o of over */
	CU_ASSERT_EQUAL(lv[7], 2);   /* i of inner */
	CU_ASSERT_EQUAL(lv[13], 1);  /* e of end */
	CU_ASSERT_EQUAL(lv[17], 0);  /* y */
	free(lv);
	fo_bidi_range_t e = { 0, 1, FO_BIDI_EMBED, 1 };
	lv = fo_bidi_levels(t, strlen(t), 0, &e, 1);
	CU_ASSERT_EQUAL(lv[0], 2);   /* Latin embedded right to left */
	free(lv);
}

static void test_frames(void)
{
	cairo_surface_t *s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, NULL);
	cairo_t *cr = cairo_create(s);
	CU_ASSERT(!fo_bidi_mirrored(cr));
	fo_bidi_frame(cr, 0, 10, 100);
	CU_ASSERT(!fo_bidi_mirrored(cr));        /* already left to right */
	fo_bidi_frame(cr, 1, 10, 100);
	CU_ASSERT(fo_bidi_mirrored(cr));
	double x = 10, y = 0;
	cairo_user_to_device(cr, &x, &y);
	CU_ASSERT_DOUBLE_EQUAL(x, 110, 1e-9);    /* the start edge on the right */
	CU_ASSERT(fo_bidi_upright(cr, 20, 30));  /* a line drawn upright */
	CU_ASSERT(!fo_bidi_mirrored(cr));
	x = 20;
	cairo_user_to_device(cr, &x, &y);
	CU_ASSERT_DOUBLE_EQUAL(x, 70, 1e-9);     /* the line's left end where it stands */
	cairo_restore(cr);
	CU_ASSERT(fo_bidi_mirrored(cr));
	cairo_destroy(cr);
	cairo_surface_destroy(s);
}

static CU_TestInfo tests[] = {
	{ "levels from the base direction", test_levels_base },
	{ "embeddings and overrides, nested", test_levels_ranges },
	{ "mirrored and upright frames", test_frames },
	CU_TEST_INFO_NULL,
};

UNIT_MAIN("fo_bidi", tests)
