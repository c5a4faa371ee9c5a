/* Unit tests for the model's value types: dates, money, id suggestions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "model/idmap.h"
#include "util/date.h"
#include "util/money.h"

static void test_date_parse_valid(void)
{
	date_t d;
	CU_ASSERT_EQUAL(date_parse("2025-10-14", &d), 0);
	CU_ASSERT_EQUAL(d.y, 2025);
	CU_ASSERT_EQUAL(d.m, 10);
	CU_ASSERT_EQUAL(d.d, 14);
	CU_ASSERT_EQUAL(date_parse("2024-02-29", &d), 0);   /* leap year */
	CU_ASSERT_EQUAL(date_parse("2000-02-29", &d), 0);   /* leap century */
}

static void test_date_parse_invalid(void)
{
	date_t d = DATE_NONE;
	CU_ASSERT_EQUAL(date_parse("2025-02-30", &d), -3);
	CU_ASSERT_EQUAL(date_parse("2025-02-29", &d), -3);
	CU_ASSERT_EQUAL(date_parse("1900-02-29", &d), -3);   /* not leap */
	CU_ASSERT_EQUAL(date_parse("2025-04-31", &d), -3);
	CU_ASSERT_EQUAL(date_parse("2025-13-01", &d), -2);
	CU_ASSERT_EQUAL(date_parse("2025-00-10", &d), -2);
	CU_ASSERT_EQUAL(date_parse("2025-10-00", &d), -3);
	CU_ASSERT_EQUAL(date_parse("14/10/2025", &d), -1);
	CU_ASSERT_EQUAL(date_parse("2025-10-14 ", &d), -1);
	CU_ASSERT_EQUAL(date_parse("2025-1-14", &d), -1);
	CU_ASSERT_EQUAL(date_parse("", &d), -1);
	CU_ASSERT_EQUAL(date_parse(NULL, &d), -1);
	CU_ASSERT_FALSE(date_is_set(d));   /* failures leave out untouched */
	CU_ASSERT_STRING_EQUAL(date_parse_error(-3), "there is no such day in that month");
}

static void test_date_compare_and_arithmetic(void)
{
	date_t a, b;
	date_parse("2025-10-14", &a);
	date_parse("2026-01-05", &b);
	CU_ASSERT(date_cmp(a, b) < 0);
	CU_ASSERT(date_cmp(b, a) > 0);
	CU_ASSERT_EQUAL(date_cmp(a, a), 0);
	CU_ASSERT(date_cmp(DATE_NONE, a) < 0);
	CU_ASSERT_EQUAL(date_diff_days(b, a), 83);
	CU_ASSERT_EQUAL(date_to_days((date_t){ 1970, 1, 1 }), 0);
	date_t back = date_from_days(date_to_days(b));
	CU_ASSERT_EQUAL(date_cmp(back, b), 0);
	date_t end_jan = { 2026, 1, 31 };
	date_t feb = date_add_months(end_jan, 1);
	CU_ASSERT_EQUAL(feb.m, 2);
	CU_ASSERT_EQUAL(feb.d, 28);   /* clamped */
	date_t dec = date_add_months((date_t){ 2025, 12, 10 }, -2);
	CU_ASSERT_EQUAL(dec.m, 10);
	CU_ASSERT_TRUE(date_within(a, a, b));
	CU_ASSERT_FALSE(date_within(b, DATE_NONE, a));
}

static void test_date_format(void)
{
	char iso[11], text[32];
	date_format_iso((date_t){ 2025, 10, 4 }, iso);
	CU_ASSERT_STRING_EQUAL(iso, "2025-10-04");
	date_format_long((date_t){ 2025, 10, 4 }, text, sizeof text);
	CU_ASSERT_STRING_EQUAL(text, "4 October 2025");
	date_format_iso(DATE_NONE, iso);
	CU_ASSERT_STRING_EQUAL(iso, "");
}

static void test_money_parse(void)
{
	money_t v = -1;
	CU_ASSERT_EQUAL(money_parse("1200", &v), 0);
	CU_ASSERT_EQUAL(v, 120000);
	CU_ASSERT_EQUAL(money_parse("950.5", &v), 0);
	CU_ASSERT_EQUAL(v, 95050);
	CU_ASSERT_EQUAL(money_parse("0.07", &v), 0);
	CU_ASSERT_EQUAL(v, 7);
	CU_ASSERT_EQUAL(money_parse("-12.34", &v), 0);
	CU_ASSERT_EQUAL(v, -1234);
	CU_ASSERT_EQUAL(money_parse("1,200", &v), -1);
	CU_ASSERT_EQUAL(money_parse("£500", &v), -1);
	CU_ASSERT_EQUAL(money_parse("1.234", &v), -1);
	CU_ASSERT_EQUAL(money_parse("12.", &v), -1);
	CU_ASSERT_EQUAL(money_parse(".5", &v), -1);
	CU_ASSERT_EQUAL(money_parse("", &v), -1);
	CU_ASSERT_EQUAL(money_parse("99999999999999", &v), MONEY_TOO_LARGE);
	CU_ASSERT_EQUAL(money_parse("99999999999999999999999999999", &v), MONEY_TOO_LARGE);
	CU_ASSERT_EQUAL(money_parse("1000000000.01", &v), MONEY_TOO_LARGE);
	CU_ASSERT_EQUAL(money_parse("-1000000001", &v), MONEY_TOO_LARGE);
	CU_ASSERT_EQUAL(money_parse("1000000000", &v), 0);
	CU_ASSERT_EQUAL(v, 100000000000LL);
	CU_ASSERT_EQUAL(money_parse("1e308", &v), -1);
}

static void test_money_format(void)
{
	char s[48];
	money_format(123456700, 0, s, sizeof s);
	CU_ASSERT_STRING_EQUAL(s, "£1,234,567");
	money_format(50000000, 0, s, sizeof s);
	CU_ASSERT_STRING_EQUAL(s, "£500,000");
	money_format(95050, 0, s, sizeof s);
	CU_ASSERT_STRING_EQUAL(s, "£950.50");
	money_format(100000, MONEY_PENCE, s, sizeof s);
	CU_ASSERT_STRING_EQUAL(s, "£1,000.00");
	money_format(-250000, MONEY_NO_SYMBOL, s, sizeof s);
	CU_ASSERT_STRING_EQUAL(s, "-2,500");
	money_format(0, 0, s, sizeof s);
	CU_ASSERT_STRING_EQUAL(s, "£0");
	money_format(99, 0, s, sizeof s);
	CU_ASSERT_STRING_EQUAL(s, "£0.99");
	money_format_plain(-5, s, sizeof s);
	CU_ASSERT_STRING_EQUAL(s, "-0.05");
}

static void test_idmap_and_nearest(void)
{
	idmap_t *map = idmap_new();
	model_pos_t pos = { "people.xml", 3, 3 };
	char *keys[200];
	for (int i = 0; i < 200; i++) {
		keys[i] = malloc(16);
		snprintf(keys[i], 16, "person-%03d", i);
		CU_ASSERT_PTR_NULL(idmap_put(map, keys[i], keys[i], pos));
	}
	CU_ASSERT_PTR_NULL(idmap_put(map, "j-smith", "J", pos));
	const model_pos_t *first = idmap_put(map, "j-smith", "other", pos);
	CU_ASSERT_PTR_NOT_NULL(first);
	CU_ASSERT_EQUAL(first->line, 3);
	CU_ASSERT_STRING_EQUAL(idmap_get(map, "j-smith"), "J");
	CU_ASSERT_STRING_EQUAL(idmap_get(map, "person-150"), "person-150");
	CU_ASSERT_PTR_NULL(idmap_get(map, "nobody"));
	CU_ASSERT_EQUAL(idmap_len(map), 201);
	CU_ASSERT_STRING_EQUAL(idmap_nearest(map, "jsmith"), "j-smith");
	CU_ASSERT_STRING_EQUAL(idmap_nearest(map, "J-Smith"), "j-smith");
	CU_ASSERT_PTR_NULL(idmap_nearest(map, "completely-different"));
	CU_ASSERT_EQUAL(idmap_distance("kitten", "sitting"), 3);
	idmap_free(map);
	for (int i = 0; i < 200; i++)
		free(keys[i]);
}

static CU_TestInfo tests[] = {
	{ "dates parse", test_date_parse_valid },
	{ "impossible dates are refused", test_date_parse_invalid },
	{ "dates compare and add", test_date_compare_and_arithmetic },
	{ "dates format", test_date_format },
	{ "money parses to pence", test_money_parse },
	{ "money formats with separators", test_money_format },
	{ "id map and nearest id", test_idmap_and_nearest },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("model values", tests)
