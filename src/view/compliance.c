/* compliance: the view of the compliance report (see compliance.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check/check.h"
#include "../model/query.h"
#include "../util/xalloc.h"
#include "brand.h"
#include "compliance.h"
#include "vxml.h"

/* The file of a finding as the reader looks for it: relative to the
 * partnership's folder when it lies there, else its last component. */
static const char *finding_file(const char *file, const char *dir)
{
	size_t n = dir ? strlen(dir) : 0;
	while (n > 0 && dir[n - 1] == '/')
		n--;
	if (n > 0 && strncmp(file, dir, n) == 0 && file[n] == '/') {
		file += n;
		while (*file == '/')
			file++;
		return file;
	}
	const char *base = strrchr(file, '/');
	return base ? base + 1 : file;
}

xmlNode *view_finding_add(xmlNode *parent, const diag_msg_t *g, const char *dir)
{
	xmlNode *e = vxml_text_node(parent, "finding", g->text);
	vxml_attr(e, "level", diag_level_name(g->level));
	vxml_attr(e, "cite", g->clause);
	if (g->file) {
		char where[512];
		snprintf(where, sizeof where, "%s:%u", finding_file(g->file, dir), g->line);
		vxml_attr(e, "where", where);
	}
	return e;
}

xmlNode *view_finding_add_meeting(xmlNode *parent, const model_t *m, const diag_msg_t *g)
{
	xmlNode *e = vxml_text_node(parent, "finding", g->text);
	vxml_attr(e, "level", diag_level_name(g->level));
	vxml_attr(e, "cite", g->clause);
	const model_meeting_t *mt = check_finding_meeting(m, g);
	if (mt && mt->body)
		vxml_attr(e, "body-name", mt->body->name);
	if (mt)
		vxml_date(e, "meeting-date", mt->date);
	return e;
}

/* A finding with the place of its clause in the agreement. */
typedef struct entry {
	const diag_msg_t *g;
	size_t clause;           /* index in the agreement's clauses; nclauses: none */
	size_t order;            /* after diag_sort: file, line, arrival */
} entry_t;

static int entry_cmp(const void *a, const void *b)
{
	const entry_t *x = a, *y = b;
	if (x->g->level != y->g->level)
		return x->g->level > y->g->level ? -1 : 1;   /* errors first */
	if (x->clause != y->clause)
		return x->clause < y->clause ? -1 : 1;
	/* clauses the agreement does not have: by their citation */
	int c = strcmp(x->g->clause ? x->g->clause : "", y->g->clause ? y->g->clause : "");
	if (c != 0)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* The index of the agreement's clause that cite names, or nclauses. */
static size_t clause_index(const model_t *m, const char *cite)
{
	const model_agreement_t *ag = &model_records(m)->agreement;
	char buf[128];
	for (size_t i = 0; cite && i < ag->nclauses; i++) {
		model_cite(m, ag->clauses[i], buf, sizeof buf);
		if (strcmp(buf, cite) == 0)
			return i;
	}
	return ag->nclauses;
}

/* <clause cite num heading> with the clause's words (its paragraphs and
 * lists, not its sub-clauses) as <text>:
 * the heading is the clause's title or, for a numbered sub-clause, its
 * nearest titled ancestor's. */
static xmlNode *group_open(xmlNode *parent, const model_t *m, const entry_t *e)
{
	const model_agreement_t *ag = &model_records(m)->agreement;
	xmlNode *n = vxml_node(parent, "clause");
	vxml_attr(n, "cite", e->g->clause);
	if (e->clause >= ag->nclauses)
		return n;
	const model_clause_t *c = ag->clauses[e->clause];
	vxml_attr(n, "num", c->num);
	const model_clause_t *t = c;
	while (t && t->title == NULL)
		t = t->parent;
	if (t)
		vxml_attr(n, "heading", t->title);
	vxml_prose_node(n, "text", &c->content);
	return n;
}

static int same_group(const entry_t *a, const entry_t *b)
{
	if (a->g->level != b->g->level || a->clause != b->clause)
		return 0;
	return strcmp(a->g->clause ? a->g->clause : "", b->g->clause ? b->g->clause : "") == 0;
}

static const char *verdict(const size_t count[])
{
	if (count[DIAG_ERROR] + count[DIAG_FATAL])
		return "not-compliant";
	if (count[DIAG_WARNING])
		return "warnings";
	return count[DIAG_NOTE] ? "notes" : "clear";
}

static void summary_add(xmlNode *root, const diag_t *d)
{
	size_t count[DIAG_FATAL + 1] = { 0 };
	for (size_t i = 0; i < diag_len(d); i++)
		count[diag_get(d, i)->level]++;
	xmlNode *s = vxml_node(root, "summary");
	vxml_uint(s, "errors", count[DIAG_ERROR] + count[DIAG_FATAL]);
	vxml_uint(s, "warnings", count[DIAG_WARNING]);
	vxml_uint(s, "notes", count[DIAG_NOTE]);
	vxml_attr(s, "verdict", verdict(count));
}

/* The findings, by level and clause; e is sorted by entry_cmp. */
static void levels_add(xmlNode *root, const model_t *m, const check_t *c, const entry_t *e,
                       size_t n)
{
	const char *dir = model_records(m)->dir;
	xmlNode *level = NULL, *group = NULL;
	for (size_t i = 0; i < n; i++) {
		if (i == 0 || e[i].g->level != e[i - 1].g->level) {
			level = vxml_node(root, "level");
			vxml_attr(level, "name", diag_level_name(e[i].g->level));
			size_t k = i;
			while (k < n && e[k].g->level == e[i].g->level)
				k++;
			vxml_uint(level, "count", k - i);
		}
		if (i == 0 || !same_group(&e[i], &e[i - 1]))
			group = group_open(level, m, &e[i]);
		xmlNode *f = view_finding_add(group, e[i].g, dir);
		const check_msg_info_t *info = check_msg_info(check_msg_of(c, e[i].g->seq));
		if (info)
			vxml_attr(f, "name", info->name);
	}
}

static void agreement_add(xmlNode *root, const model_t *m)
{
	const model_agreement_t *ag = &model_records(m)->agreement;
	xmlNode *n = vxml_node(root, "agreement");
	vxml_attr(n, "title", ag->title);
	vxml_attr(n, "short", ag->short_name);
	vxml_date(n, "date", ag->date);
}

xmlDocPtr view_compliance_build(const model_t *m, date_t today)
{
	xmlNode *root;
	xmlDocPtr doc = vxml_doc_new("compliance-report", &root);
	diag_t *d = diag_new();
	check_t *c = check_new(m, today, d);
	check_run(c);
	diag_sort(d);
	vxml_date(root, "today", today);
	vxml_date(root, "as-of", check_date(c));
	view_brand(root, m);
	agreement_add(root, m);
	summary_add(root, d);
	size_t n = diag_len(d);
	entry_t *e = xcalloc(n ? n : 1, sizeof *e);
	for (size_t i = 0; i < n; i++) {
		e[i].g = diag_get(d, i);
		e[i].clause = clause_index(m, e[i].g->clause);
		e[i].order = i;
	}
	qsort(e, n, sizeof *e, entry_cmp);
	levels_add(root, m, c, e, n);
	free(e);
	check_free(c);
	diag_free(d);
	return doc;
}
