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

#define SCHEMA_KINDS 8
static const char *const schema_kinds[SCHEMA_KINDS] = {
	"partnership", "members", "people", "calendar", "meetings", "finance",
	"performance", "plans"
};

typedef struct schema_entry {
	xmlRelaxNGPtr rng;
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
	for (int i = 0; i < SCHEMA_KINDS; i++)
		xmlRelaxNGFree(s->entries[i].rng);
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
			diag_add(d, DIAG_FATAL, dir, 0, 0, NULL, "schema include '%s' must be a file "
			         "name in data/schema/", href ? (const char *)href : "");
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
		diag_add(d, DIAG_FATAL, err->file, (unsigned)err->line, 0, NULL,
		         "broken schema: %s", err->message ? err->message : "?");
}

static xmlRelaxNGPtr schema_load(const char *kind, diag_t *d)
{
	char *dir = paths_data_file("data/schema");
	char *name = xasprintf("%s.rng", kind);
	char *path = paths_join(dir, name);
	free(name);
	xmlRelaxNGPtr rng = NULL;
	xmlDocPtr doc = xml_safe_read_file(path, NULL, d);
	if (doc && schema_splice_includes(doc, dir, d) == 0) {
		xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewDocParserCtxt(doc);
		xmlRelaxNGSetParserStructuredErrors(pc, schema_parse_error, d);
		rng = xmlRelaxNGParse(pc);
		xmlRelaxNGFreeParserCtxt(pc);
	}
	if (rng == NULL)
		diag_add(d, DIAG_FATAL, path, 0, 0, NULL, "cannot load the %s schema: is lpdoc "
		         "installed completely? (set LPDOC_DATADIR to the folder holding data/schema)",
		         kind);
	xmlFreeDoc(doc);
	free(path);
	free(dir);
	return rng;
}

typedef struct schema_report {
	diag_t *d;
	const char *file;
	unsigned last_line;
	char *last_msg;
	unsigned reported;
} schema_report_t;

/* libxml2 often says the same thing twice for one mistake ("Did not
 * expect element x there", then "Element y has extra content: x"); both
 * are kept, as each names something useful, but exact repeats are not. */
static void schema_valid_error(void *user, xmlErrorPtr err)
{
	schema_report_t *rep = user;
	if (err == NULL)
		return;
	const xmlNode *node = err->node;
	unsigned line = node ? xml_node_line(node) : (unsigned)err->line;
	unsigned col = node ? xml_node_col(node) : 0;
	char *msg = xstrdup(err->message ? err->message : "invalid");
	size_t n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	if (rep->last_msg && line == rep->last_line && strcmp(msg, rep->last_msg) == 0) {
		free(msg);
		return;
	}
	diag_add(rep->d, DIAG_ERROR, rep->file, line, col, NULL,
	         "does not match the schema: %s (see docs/records.md)", msg);
	rep->reported++;
	free(rep->last_msg);
	rep->last_msg = msg;
	rep->last_line = line;
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
		e->rng = schema_load(kind, d);
		e->failed = e->rng == NULL;
	}
	if (e->rng == NULL)
		return -1;
	xmlRelaxNGValidCtxtPtr vc = xmlRelaxNGNewValidCtxt(e->rng);
	schema_report_t rep = { d, file, 0, NULL, 0 };
	xmlRelaxNGSetValidStructuredErrors(vc, schema_valid_error, &rep);
	int rc = xmlRelaxNGValidateDoc(vc, doc);
	xmlRelaxNGFreeValidCtxt(vc);
	free(rep.last_msg);
	if (rc != 0 && rep.reported == 0)
		diag_add(d, DIAG_ERROR, file, 0, 0, NULL, "does not match the %s schema", kind);
	return rc == 0 ? 0 : -1;
}
