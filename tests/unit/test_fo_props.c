/* Unit tests for src/fo/fo_props: lengths, colours, shorthands, inheritance. */
#include <math.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "unit.h"
#include "fo/fo_props.h"
#include "util/diag.h"

#define NEAR(a, b) (fabs((a) - (b)) < 1e-6)

static void test_lengths(void)
{
	fo_len_t l;
	CU_ASSERT_EQUAL(fo_len_parse("12pt", 10, &l), 0);
	CU_ASSERT(NEAR(l.pt, 12) && l.pct == 0);
	CU_ASSERT_EQUAL(fo_len_parse("25.4mm", 10, &l), 0);
	CU_ASSERT(NEAR(l.pt, 72));
	CU_ASSERT_EQUAL(fo_len_parse("2.54cm", 10, &l), 0);
	CU_ASSERT(NEAR(l.pt, 72));
	CU_ASSERT_EQUAL(fo_len_parse("1in", 10, &l), 0);
	CU_ASSERT(NEAR(l.pt, 72));
	CU_ASSERT_EQUAL(fo_len_parse("96px", 10, &l), 0);
	CU_ASSERT(NEAR(l.pt, 72));
	CU_ASSERT_EQUAL(fo_len_parse("1pc", 10, &l), 0);
	CU_ASSERT(NEAR(l.pt, 12));
	CU_ASSERT_EQUAL(fo_len_parse("1.5em", 10, &l), 0);
	CU_ASSERT(NEAR(l.pt, 15));
	CU_ASSERT_EQUAL(fo_len_parse(" 50% ", 10, &l), 0);
	CU_ASSERT(l.pt == 0 && NEAR(l.pct, 50));
	CU_ASSERT(NEAR(fo_len_resolve(l, 300), 150));
	CU_ASSERT_EQUAL(fo_len_parse("-3pt", 10, &l), 0);
	CU_ASSERT(NEAR(l.pt, -3));
	CU_ASSERT_EQUAL(fo_len_parse("0", 10, &l), 0);
	CU_ASSERT_EQUAL(fo_len_parse("12", 10, &l), 0);  /* points, as FOP reads it */
	CU_ASSERT(NEAR(l.pt, 12));
	/* Expressions (XSL 1.1 5.9). */
	CU_ASSERT_EQUAL(fo_len_parse("4.5 * 14.4pt", 10, &l), 0);
	CU_ASSERT(NEAR(l.pt, 64.8));
	CU_ASSERT_EQUAL(fo_len_parse("(10pt + 2pt) div 2", 10, &l), 0);
	CU_ASSERT(NEAR(l.pt, 6));
	CU_ASSERT_EQUAL(fo_len_parse("max(1em, 4pt) - -(2pt)", 10, &l), 0);
	CU_ASSERT(NEAR(l.pt, 12));
	CU_ASSERT_EQUAL(fo_len_parse("50% - 10pt", 10, &l), 0);
	CU_ASSERT(NEAR(l.pt, -10) && NEAR(l.pct, 50));
	CU_ASSERT_EQUAL(fo_len_parse("round(2.5) * 1pt + 10 mod 4 * 1pt", 10, &l), 0);
	CU_ASSERT(NEAR(l.pt, 5));
	CU_ASSERT_EQUAL(fo_len_parse("1pt + 2", 10, &l), -1);
	CU_ASSERT_EQUAL(fo_len_parse("2pt * 3pt", 10, &l), -1);
	CU_ASSERT_EQUAL(fo_len_parse("10pt mod 4pt", 10, &l), -1);
	CU_ASSERT_EQUAL(fo_len_parse("1pt div 0", 10, &l), -1);
	CU_ASSERT_EQUAL(fo_len_parse("(1pt", 10, &l), -1);
	CU_ASSERT_EQUAL(fo_len_parse("12 pt", 10, &l), -1);
	CU_ASSERT_EQUAL(fo_len_parse("12parsecs", 10, &l), -1);
	CU_ASSERT_EQUAL(fo_len_parse("pt", 10, &l), -1);
	CU_ASSERT_EQUAL(fo_len_parse("", 10, &l), -1);
}

static void test_colours(void)
{
	fo_color_t c;
	CU_ASSERT_EQUAL(fo_color_parse("#f00", &c), 0);
	CU_ASSERT(NEAR(c.r, 1) && NEAR(c.g, 0) && NEAR(c.b, 0) && NEAR(c.a, 1));
	CU_ASSERT_EQUAL(fo_color_parse("#0055AA", &c), 0);
	CU_ASSERT(NEAR(c.g, 0x55 / 255.0) && NEAR(c.b, 0xAA / 255.0));
	CU_ASSERT_EQUAL(fo_color_parse("navy", &c), 0);
	CU_ASSERT(NEAR(c.b, 128 / 255.0) && c.r == 0);
	CU_ASSERT_EQUAL(fo_color_parse("Grey", &c), 0);
	CU_ASSERT(NEAR(c.r, 128 / 255.0));
	CU_ASSERT_EQUAL(fo_color_parse("rgb(255, 128, 0)", &c), 0);
	CU_ASSERT(NEAR(c.r, 1) && NEAR(c.g, 128 / 255.0) && c.b == 0);
	CU_ASSERT_EQUAL(fo_color_parse("rgb(100%,0%,50%)", &c), 0);
	CU_ASSERT(NEAR(c.r, 1) && NEAR(c.b, 0.5));
	CU_ASSERT_EQUAL(fo_color_parse("rgb-icc(0, 128, 0, #CMYK, 1, 0, 1, 0)", &c), 0);
	CU_ASSERT(c.r == 0 && NEAR(c.g, 128 / 255.0) && c.b == 0);
	CU_ASSERT_EQUAL(fo_color_parse("system-color( navy )", &c), 0);
	CU_ASSERT(NEAR(c.b, 128 / 255.0) && c.r == 0);
	CU_ASSERT_EQUAL(fo_color_parse("system-color(ButtonText)", &c), -1);
	CU_ASSERT_EQUAL(fo_color_parse("transparent", &c), 0);
	CU_ASSERT(c.a == 0);
	CU_ASSERT_EQUAL(fo_color_parse("#12", &c), -1);
	CU_ASSERT_EQUAL(fo_color_parse("#ggg", &c), -1);
	CU_ASSERT_EQUAL(fo_color_parse("rgb(1,2)", &c), -1);
	CU_ASSERT_EQUAL(fo_color_parse("reddish", &c), -1);
}

/* Builds <fo:block ATTRS/> inside <fo:block PARENT_ATTRS> and computes
 * both styles. */
typedef struct fixture {
	xmlDocPtr doc;
	diag_t *d;
	fo_style_t root, parent, child;
} fixture_t;

/* The styles of a child fo:block in a parent element (fo:block unless
 * given) with these attributes. */
static void fixture_build_in(fixture_t *f, const char *parent, const char *parent_attrs,
                             const char *attrs)
{
	char xml[2048];
	snprintf(xml, sizeof xml,
	         "<fo:%s xmlns:fo='http://www.w3.org/1999/XSL/Format' %s>"
	         "<fo:block %s/></fo:%s>", parent, parent_attrs, attrs, parent);
	f->doc = xmlReadMemory(xml, (int)strlen(xml), "t.fo", NULL, XML_PARSE_NONET);
	CU_ASSERT_PTR_NOT_NULL_FATAL(f->doc);
	f->d = diag_new();
	fo_style_ctx_t ctx = { "t.fo", f->d };
	xmlNode *p = xmlDocGetRootElement(f->doc);
	xmlNode *c = p->children;
	fo_style_init(&f->root);
	fo_style_compute(&f->parent, &f->root, p, &ctx);
	fo_style_compute(&f->child, &f->parent, c, &ctx);
}

static void fixture_build(fixture_t *f, const char *parent_attrs, const char *attrs)
{
	fixture_build_in(f, "block", parent_attrs, attrs);
}

static void fixture_free(fixture_t *f)
{
	xmlFreeDoc(f->doc);
	diag_free(f->d);
}

static void test_inheritance(void)
{
	fixture_t f;
	fixture_build(&f, "font-size='20pt' color='red' font-weight='bold' "
	              "space-before='6pt' background-color='yellow' text-align='center'",
	              "font-size='50%' padding='1em'");
	CU_ASSERT(NEAR(f.child.font_size, 10));          /* % of the parent's */
	CU_ASSERT(NEAR(f.child.color.r, 1));             /* inherited */
	CU_ASSERT_EQUAL(f.child.font_weight, 700);
	CU_ASSERT_EQUAL(f.child.text_align, FO_ALIGN_CENTER);
	CU_ASSERT(NEAR(f.child.space_before.opt, 0));    /* not inherited */
	CU_ASSERT(f.child.background.a == 0);
	CU_ASSERT(NEAR(f.child.padding[FO_SIDE_START].pt, 10));  /* em of its own size */
	CU_ASSERT_EQUAL(diag_len(f.d), 0);
	fixture_free(&f);

	fixture_build(&f, "font-size='10pt'", "font-size='larger' font-weight='bolder'");
	CU_ASSERT(NEAR(f.child.font_size, 12));
	CU_ASSERT_EQUAL(f.child.font_weight, 700);
	fixture_free(&f);
}

static void test_shorthands(void)
{
	fixture_t f;
	fixture_build(&f, "", "margin='1pt 2pt 3pt' padding='4pt 5pt' "
	              "border='2pt solid #00f' border-left-style='dashed' "
	              "space-after='3pt' space-after.conditionality='retain'");
	CU_ASSERT(NEAR(f.child.margin[FO_SIDE_BEFORE].pt, 1));
	CU_ASSERT(NEAR(f.child.margin[FO_SIDE_END].pt, 2));
	CU_ASSERT(NEAR(f.child.margin[FO_SIDE_AFTER].pt, 3));
	CU_ASSERT(NEAR(f.child.margin[FO_SIDE_START].pt, 2));
	CU_ASSERT(NEAR(f.child.padding[FO_SIDE_BEFORE].pt, 4));
	CU_ASSERT(NEAR(f.child.padding[FO_SIDE_START].pt, 5));
	CU_ASSERT(NEAR(f.child.border[FO_SIDE_AFTER].width, 2));
	CU_ASSERT(NEAR(f.child.border[FO_SIDE_AFTER].color.b, 1));
	/* the specific property wins over the shorthand whatever the order */
	CU_ASSERT_EQUAL(f.child.border[FO_SIDE_START].style, FO_BORDER_DASHED);
	/* margin-left feeds start-indent: margin + border + padding */
	CU_ASSERT(NEAR(f.child.start_indent.pt, 2 + 2 + 5));
	CU_ASSERT(NEAR(f.child.space_before.opt, 1));    /* from margin-top */
	CU_ASSERT(NEAR(f.child.space_after.opt, 3));
	CU_ASSERT(f.child.space_after.retain);
	fixture_free(&f);

	fixture_build(&f, "", "font='italic bold 14pt/18pt Times, serif' "
	              "border-width='thin' border-style='solid'");
	CU_ASSERT(f.child.italic);
	CU_ASSERT_EQUAL(f.child.font_weight, 700);
	CU_ASSERT(NEAR(f.child.font_size, 14));
	CU_ASSERT_EQUAL(f.child.lh_kind, FO_LH_ABS);
	CU_ASSERT(NEAR(fo_style_line_height(&f.child), 18));
	CU_ASSERT_STRING_EQUAL(f.child.family, "Liberation Serif");
	CU_ASSERT(NEAR(f.child.border[FO_SIDE_BEFORE].width, 0.5));
	fixture_free(&f);
}

static void test_keeps_breaks_whitespace(void)
{
	fixture_t f;
	fixture_build(&f, "keep-together.within-page='always'",
	              "keep-with-next='5' break-before='odd-page' white-space='pre' "
	              "line-height='1.5' widows='3' text-decoration='underline line-through'");
	CU_ASSERT_EQUAL(f.child.keep_together, FO_KEEP_ALWAYS);   /* inherited */
	CU_ASSERT_EQUAL(f.child.keep_with_next, FO_KEEP_INTEGER);  /* any integer, as FOP */
	CU_ASSERT_EQUAL(f.child.break_before, FO_BREAK_ODD);
	CU_ASSERT(f.child.lf_treatment == FO_LF_PRESERVE && !f.child.collapse && f.child.nowrap);
	CU_ASSERT(NEAR(fo_style_line_height(&f.child), 18));
	CU_ASSERT_EQUAL(f.child.widows, 3);
	CU_ASSERT_EQUAL(f.child.orphans, 2);
	CU_ASSERT_EQUAL(f.child.decoration, FO_DECO_UNDERLINE | FO_DECO_LINE_THROUGH);
	fixture_free(&f);
}

/* The properties that share a parser each set their own field. */
static void test_shared_parsers(void)
{
	fixture_t f;
	fixture_build(&f, "language='en' hyphenate='true'",
	              "orphans='4' break-after='even-page' background-color='red' "
	              "text-align-last='relative' white-space-collapse='false' country='GB' "
	              "margin='1pt auto' padding='1pt 2pt 3pt'");
	CU_ASSERT_EQUAL(f.child.orphans, 4);
	CU_ASSERT_EQUAL(f.child.widows, 2);
	CU_ASSERT_EQUAL(f.child.break_after, FO_BREAK_EVEN);
	CU_ASSERT_EQUAL(f.child.break_before, FO_BREAK_AUTO);
	CU_ASSERT(NEAR(f.child.background.r, 1) && NEAR(f.child.color.r, 0));
	CU_ASSERT_EQUAL(f.child.text_align_last, FO_ALIGN_RELATIVE);
	CU_ASSERT_EQUAL(f.child.text_align, FO_ALIGN_START);
	CU_ASSERT(!f.child.collapse && f.child.hyphenate);
	CU_ASSERT_STRING_EQUAL(f.child.language, "en");
	CU_ASSERT_STRING_EQUAL(f.child.country, "GB");
	CU_ASSERT(NEAR(f.child.margin[FO_SIDE_BEFORE].pt, 1) && NEAR(f.child.margin[FO_SIDE_END].pt, 0));
	CU_ASSERT(f.child.margin_set[FO_SIDE_END]);
	CU_ASSERT(NEAR(f.child.padding[FO_SIDE_START].pt, 2) && NEAR(f.child.padding[FO_SIDE_AFTER].pt, 3));
	CU_ASSERT_EQUAL(diag_len(f.d), 0);
	fixture_free(&f);
	/* relative is for text-align-last only; auto for margin only */
	fixture_build(&f, "", "text-align='relative' padding='auto' widows='0'");
	CU_ASSERT_EQUAL(f.child.text_align, FO_ALIGN_START);
	CU_ASSERT_EQUAL(diag_len(f.d), 3);
	fixture_free(&f);
}

static void test_reports_once(void)
{
	fixture_t f;
	fixture_build(&f, "colour='red' font-weight='heavy'", "colour='blue' font-family='Comic Sans'");
	/* colour reported once, heavy once, the unknown family once */
	CU_ASSERT_EQUAL(diag_len(f.d), 3);
	CU_ASSERT_EQUAL(diag_worst(f.d), DIAG_WARNING);
	CU_ASSERT_PTR_NOT_NULL(strstr(diag_get(f.d, 0)->text, "colour"));
	CU_ASSERT_STRING_EQUAL(f.child.family, "Liberation Sans");
	CU_ASSERT_EQUAL(f.child.font_weight, 400);
	CU_ASSERT(fo_prop_known("master-name"));
	CU_ASSERT(fo_prop_known("border-before-width.conditionality"));
	CU_ASSERT(!fo_prop_known("colour"));
	fixture_free(&f);
}

static void test_lengths_out_of_range(void)
{
	fo_len_t l;
	CU_ASSERT_EQUAL(fo_len_parse("200in", 10, &l), 0);
	CU_ASSERT_EQUAL(fo_len_parse("-200in", 10, &l), 0);
	CU_ASSERT_EQUAL(fo_len_parse("201in", 10, &l), FO_LEN_OUT_OF_RANGE);
	CU_ASSERT_EQUAL(fo_len_parse("1e9pt", 10, &l), FO_LEN_OUT_OF_RANGE);
	CU_ASSERT_EQUAL(fo_len_parse("-1e9mm", 10, &l), FO_LEN_OUT_OF_RANGE);
	CU_ASSERT_EQUAL(fo_len_parse("1e6%", 10, &l), FO_LEN_OUT_OF_RANGE);
	CU_ASSERT_EQUAL(fo_len_parse("1e300em", 10, &l), FO_LEN_OUT_OF_RANGE);
	CU_ASSERT_EQUAL(fo_len_parse("1e999pt", 10, &l), -1);
}

/* rl-tb: left and right are the end and start sides; text-align left
 * and right too; start and end stay.  writing-mode on a block is ignored
 * with a warning, a vertical one is laid out lr-tb with a warning. */
static void test_writing_mode(void)
{
	fixture_t f;
	fixture_build_in(&f, "block-container", "writing-mode='rl-tb'",
	                 "margin-left='1pt' padding='2pt 3pt 4pt 5pt' border-right-width='6pt' "
	                 "border-right-style='solid' padding-start='7pt' text-align='left'");
	CU_ASSERT(f.parent.rtl);
	CU_ASSERT(f.child.rtl);                                   /* inherited */
	CU_ASSERT(NEAR(f.child.margin[FO_SIDE_END].pt, 1));
	CU_ASSERT(NEAR(f.child.padding[FO_SIDE_END].pt, 5));      /* the left one */
	CU_ASSERT(NEAR(f.child.padding[FO_SIDE_START].pt, 7));    /* start wins over right */
	CU_ASSERT(NEAR(f.child.border[FO_SIDE_START].width, 6));  /* the right one */
	CU_ASSERT_EQUAL(f.child.text_align, FO_ALIGN_END);
	CU_ASSERT(NEAR(f.child.end_indent.pt, 1 + 5));            /* margin-left + padding */
	CU_ASSERT_EQUAL(diag_len(f.d), 0);
	fixture_free(&f);

	fixture_build_in(&f, "block-container", "writing-mode='tb-rl'", "writing-mode='rl-tb'");
	CU_ASSERT(!f.parent.rtl);
	CU_ASSERT(!f.child.rtl);
	CU_ASSERT_EQUAL(diag_len(f.d), 2);
	fixture_free(&f);
}

static CU_TestInfo tests[] = {
	{ "lengths in pt/mm/cm/in/px/pc/em/%", test_lengths },
	{ "lengths beyond the largest PDF page are refused", test_lengths_out_of_range },
	{ "colours #rgb/#rrggbb/names/rgb()", test_colours },
	{ "inheritance", test_inheritance },
	{ "shorthands", test_shorthands },
	{ "keeps, breaks, white space", test_keeps_breaks_whitespace },
	{ "unknown properties reported once", test_reports_once },
	{ "shared parsers set their own fields", test_shared_parsers },
	{ "writing-mode rl-tb maps left and right", test_writing_mode },
	CU_TEST_INFO_NULL,
};

UNIT_MAIN("fo_props", tests)
