/* schema: RELAX NG validation of record files (see internal.h).
 *
 * The schemas are ours and trusted, but they are still read through
 * xml_safe_read_file, and their <include>s are spliced in here rather
 * than left to libxml2, so validation never opens a file or URL that is
 * not data/schema/<name>.rng. */
#include <stdlib.h>
#include <string.h>
#include <libxml/relaxng.h>

#include "../util/paths.h"
#include "../util/xalloc.h"
#include "../util/xmlsafe.h"
#include "internal.h"
#include "schema_hint.h"
#include "schema_pattern.h"

#define SCHEMA_KINDS 8
static const char *const schema_kinds[SCHEMA_KINDS] = {
	"partnership", "members", "people", "calendar", "meetings", "finance",
	"performance", "plans"
};

typedef struct schema_entry {
	xmlRelaxNGPtr rng;
	schema_hint_t *hint;
	xmlRelaxNGPtr loose;     /* rng without its pattern facets, tried first */
	schema_pattern_t *patterns;   /* with it: the facets, compiled once */
	int failed;              /* loading was tried and failed */
} schema_entry_t;

struct model_schemas {
	schema_entry_t entries[SCHEMA_KINDS];
};

model_schemas_t *model_schemas_new(void)
{
	return xcalloc(1, sizeof(model_schemas_t));
}

void model_schemas_free(model_schemas_t *s)
{
	if (s == NULL)
		return;
	for (int i = 0; i < SCHEMA_KINDS; i++) {
		xmlRelaxNGFree(s->entries[i].rng);
		schema_hint_free(s->entries[i].hint);
		xmlRelaxNGFree(s->entries[i].loose);
		schema_pattern_free(s->entries[i].patterns);
	}
	free(s);
}

/* Replaces each <include href="x.rng"/> child of the grammar by the
 * children of x.rng's own grammar (our includes never override). */
static int schema_splice_includes(xmlDocPtr doc, const char *dir, diag_t *d)
{
	xmlNode *grammar = xmlDocGetRootElement(doc);
	for (xmlNode *n = grammar ? grammar->children : NULL, *next; n; n = next) {
		next = n->next;
		if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, "include") != 0)
			continue;
		xmlChar *href = xmlGetProp(n, (const xmlChar *)"href");
		if (href == NULL || strchr((const char *)href, '/') || strchr((const char *)href, ':')) {
			model_report(d, dir, 0, 0, MODEL_MSG_SCHEMA_INCLUDE, href ? (const char *)href : "");
			xmlFree(href);
			return -1;
		}
		char *path = paths_join(dir, (const char *)href);
		xmlFree(href);
		xmlDocPtr inc = xml_safe_read_file(path, NULL, d);
		free(path);
		if (inc == NULL)
			return -1;
		xmlNode *inc_root = xmlDocGetRootElement(inc);
		for (xmlNode *c = inc_root ? inc_root->children : NULL; c; c = c->next)
			xmlAddPrevSibling(n, xmlDocCopyNode(c, doc, 1));
		xmlFreeDoc(inc);
		xmlUnlinkNode(n);
		xmlFreeNode(n);
	}
	return 0;
}

static void schema_parse_error(void *user, xmlErrorPtr err)
{
	diag_t *d = user;
	if (err)
		model_report(d, err->file, (unsigned)err->line, 0, MODEL_MSG_SCHEMA_BROKEN,
		             err->message ? err->message : "?");
}

static xmlRelaxNGPtr schema_parse(xmlDocPtr doc, diag_t *d)
{
	xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewDocParserCtxt(doc);
	xmlRelaxNGSetParserStructuredErrors(pc, schema_parse_error, d);
	xmlRelaxNGPtr rng = xmlRelaxNGParse(pc);
	xmlRelaxNGFreeParserCtxt(pc);
	return rng;
}

/* The grammar without its pattern facets, when schema_pattern can
 * place them all (see schema_pattern.h).  Should the copy not compile,
 * the whole grammar does all the work and nobody hears of it. */
static void schema_load_loose(schema_entry_t *e, xmlDocPtr doc)
{
	xmlDocPtr loose = NULL;
	e->patterns = schema_pattern_new(doc, &loose);
	if (e->patterns) {
		diag_t *quiet = diag_new();
		e->loose = schema_parse(loose, quiet);
		diag_free(quiet);
	}
	if (e->loose == NULL) {
		schema_pattern_free(e->patterns);
		e->patterns = NULL;
	}
	xmlFreeDoc(loose);
}

static xmlRelaxNGPtr schema_load(const char *kind, schema_entry_t *e, diag_t *d)
{
	char *dir = paths_data_file("data/schema");
	char *name = xasprintf("%s.rng", kind);
	char *path = paths_join(dir, name);
	free(name);
	xmlRelaxNGPtr rng = NULL;
	xmlDocPtr doc = xml_safe_read_file(path, NULL, d);
	if (doc && schema_splice_includes(doc, dir, d) == 0) {
		rng = schema_parse(doc, d);
		if (rng) {
			e->hint = schema_hint_new(doc);
			schema_load_loose(e, doc);
		}
	}
	if (rng == NULL)
		model_report(d, path, 0, 0, MODEL_MSG_SCHEMA_MISSING, kind);
	xmlFreeDoc(doc);
	free(path);
	free(dir);
	return rng;
}

typedef struct schema_msg {
	unsigned line, col;
	char *text;
} schema_msg_t;

/* libxml2's messages, held back until we know which the hints explain. */
typedef struct schema_report {
	schema_msg_t *msgs;
	size_t n, cap;
} schema_report_t;

static void schema_valid_error(void *user, xmlErrorPtr err)
{
	schema_report_t *rep = user;
	if (err == NULL)
		return;
	const xmlNode *node = err->node;
	schema_msg_t m = { node ? xml_node_line(node) : (unsigned)err->line,
	                   node ? xml_node_col(node) : 0,
	                   xstrdup(err->message ? err->message : "invalid") };
	size_t n = strlen(m.text);
	while (n && (m.text[n - 1] == '\n' || m.text[n - 1] == ' '))
		m.text[--n] = '\0';
	rep->msgs = xgrow(rep->msgs, &rep->cap, rep->n + 1, sizeof *rep->msgs);
	rep->msgs[rep->n++] = m;
}

static void schema_report_flush_quiet(schema_report_t *rep)
{
	for (size_t i = 0; i < rep->n; i++)
		free(rep->msgs[i].text);
	free(rep->msgs);
}

static int line_in(const unsigned *lines, size_t n, unsigned line)
{
	for (size_t i = 0; i < n; i++)
		if (lines[i] == line)
			return 1;
	return 0;
}

/* Emits the hints, then libxml2's messages that add something: those
 * with a line the hints did not cover, the first one per line (libxml2
 * often says one thing twice: "Did not expect element x there", then
 * "Element y has extra content: x").  Messages without a line are kept only
 * when nothing else was said. */
static void schema_report_flush(schema_report_t *rep, const schema_entry_t *e, xmlDocPtr doc,
                                const char *file, diag_t *d)
{
	unsigned *lines = NULL;
	size_t nlines = e->hint ? schema_hint_explain(e->hint, doc, file, d, &lines) : 0;
	size_t said = nlines;
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < rep->n; i++) {
			const schema_msg_t *m = &rep->msgs[i];
			int dup = i > 0 && m->line == rep->msgs[i - 1].line && m->line != 0;
			int lineless = m->line == 0;
			if (dup || line_in(lines, nlines, m->line) || lineless != pass || (pass && said))
				continue;
			model_report(d, file, m->line, m->col, MODEL_MSG_SCHEMA_MISMATCH, m->text);
			said++;
		}
	}
	if (said == 0)
		model_report(d, file, 0, 0, MODEL_MSG_SCHEMA_MISMATCH_FILE);
	schema_report_flush_quiet(rep);
	free(lines);
}

static void schema_error_ignore(void *user, xmlErrorPtr err)
{
	(void)user;
	(void)err;
}

/* 1 when rng accepts doc; says nothing either way. */
static int schema_valid_quiet(xmlRelaxNGPtr rng, xmlDocPtr doc)
{
	xmlRelaxNGValidCtxtPtr vc = xmlRelaxNGNewValidCtxt(rng);
	xmlRelaxNGSetValidStructuredErrors(vc, schema_error_ignore, NULL);
	int rc = xmlRelaxNGValidateDoc(vc, doc);
	xmlRelaxNGFreeValidCtxt(vc);
	return rc == 0;
}

int model_schema_validate(model_schemas_t *s, const char *kind, xmlDocPtr doc,
                          const char *file, diag_t *d)
{
	int k = 0;
	while (k < SCHEMA_KINDS && strcmp(schema_kinds[k], kind) != 0)
		k++;
	if (k == SCHEMA_KINDS)
		return -1;
	schema_entry_t *e = &s->entries[k];
	if (e->rng == NULL && !e->failed) {
		e->rng = schema_load(kind, e, d);
		e->failed = e->rng == NULL;
	}
	if (e->rng == NULL)
		return -1;
	if (e->loose && schema_valid_quiet(e->loose, doc) && schema_pattern_check(e->patterns, doc))
		return 0;
	xmlRelaxNGValidCtxtPtr vc = xmlRelaxNGNewValidCtxt(e->rng);
	schema_report_t rep = { NULL, 0, 0 };
	xmlRelaxNGSetValidStructuredErrors(vc, schema_valid_error, &rep);
	int rc = xmlRelaxNGValidateDoc(vc, doc);
	xmlRelaxNGFreeValidCtxt(vc);
	if (rc != 0)
		schema_report_flush(&rep, e, doc, file, d);
	else
		schema_report_flush_quiet(&rep);
	return rc == 0 ? 0 : -1;
}
