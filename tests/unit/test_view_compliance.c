/* Unit tests for the compliance report's view (view/compliance.h): the
 * counts and verdict, levels errors first, clause groups in the
 * agreement's order with their heading and words, each finding's place
 * in the records relative to the partnership's folder, "today" capped by
 * the records' as-of date; and view_finding_add()'s file names.
 * Run from the top of the tree (make unit does). */
#include <stdlib.h>
#include <string.h>
#include <libxml/tree.h>

#include "model/model.h"
#include "model/query.h"
#include "unit.h"
#include "unit_xml.h"
#include "view/compliance.h"

static const date_t late = { 2026, 12, 31 };   /* after every sample's as-of date */

static model_t *load(const char *dir)
{
	setenv("LPDOC_DATADIR", ".", 0);
	diag_t *d = diag_new();
	model_t *m = model_load(dir, d);
	diag_print(d, stderr);
	diag_free(d);
	return m;
}

/* data/liverpool: the six breaches of BREACHES.md, one clause each, and
 * the warnings about members that have not returned their pro-forma for
 * the December 2025 review (three by name, then a count). */
static void test_liverpool(void)
{
	model_t *m = load("data/liverpool");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	xmlDocPtr v = view_compliance_build(m, late);
	unit_expect_xpath(v, "string(/compliance-report/@as-of)", "2026-07-24");
	unit_expect_xpath(v, "string(/compliance-report/partnership/@name)", "Liverpool Learning Partnership");
	unit_expect_xpath(v, "string(/compliance-report/agreement/@title)", "Memorandum of Understanding");
	unit_expect_xpath(v, "concat(//summary/@errors, ' ', //summary/@warnings, ' ', //summary/@notes)", "6 4 1");
	unit_expect_xpath(v, "string(//summary/@verdict)", "not-compliant");
	unit_expect_xpath(v, "count(//level)", "3");
	unit_expect_xpath(v, "concat(//level[1]/@name, ' ', //level[1]/@count)", "error 6");
	/* the agreement's order, not the files' */
	unit_expect_xpath(v, "concat(//clause[1]/@cite, ',', //clause[2]/@cite, ',', //clause[3]/@cite, ',', "
	                     "//clause[4]/@cite, ',', //clause[5]/@cite, ',', //clause[6]/@cite)",
	                  "MoU 1.1,MoU 2.3,MoU 2.7,MoU 3.1,MoU 3.3,MoU 5.1");
	unit_expect_xpath(v, "string(//clause[@cite='MoU 3.1']/@heading)", "Decision Making");
	unit_expect_xpath(v, "string(//clause[@cite='MoU 3.1']/text/p)",
	                  "The quorum for making decisions at the Executive Board is one third of the membership of that group.");
	unit_expect_xpath(v, "count(//clause[@cite='MoU 1.1']/text/list/li)", "10");
	/* the inquorate decision of 3 March was ratified on 17 March (a note), but
	 * its money was paid on 10 March, before that (an error) */
	unit_expect_xpath(v, "string(//clause[@cite='MoU 3.1']/finding[@level='error']/@where)", "finance.xml:242");
	unit_expect_xpath(v, "string(//clause[@cite='MoU 3.1']/finding[@level='error']/@name)", "spent-unratified");
	unit_expect_xpath(v, "string(//clause[@cite='MoU 3.1']/finding[@level='error'])",
	                  "£18,000 spent on 10 March 2026 against a decision the Executive Board took on 3 March 2026 "
	                  "while inquorate, which was ratified only on 17 March 2026");
	unit_expect_xpath(v, "string(//clause[@cite='MoU 3.1']/finding[@level='note']/@name)", "decision-ratified");
	unit_expect_xpath(v, "string(//clause[@cite='MoU 3.3']/finding/@where)", "finance.xml:246");
	unit_expect_xpath(v, "count(//finding)", "11");
	unit_expect_xpath(v, "count(//finding[@name='review-not-returned'])", "3");
	xmlFreeDoc(v);
	/* judged earlier, the summer's breaches have not happened yet */
	v = view_compliance_build(m, (date_t){ 2025, 10, 1 });
	unit_expect_xpath(v, "string(/compliance-report/@as-of)", "2025-10-01");
	unit_expect_xpath(v, "count(//finding[@cite='MoU 2.7'])", "0");
	xmlFreeDoc(v);
	model_free(m);
}

/* The index of the agreement's clause a group cites; nclauses for none. */
static size_t clause_pos(const model_t *m, xmlNode *group)
{
	const model_agreement_t *ag = &model_records(m)->agreement;
	xmlChar *cite = xmlGetProp(group, BAD_CAST "cite");
	size_t i = 0;
	char buf[128];
	for (; cite && i < ag->nclauses; i++) {
		model_cite(m, ag->clauses[i], buf, sizeof buf);
		if (strcmp(buf, (const char *)cite) == 0)
			break;
	}
	xmlFree(cite);
	return i;
}

/* data/leicester-primary has errors, warnings and notes: levels come
 * errors first, clause groups in the agreement's order within each, and
 * the counts add up. */
static void test_levels_and_order(void)
{
	model_t *m = load("data/liverpool");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	xmlDocPtr v = view_compliance_build(m, late);
	unit_expect_xpath(v, "concat(//level[1]/@name, ' ', //level[2]/@name, ' ', //level[3]/@name)",
	                  "error warning note");
	unit_expect_xpath(v, "string(//summary/@errors = count(//level[@name='error']//finding))", "true");
	unit_expect_xpath(v, "string(//summary/@notes = count(//level[@name='note']//finding))", "true");
	unit_expect_xpath(v, "string(count(//level[@name='warning']//finding) = //level[@name='warning']/@count)", "true");
	unit_expect_xpath(v, "count(//finding[@level != ../../@name])", "0");
	unit_expect_xpath(v, "count(//finding[@cite != ../@cite])", "0");
	xmlNode *root = xmlDocGetRootElement(v);
	size_t groups = 0;
	for (xmlNode *l = root->children; l; l = l->next) {
		if (l->type != XML_ELEMENT_NODE || strcmp((const char *)l->name, "level") != 0)
			continue;
		size_t prev = 0;
		for (xmlNode *g = l->children; g; g = g->next) {
			size_t pos = clause_pos(m, g);
			CU_ASSERT_TRUE(pos >= prev);
			prev = pos;
			groups++;
		}
	}
	CU_ASSERT_TRUE(groups >= 3);
	xmlFreeDoc(v);
	model_free(m);
}

static void test_verdicts(void)
{
	model_t *m = load("data/example");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	xmlDocPtr v = view_compliance_build(m, late);
	unit_expect_xpath(v, "string(//summary/@verdict)", "notes");
	/* the ratified decision of 14 November (MoU 3.1), then Hilltop's
	 * subscription (MoU 5): clauses in the agreement's order */
	unit_expect_xpath(v, "concat(count(//level), //level/@name, ' ', //clause[2]/@cite, ' ', //clause[2]/@heading)",
	                  "1note MoU 5 Review of the agreement");
	unit_expect_xpath(v, "concat(//clause[1]/@cite, ' ', //clause[1]/finding/@where, ' ', //clause[2]/finding/@where)",
	                  "MoU 3.1 meetings/eb.xml:64 members.xml:18");
	xmlFreeDoc(v);
	model_free(m);
	/* warnings only: a copy of the example with an action nobody owns */
	char dir[] = "/tmp/lpdoc-unit-XXXXXX", cmd[512];
	CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
	snprintf(cmd, sizeof cmd, "cp -R data/example/. %s && sed -i "
	         "'s/<action id=\"a-003\" owner=\"p-eve\"/<action id=\"a-003\"/' %s/meetings/eb.xml",
	         dir, dir);
	CU_ASSERT_EQUAL_FATAL(system(cmd), 0);
	m = load(dir);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	v = view_compliance_build(m, late);
	unit_expect_xpath(v, "string(//summary/@verdict)", "warnings");
	unit_expect_xpath(v, "concat(count(//level[@name='error']), //level[1]/@name)", "0warning");
	xmlFreeDoc(v);
	model_free(m);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	CU_ASSERT_EQUAL(system(cmd), 0);
}

static void expect_where(const char *file, const char *dir, const char *want)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNode *root = xmlNewDocNode(doc, NULL, BAD_CAST "r", NULL);
	xmlDocSetRootElement(doc, root);
	diag_msg_t g = { .file = (char *)file, .line = 7, .col = 3, .level = DIAG_WARNING,
	                 .clause = (char *)"MoU 2.1", .text = (char *)"the text" };
	view_finding_add(root, &g, dir);
	unit_expect_xpath(doc, "string(/r/finding/@where)", want);
	unit_expect_xpath(doc, "concat(/r/finding/@level, '|', /r/finding/@cite, '|', /r/finding)",
	                  "warning|MoU 2.1|the text");
	xmlFreeDoc(doc);
}

static void test_finding_where(void)
{
	expect_where("data/lv/meetings/eb.xml", "data/lv", "meetings/eb.xml:7");
	expect_where("data/lv/meetings/eb.xml", "data/lv/", "meetings/eb.xml:7");
	expect_where("data/lv//people.xml", "data/lv", "people.xml:7");
	expect_where("data/lv/meetings/eb.xml", NULL, "eb.xml:7");
	expect_where("data/lvx/eb.xml", "data/lv", "eb.xml:7");       /* a prefix, not the folder */
	expect_where("elsewhere/x/y.xml", "data/lv", "y.xml:7");
	expect_where("plain.xml", "data/lv", "plain.xml:7");
}

static CU_TestInfo tests[] = {
	{ "liverpool: the six breaches by clause", test_liverpool },
	{ "levels errors first, clauses in the agreement's order", test_levels_and_order },
	{ "verdicts: notes only, warnings only", test_verdicts },
	{ "where: file relative to the folder", test_finding_where },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("view_compliance", tests)
