/* The not-compliant mark (common.xsl's lp-not-compliant-mark): every
 * document stylesheet, rendered through doc_open/doc_write with the
 * parameter not-compliant = 'yes', says "NOT COMPLIANT — see compliance
 * report" on every page; without it, no page does; and the mark takes no
 * room from the body: the same pages, each with the same text besides
 * the mark.  Documents of data/example, read back with pdftotext.
 * Run from the top of the tree (make unit does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libxml/tree.h>

#include "doc/doc.h"
#include "model/model.h"
#include "model/query.h"
#include "unit.h"
#include "util/buf.h"
#include "util/xalloc.h"
#include "view/minutes.h"
#include "view/pack.h"
#include "view/plan.h"
#include "view/proforma.h"
#include "view/report.h"

#define MARK "NOT COMPLIANT — see compliance report"

static const date_t today = { 2025, 12, 19 };

static model_t *load(void)
{
	setenv("LPDOC_DATADIR", ".", 0);
	diag_t *d = diag_new();
	model_t *m = model_load("data/example", d);
	diag_print(d, stderr);
	diag_free(d);
	return m;
}

/* The text of the PDF at path, pages separated by form feeds (pdftotext's
 * own separator); the caller frees it. */
static char *pdf_text(const char *path)
{
	char *cmd = xasprintf("pdftotext -enc UTF-8 '%s' -", path);
	FILE *p = popen(cmd, "r");
	free(cmd);
	buf_t b = BUF_INIT;
	int ch;
	while (p && (ch = fgetc(p)) != EOF)
		buf_putc(&b, (char)ch);
	if (p)
		pclose(p);
	char *s = xstrdup(buf_str(&b));
	buf_free(&b);
	return s;
}

/* Renders view through stylesheet into dir/name.pdf; returns the text. */
static char *render(const char *stylesheet, xmlDocPtr view, const char *const *params,
                    const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s.pdf", dir, name);
	diag_t *d = diag_new();
	doc_t *doc = doc_open(stylesheet, "data/example", d);
	CU_ASSERT_PTR_NOT_NULL(doc);
	char *text = NULL;
	if (doc) {
		doc_options_t opt;
		doc_options_init(&opt);
		CU_ASSERT_EQUAL(doc_write(doc, view, params, path, path, &opt, d, NULL), 0);
		doc_close(doc);
		text = pdf_text(path);
	}
	diag_print(d, stderr);
	diag_free(d);
	unlink(path);
	free(path);
	return text ? text : xstrdup("");
}

/* The next page of *s (up to a form feed) into a new string; NULL at the end. */
static char *page_next(const char **s)
{
	const char *ff = strchr(*s, '\f');
	if (ff == NULL)
		return NULL;
	char *page = xcalloc((size_t)(ff - *s) + 1, 1);
	memcpy(page, *s, (size_t)(ff - *s));
	*s = ff + 1;
	return page;
}

/* page without its line holding the mark (and the blank line after it,
 * which pdftotext writes between blocks); the caller frees it. */
static char *page_unmarked(const char *page)
{
	const char *at = strstr(page, MARK);
	if (at == NULL)
		return xstrdup(page);
	const char *rest = at + strlen(MARK);
	while (*rest == '\n')
		rest++;
	return xasprintf("%.*s%s", (int)(at - page), page, rest);
}

/* Both renderings of one view, compared page by page. */
static void expect_marked(const char *stylesheet, xmlDocPtr view, const char *name)
{
	static const char *const marked[] = { "not-compliant", "yes", NULL };
	CU_ASSERT_PTR_NOT_NULL_FATAL(view);
	char dir[] = "/tmp/lpdoc-mark.XXXXXX";
	CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
	char *with = render(stylesheet, view, marked, dir, "with");
	char *without = render(stylesheet, view, NULL, dir, "without");
	rmdir(dir);
	CU_ASSERT_PTR_NULL(strstr(without, "NOT COMPLIANT"));
	const char *a = with, *b = without;
	char *pa, *pb;
	size_t pages = 0;
	while ((pa = page_next(&a)) != NULL) {
		pb = page_next(&b);
		pages++;
		if (strstr(pa, MARK) == NULL)
			fprintf(stderr, "\n%s: page %zu has no mark\n", name, pages);
		CU_ASSERT_PTR_NOT_NULL(strstr(pa, MARK));
		char *bare = page_unmarked(pa);
		if (pb == NULL || strcmp(bare, pb) != 0)
			fprintf(stderr, "\n%s: page %zu differs besides the mark\n", name, pages);
		CU_ASSERT_TRUE(pb != NULL && strcmp(bare, pb) == 0);
		free(bare);
		free(pa);
		free(pb);
	}
	CU_ASSERT_PTR_NULL(page_next(&b));   /* no page more without the mark */
	CU_ASSERT_TRUE(pages > 0);
	free(with);
	free(without);
	xmlFreeDoc(view);
}

static void test_minutes_and_pack(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	view_minutes_opt_t opt = { 0, today, 1 };
	const model_meeting_t *mt = model_meeting_find(m, "eb-2025-12-02");
	CU_ASSERT_PTR_NOT_NULL_FATAL(mt);
	expect_marked("minutes.xsl", view_minutes_build(m, mt, &opt), "minutes");
	const model_term_t *t = model_term_find(m, "2025-autumn");
	CU_ASSERT_PTR_NOT_NULL_FATAL(t);
	expect_marked("pack.xsl", view_pack_build(m, t, &opt), "pack");
	model_free(m);
}

static void test_yearly(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	diag_t *d = diag_new();
	expect_marked("report.xsl", view_report_build(m, "2025-26", today, d), "annual report");
	expect_marked("report.xsl", view_performance_plan_build(m, "2025-26", today, d),
	              "performance plan");
	expect_marked("plan.xsl", view_plan_build(m, "2025-26", today, d), "delivery plan");
	CU_ASSERT_EQUAL(diag_count(d, DIAG_ERROR), 0);
	diag_free(d);
	model_free(m);
}

static void test_proforma_and_agreement(void)
{
	model_t *m = load();
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	size_t n;
	view_review_t rv;
	view_review_compute(m, today, NULL, &rv);
	const model_member_t **schools = view_proforma_members(m, &rv, 0, &n);
	CU_ASSERT_TRUE_FATAL(n >= 2);
	expect_marked("proforma.xsl", view_proforma_build(m, NULL, DATE_NONE, schools, 2), "pro-formas");
	free(schools);
	diag_t *d = diag_new();
	expect_marked("agreement.xsl", view_agreement_build(m, d), "agreement");
	diag_free(d);
	model_free(m);
}

static CU_TestInfo tests[] = {
	{ "minutes and pack: the mark on every page", test_minutes_and_pack },
	{ "annual report, performance plan, delivery plan", test_yearly },
	{ "pro-formas and agreement", test_proforma_and_agreement },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("doc_mark", tests)
