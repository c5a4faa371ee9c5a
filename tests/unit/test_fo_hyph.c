/* Unit tests for src/fo/fo_hyph: dictionary choice and hyphenation points
 * (the LibreOffice en_GB and en_US patterns, hyphen-en-gb/-us). */
#include <stdio.h>
#include <string.h>
#include <libxml/parser.h>

#include "unit.h"
#include "fo/fo_hyph.h"
#include "util/diag.h"

/* word with a '-' at each hyphenation point. */
static void hyphenated(fo_hyph_dict_t *d, const char *word, int push, int remain, char *out)
{
	size_t at[64], len = strlen(word), o = 0;
	int n = fo_hyph_points(d, word, len, push, remain, at, 64);
	for (size_t i = 0, k = 0; i < len; i++) {
		out[o++] = word[i];
		if (k < (size_t)n && at[k] == i + 1) {
			out[o++] = '-';
			k++;
		}
	}
	out[o] = '\0';
}

#define CHECK_HYPH(d, word, push, remain, want)                  \
	do {                                                         \
		char got_[128];                                          \
		hyphenated((d), (word), (push), (remain), got_);         \
		CU_ASSERT_STRING_EQUAL(got_, (want));                    \
	} while (0)

static void test_british(void)
{
	fo_hyph_t *h = fo_hyph_new(FO_HYPH_DIR);
	fo_hyph_dict_t *gb = fo_hyph_dict(h, "en-GB", NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(gb);
	CHECK_HYPH(gb, "partnership", 2, 2, "part-ner-ship");
	CHECK_HYPH(gb, "accountability", 2, 2, "ac-count-ab-il-ity");
	CHECK_HYPH(gb, "organisations", 2, 2, "or-gan-isa-tions");
	CHECK_HYPH(gb, "communication", 2, 2, "com-mu-nic-a-tion");
	/* Capitals are looked up in lower case, and shown as they are. */
	CHECK_HYPH(gb, "Partnership", 2, 2, "Part-ner-ship");
	fo_hyph_free(h);
}

static void test_american(void)
{
	fo_hyph_t *h = fo_hyph_new(FO_HYPH_DIR);
	fo_hyph_dict_t *us = fo_hyph_dict(h, "en", "US");
	CU_ASSERT_PTR_NOT_NULL_FATAL(us);
	CU_ASSERT_PTR_EQUAL(fo_hyph_dict(h, "en_us", NULL), us);
	CHECK_HYPH(us, "accountability", 2, 2, "ac-count-abil-ity");
	CHECK_HYPH(us, "partnership", 2, 2, "part-ner-ship");
	fo_hyph_free(h);
}

/* hyphenation-push/remain-character-count, in characters, not bytes. */
static void test_counts(void)
{
	fo_hyph_t *h = fo_hyph_new(FO_HYPH_DIR);
	fo_hyph_dict_t *gb = fo_hyph_dict(h, "en", NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(gb);
	CHECK_HYPH(gb, "accountability", 3, 4, "account-ab-ility");
	CHECK_HYPH(gb, "accountability", 8, 5, "accountab-ility");
	CHECK_HYPH(gb, "partnership", 4, 4, "part-ner-ship");
	CHECK_HYPH(gb, "partnership", 2, 5, "part-nership");
	CHECK_HYPH(gb, "partnership", 5, 5, "partnership");
	CHECK_HYPH(gb, "a", 1, 1, "a");
	fo_hyph_free(h);
}

/* en means British English (UK users); unknown languages have none; a
 * file is loaded once whatever the names it is asked for under. */
static void test_choice(void)
{
	fo_hyph_t *h = fo_hyph_new(FO_HYPH_DIR);
	fo_hyph_dict_t *en = fo_hyph_dict(h, "en", NULL);
	CU_ASSERT_PTR_NOT_NULL(en);
	CU_ASSERT_PTR_EQUAL(fo_hyph_dict(h, "EN-gb", NULL), en);
	CU_ASSERT_PTR_EQUAL(fo_hyph_dict(h, "en", "GB"), en);
	CU_ASSERT_PTR_EQUAL(fo_hyph_dict(h, "en", "NZ"), en);  /* no en_NZ: en_GB */
	CU_ASSERT_PTR_NOT_EQUAL(fo_hyph_dict(h, "en-US", NULL), en);
	CU_ASSERT_PTR_NULL(fo_hyph_dict(h, "tlh", NULL));
	CU_ASSERT_PTR_NULL(fo_hyph_dict(h, "none", NULL));
	CU_ASSERT_PTR_NULL(fo_hyph_dict(h, NULL, NULL));
	CU_ASSERT_PTR_NULL(fo_hyph_dict(h, "../en", NULL));
	CU_ASSERT_PTR_EQUAL(fo_hyph_dict(h, "en", "/../GB"), en);  /* no path tricks */
	CU_ASSERT_EQUAL(fo_hyph_points(NULL, "partnership", 11, 2, 2, NULL, 0), 0);
	fo_hyph_free(h);
}

/* The computed style of the inner block of
 * <fo:block OUTER><fo:block INNER/></fo:block>; diagnostics go to d. */
static fo_style_t inner_style(const char *outer, const char *inner, diag_t *d)
{
	char xml[1024];
	snprintf(xml, sizeof xml, "<fo:block xmlns:fo='http://www.w3.org/1999/XSL/Format' %s>"
	         "<fo:block %s/></fo:block>", outer, inner);
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "h.fo", NULL, XML_PARSE_NONET);
	fo_style_t init, mid, out;
	fo_style_ctx_t ctx = { "h.fo", d };
	fo_style_init(&init);
	fo_style_compute(&mid, &init, xmlDocGetRootElement(doc), &ctx);
	fo_style_compute(&out, &mid, xmlDocGetRootElement(doc)->children, &ctx);
	xmlFreeDoc(doc);  /* the strings in out are not used after this */
	return out;
}

/* The hyphenation properties inherit; a language without patterns is
 * reported once, at the element that asks for hyphenation. */
static void test_properties(void)
{
	diag_t *d = diag_new();
	fo_style_t s = inner_style("hyphenate='true' xml:lang='en-GB'", "", d);
	CU_ASSERT(s.hyphenate);
	CU_ASSERT_EQUAL(s.hyph_push, 2);
	CU_ASSERT_EQUAL(s.hyph_remain, 2);
	CU_ASSERT_EQUAL(s.hyph_ladder, 0);
	CU_ASSERT_EQUAL(diag_len(d), 0);
	s = inner_style("hyphenation-push-character-count='3' hyphenation-ladder-count='2'",
	                "hyphenation-remain-character-count='4' hyphenation-ladder-count='no-limit'", d);
	CU_ASSERT_EQUAL(s.hyph_push, 3);
	CU_ASSERT_EQUAL(s.hyph_remain, 4);
	CU_ASSERT_EQUAL(s.hyph_ladder, 0);
	CU_ASSERT_EQUAL(diag_len(d), 0);
	inner_style("hyphenate='true' language='tlh'", "country='KL'", d);
	CU_ASSERT_EQUAL(diag_len(d), 1);  /* tlh, once whatever the country */
	inner_style("hyphenate='true' language='tlh'", "", d);
	CU_ASSERT_EQUAL(diag_len(d), 1);
	CU_ASSERT_PTR_NOT_NULL(strstr(diag_get(d, 0)->text, "'tlh'"));
	inner_style("hyphenation-character='--'", "hyphenation-push-character-count='-1'", d);
	CU_ASSERT_EQUAL(diag_len(d), 3);
	diag_free(d);
}

static CU_TestInfo tests[] = {
	{ "british patterns", test_british },
	{ "american patterns", test_american },
	{ "push and remain counts", test_counts },
	{ "dictionary choice and cache", test_choice },
	{ "properties and warnings", test_properties },
	CU_TEST_INFO_NULL,
};

UNIT_MAIN("fo_hyph", tests)
