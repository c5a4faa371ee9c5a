/* schema_hint: see schema_hint.h. */
#include "schema_hint.h"

#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/xalloc.h"
#include "../util/xmlsafe.h"
#include "model_msg.h"

typedef struct hint_attr {
	char *name;
	int required;
	char **values;           /* allowed values */
	size_t nvalues;
	int free_text;           /* some branch allows any text: no value check */
} hint_attr_t;

typedef struct hint_element {
	char *name;
	int ambiguous;           /* defined twice in the grammar: no hints */
	hint_attr_t *attrs;
	size_t nattrs, cap;
} hint_element_t;

struct schema_hint {
	hint_element_t *elements;
	size_t n, cap;
};

#define RNG_DEPTH_MAX 32     /* refs nest this deep at most in our grammars */

static int rng_is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static char *rng_prop(const xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s = v ? xstrdup((const char *)v) : NULL;
	xmlFree(v);
	return s;
}

static const xmlNode *rng_define(const xmlDoc *rng, const char *name)
{
	const xmlNode *g = xmlDocGetRootElement(rng);
	for (const xmlNode *c = g ? g->children : NULL; c; c = c->next) {
		if (!rng_is(c, "define"))
			continue;
		char *dn = rng_prop(c, "name");
		int match = dn && strcmp(dn, name) == 0;
		free(dn);
		if (match)
			return c;
	}
	return NULL;
}

/* The enumeration an attribute pattern allows, following refs. */
static void rng_values(const xmlDoc *rng, const xmlNode *p, hint_attr_t *a, int depth)
{
	for (const xmlNode *c = p->children; c && depth < RNG_DEPTH_MAX; c = c->next) {
		if (rng_is(c, "value")) {
			xmlChar *v = xmlNodeGetContent(c);
			a->values = xrealloc(a->values, (a->nvalues + 1) * sizeof *a->values);
			a->values[a->nvalues++] = xstrdup(v ? (const char *)v : "");
			xmlFree(v);
		} else if (rng_is(c, "choice")) {
			rng_values(rng, c, a, depth + 1);
		} else if (rng_is(c, "ref")) {
			char *name = rng_prop(c, "name");
			const xmlNode *def = name ? rng_define(rng, name) : NULL;
			free(name);
			if (def)
				rng_values(rng, def, a, depth + 1);
		}
	}
}

/* An attribute may appear in several branches of a choice (quorum's
 * kind): the branches' values are merged, and any branch without an
 * enumeration makes the attribute free text. */
static void hint_add_attr(hint_element_t *e, const xmlDoc *rng, const xmlNode *p, int required)
{
	hint_attr_t one = { rng_prop(p, "name"), required, NULL, 0, 0 };
	if (one.name == NULL)
		return;
	rng_values(rng, p, &one, 0);
	one.free_text = one.nvalues == 0;
	for (size_t i = 0; i < e->nattrs; i++) {
		hint_attr_t *a = &e->attrs[i];
		if (strcmp(a->name, one.name) != 0)
			continue;
		a->required = a->required && required;
		a->free_text = a->free_text || one.free_text;
		a->values = xrealloc(a->values, (a->nvalues + one.nvalues + 1) * sizeof *a->values);
		for (size_t k = 0; k < one.nvalues; k++)
			a->values[a->nvalues++] = one.values[k];
		free(one.values);
		free(one.name);
		return;
	}
	e->attrs = xgrow(e->attrs, &e->cap, e->nattrs + 1, sizeof *e->attrs);
	e->attrs[e->nattrs++] = one;
}

/* Collects the attributes a pattern gives its element: required unless
 * under optional, zeroOrMore or choice.  Nested elements are their own. */
static void hint_collect(hint_element_t *e, const xmlDoc *rng, const xmlNode *p,
                         int required, int depth)
{
	if (depth > RNG_DEPTH_MAX)
		return;
	for (const xmlNode *c = p->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || rng_is(c, "element"))
			continue;
		if (rng_is(c, "attribute")) {
			hint_add_attr(e, rng, c, required);
		} else if (rng_is(c, "optional") || rng_is(c, "zeroOrMore") || rng_is(c, "choice")) {
			hint_collect(e, rng, c, 0, depth + 1);
		} else if (rng_is(c, "group") || rng_is(c, "interleave") || rng_is(c, "oneOrMore")) {
			hint_collect(e, rng, c, required, depth + 1);
		} else if (rng_is(c, "ref")) {
			char *name = rng_prop(c, "name");
			const xmlNode *def = name ? rng_define(rng, name) : NULL;
			free(name);
			if (def)
				hint_collect(e, rng, def, required, depth + 1);
		}
	}
}

static hint_element_t *hint_find(const schema_hint_t *h, const char *name)
{
	for (size_t i = 0; i < h->n; i++)
		if (strcmp(h->elements[i].name, name) == 0)
			return &h->elements[i];
	return NULL;
}

static void hint_learn(schema_hint_t *h, const xmlDoc *rng, const xmlNode *n)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (rng_is(c, "element")) {
			char *name = rng_prop(c, "name");
			hint_element_t *e = name ? hint_find(h, name) : NULL;
			if (e) {
				e->ambiguous = 1;
				free(name);
			} else if (name) {
				h->elements = xgrow(h->elements, &h->cap, h->n + 1, sizeof *h->elements);
				e = &h->elements[h->n++];
				memset(e, 0, sizeof *e);
				e->name = name;
				hint_collect(e, rng, c, 1, 0);
			}
		}
		hint_learn(h, rng, c);
	}
}

schema_hint_t *schema_hint_new(xmlDocPtr rng)
{
	schema_hint_t *h = xcalloc(1, sizeof *h);
	hint_learn(h, rng, (xmlNode *)rng);
	return h;
}

void schema_hint_free(schema_hint_t *h)
{
	if (h == NULL)
		return;
	for (size_t i = 0; i < h->n; i++) {
		hint_element_t *e = &h->elements[i];
		for (size_t j = 0; j < e->nattrs; j++) {
			for (size_t k = 0; k < e->attrs[j].nvalues; k++)
				free(e->attrs[j].values[k]);
			free(e->attrs[j].values);
			free(e->attrs[j].name);
		}
		free(e->attrs);
		free(e->name);
	}
	free(h->elements);
	free(h);
}

typedef struct hint_run {
	diag_t *d;
	const char *file;
	unsigned *lines;
	size_t nlines, cap;
} hint_run_t;

static void hint_report_line(hint_run_t *run, unsigned line)
{
	run->lines = xgrow(run->lines, &run->cap, run->nlines + 1, sizeof *run->lines);
	run->lines[run->nlines++] = line;
}

static void hint_check_value(hint_run_t *run, const xmlNode *n, const hint_attr_t *a,
                             const char *value)
{
	for (size_t k = 0; k < a->nvalues; k++)
		if (strcmp(a->values[k], value) == 0)
			return;
	buf_t list = BUF_INIT;
	for (size_t k = 0; k < a->nvalues; k++) {
		buf_puts(&list, k ? (k + 1 == a->nvalues ? " or " : ", ") : "");
		buf_puts(&list, a->values[k]);
	}
	model_report(run->d, run->file, xml_node_line(n), xml_node_col(n), MODEL_MSG_VALUE_NOT_ALLOWED,
	             a->name, value, (const char *)n->name, buf_str(&list));
	buf_free(&list);
	hint_report_line(run, xml_node_line(n));
}

static void hint_check(const schema_hint_t *h, hint_run_t *run, const xmlNode *n)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		const hint_element_t *e = hint_find(h, (const char *)n->name);
		for (size_t i = 0; e && !e->ambiguous && i < e->nattrs; i++) {
			const hint_attr_t *a = &e->attrs[i];
			xmlChar *v = xmlGetProp(n, (const xmlChar *)a->name);
			if (v == NULL && a->required) {
				model_report(run->d, run->file, xml_node_line(n), xml_node_col(n),
				             MODEL_MSG_ATTRIBUTE_MISSING, e->name, a->name);
				hint_report_line(run, xml_node_line(n));
			} else if (v && a->nvalues && !a->free_text) {
				hint_check_value(run, n, a, (const char *)v);
			}
			xmlFree(v);
		}
		hint_check(h, run, n->children);
	}
}

size_t schema_hint_explain(const schema_hint_t *h, xmlDocPtr doc, const char *file,
                           diag_t *d, unsigned **lines)
{
	hint_run_t run = { d, file, NULL, 0, 0 };
	hint_check(h, &run, xmlDocGetRootElement(doc));
	*lines = run.lines;
	return run.nlines;
}
