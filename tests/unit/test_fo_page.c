/* Unit tests for src/fo/fo_page: page number formats and master selection. */
#include <string.h>

#include "unit.h"
#include "fo/fo_page.h"

static void test_formats(void)
{
	char b[48];
	fo_page_format(4, FO_FMT_ROMAN_LOWER, 1, b, sizeof b);
	CU_ASSERT_STRING_EQUAL(b, "iv");
	fo_page_format(1994, FO_FMT_ROMAN_UPPER, 1, b, sizeof b);
	CU_ASSERT_STRING_EQUAL(b, "MCMXCIV");
	fo_page_format(28, FO_FMT_ALPHA_LOWER, 1, b, sizeof b);
	CU_ASSERT_STRING_EQUAL(b, "ab");
	fo_page_format(26, FO_FMT_ALPHA_UPPER, 1, b, sizeof b);
	CU_ASSERT_STRING_EQUAL(b, "Z");
	fo_page_format(7, FO_FMT_DECIMAL, 3, b, sizeof b);
	CU_ASSERT_STRING_EQUAL(b, "007");
	fo_page_format(12, FO_FMT_DECIMAL, 1, b, sizeof b);
	CU_ASSERT_STRING_EQUAL(b, "12");
}

static void test_master_selection(void)
{
	fo_spm_t first, odd, even, last, blank;
	memset(&first, 0, sizeof first);
	odd = even = last = blank = first;
	fo_cond_t conds[] = {
		{ &first, FO_POS_FIRST, FO_PAR_ANY, FO_BLANK_ANY },
		{ &blank, FO_POS_ANY, FO_PAR_ANY, FO_BLANK_BLANK },
		{ &last, FO_POS_LAST, FO_PAR_ANY, FO_BLANK_ANY },
		{ &odd, FO_POS_ANY, FO_PAR_ODD, FO_BLANK_ANY },
		{ &even, FO_POS_ANY, FO_PAR_EVEN, FO_BLANK_ANY },
	};
	fo_subseq_t sub = { FO_SUB_ALTS, -1, NULL, conds, 5 };
	fo_psm_t psm = { "book", &sub, 1 };
	fo_pseq_t seq;
	memset(&seq, 0, sizeof seq);
	seq.psm = &psm;
	fo_mstate_t ms = { 0, 0 };
	CU_ASSERT_PTR_EQUAL(fo_master_select(&seq, &ms, 1, 1, 0, 0), &first);
	CU_ASSERT_PTR_EQUAL(fo_master_select(&seq, &ms, 2, 0, 0, 0), &even);
	CU_ASSERT_PTR_EQUAL(fo_master_select(&seq, &ms, 3, 0, 0, 0), &odd);
	CU_ASSERT_PTR_EQUAL(fo_master_select(&seq, &ms, 4, 0, 0, 1), &blank);
	CU_ASSERT_PTR_EQUAL(fo_master_select(&seq, &ms, 5, 0, 1, 0), &last);

	/* single, then repeatable with a limit, then the rest */
	fo_subseq_t subs[] = {
		{ FO_SUB_SINGLE, 1, &first, NULL, 0 },
		{ FO_SUB_REPEATABLE, 2, &odd, NULL, 0 },
		{ FO_SUB_REPEATABLE, -1, &even, NULL, 0 },
	};
	fo_psm_t psm2 = { "pack", subs, 3 };
	seq.psm = &psm2;
	fo_mstate_t ms2 = { 0, 0 };
	const fo_spm_t *want[] = { &first, &odd, &odd, &even, &even };
	for (int i = 0; i < 5; i++)
		CU_ASSERT_PTR_EQUAL(fo_master_select(&seq, &ms2, i + 1, i == 0, 0, 0), want[i]);
}

static void test_region_geometry(void)
{
	fo_spm_t m;
	memset(&m, 0, sizeof m);
	m.width = 600;
	m.height = 800;
	for (int i = 0; i < FO_SIDES; i++)
		m.margin[i].pt = 50;
	m.region[FO_REG_BODY].present = 1;
	m.region[FO_REG_BODY].margin[FO_SIDE_BEFORE].pt = 30;
	m.region[FO_REG_BEFORE].present = 1;
	m.region[FO_REG_BEFORE].extent = (fo_len_t){ 20, 0 };
	m.region[FO_REG_AFTER].present = 1;
	m.region[FO_REG_AFTER].extent = (fo_len_t){ 25, 0 };
	fo_rect_t r;
	fo_region_rect(&m, FO_REG_BODY, &r);
	CU_ASSERT(r.x == 50 && r.y == 80 && r.w == 500 && r.h == 670);
	fo_region_rect(&m, FO_REG_AFTER, &r);
	CU_ASSERT(r.y == 725 && r.h == 25 && r.w == 500);
	/* percentages: the master's top of the page's height, an extent and
	 * the body's margins of the page turned with the master (FOP) */
	m.margin[FO_SIDE_BEFORE] = (fo_len_t){ 0, 5 };
	m.region[FO_REG_BEFORE].extent = (fo_len_t){ 0, 10 };
	m.region[FO_REG_BODY].margin[FO_SIDE_START] = (fo_len_t){ 0, 10 };
	fo_region_viewport(&m, FO_REG_BEFORE, &r);
	CU_ASSERT(r.y == 40 && r.h == 80);
	fo_region_rect(&m, FO_REG_BODY, &r);
	CU_ASSERT(r.x == 110 && r.y == 70 && r.w == 440);
	m.orient = 90;
	fo_region_viewport(&m, FO_REG_BEFORE, &r);
	CU_ASSERT(r.h == 60);
}

static CU_TestInfo tests[] = {
	{ "page number formats", test_formats },
	{ "page master selection", test_master_selection },
	{ "region geometry", test_region_geometry },
	CU_TEST_INFO_NULL,
};

UNIT_MAIN("fo_page", tests)
