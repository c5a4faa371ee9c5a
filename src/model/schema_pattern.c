/* schema_pattern: see schema_pattern.h.
 *
 * Why the shortcut is exact: taking a pattern facet away only lets more
 * values through (patterns under <except> or <list>, where that is not
 * so, make the module give up), so the loose grammar accepts every
 * record the whole one does.  When the loose grammar accepts a record,
 * each attribute is matched by some <attribute> of the grammar reached
 * from its element; every pattern that <attribute> may apply is among
 * those learnt for the element and attribute names, and the value
 * matches all of them, so the same match holds in the whole grammar. */
#include "schema_pattern.h"

#include <stdlib.h>
#include <string.h>
#include <libxml/hash.h>
#include <libxml/xmlregexp.h>

#include "../util/xalloc.h"

#define RNG_DEPTH_MAX 64     /* refs cannot loop without an element between */

/* The patterns of one element and attribute name pair. */
typedef struct pattern_set {
	xmlRegexpPtr *res;
	size_t n, cap;
} pattern_set_t;

struct schema_pattern {
	xmlHashTablePtr sets;    /* element name, attribute name -> pattern_set_t */
};

/* Where a pattern met in the grammar would apply. */
typedef struct place {
	const xmlChar *element;  /* NULL: an element without a plain name */
	const xmlChar *attr;     /* NULL: the element's own content */
	int bad;                 /* under <list>, <except> or a nameless attribute */
} place_t;

typedef struct learn {
	xmlDocPtr rng;
	schema_pattern_t *sp;
	int failed;              /* a pattern that cannot be placed */
	int found;               /* patterns placed */
} learn_t;

static int rng_is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* A plain name (no prefix), or NULL. */
static xmlChar *rng_name(const xmlNode *n)
{
	xmlChar *name = xmlGetProp(n, (const xmlChar *)"name");
	if (name && strchr((const char *)name, ':')) {
		xmlFree(name);
		return NULL;
	}
	return name;
}

static void set_free(void *payload, const xmlChar *name)
{
	(void)name;
	pattern_set_t *set = payload;
	for (size_t i = 0; i < set->n; i++)
		xmlRegFreeRegexp(set->res[i]);
	free(set->res);
	free(set);
}

static void learn_pattern(learn_t *l, const xmlNode *param, const place_t *at)
{
	if (at->element == NULL || at->attr == NULL || at->bad) {
		l->failed = 1;
		return;
	}
	xmlChar *text = xmlNodeGetContent(param);
	xmlRegexpPtr re = text ? xmlRegexpCompile(text) : NULL;
	xmlFree(text);
	if (re == NULL) {
		l->failed = 1;
		return;
	}
	pattern_set_t *set = xmlHashLookup2(l->sp->sets, at->element, at->attr);
	if (set == NULL) {
		set = xcalloc(1, sizeof *set);
		if (xmlHashAddEntry2(l->sp->sets, at->element, at->attr, set) != 0)
			xalloc_die(0);
	}
	set->res = xgrow(set->res, &set->cap, set->n + 1, sizeof *set->res);
	set->res[set->n++] = re;
	l->found++;
}

static void learn_content(learn_t *l, const xmlNode *n, const place_t *at, int depth);

static void learn_ref(learn_t *l, const xmlNode *ref, const place_t *at, int depth)
{
	xmlChar *name = xmlGetProp(ref, (const xmlChar *)"name");
	const xmlNode *g = xmlDocGetRootElement(l->rng);
	for (const xmlNode *c = g && name ? g->children : NULL; c; c = c->next) {
		if (!rng_is(c, "define"))
			continue;
		xmlChar *dn = xmlGetProp(c, (const xmlChar *)"name");
		if (dn && xmlStrEqual(dn, name))
			learn_content(l, c, at, depth + 1);
		xmlFree(dn);
	}
	xmlFree(name);
}

static void learn_attribute(learn_t *l, const xmlNode *a, const place_t *at, int depth)
{
	xmlChar *name = rng_name(a);
	place_t in = { at->element, name, at->bad || name == NULL };
	if (name == NULL)
		in.attr = (const xmlChar *)"";
	learn_content(l, a, &in, depth + 1);
	xmlFree(name);
}

/* The patterns in n's content, up to the next element down. */
static void learn_content(learn_t *l, const xmlNode *n, const place_t *at, int depth)
{
	if (depth > RNG_DEPTH_MAX) {
		l->failed = 1;
		return;
	}
	for (const xmlNode *c = n->children; c && !l->failed; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || rng_is(c, "element"))
			continue;   /* an element down is learnt on its own */
		if (rng_is(c, "attribute")) {
			learn_attribute(l, c, at, depth);
		} else if (rng_is(c, "ref")) {
			learn_ref(l, c, at, depth);
		} else if (rng_is(c, "param")) {
			xmlChar *kind = xmlGetProp(c, (const xmlChar *)"name");
			if (kind && xmlStrEqual(kind, (const xmlChar *)"pattern"))
				learn_pattern(l, c, at);
			xmlFree(kind);
		} else if (rng_is(c, "parentRef") || rng_is(c, "externalRef") || rng_is(c, "grammar")) {
			l->failed = 1;   /* not in our grammars: not worth following */
		} else {
			place_t in = *at;
			in.bad |= rng_is(c, "list") || rng_is(c, "except");
			learn_content(l, c, &in, depth + 1);
		}
	}
}

/* Every <element> of the grammar, wherever it is. */
static void learn_elements(learn_t *l, const xmlNode *n)
{
	for (const xmlNode *c = n; c && !l->failed; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (rng_is(c, "element")) {
			xmlChar *name = rng_name(c);
			place_t at = { name, NULL, 0 };
			learn_content(l, c, &at, 0);
			xmlFree(name);
		}
		learn_elements(l, c->children);
	}
}

static void strip_patterns(xmlNode *n)
{
	for (xmlNode *c = n, *next; c; c = next) {
		next = c->next;
		if (c->type != XML_ELEMENT_NODE)
			continue;
		xmlChar *kind = rng_is(c, "param") ? xmlGetProp(c, (const xmlChar *)"name") : NULL;
		if (kind && xmlStrEqual(kind, (const xmlChar *)"pattern")) {
			xmlUnlinkNode(c);
			xmlFreeNode(c);
		} else {
			strip_patterns(c->children);
		}
		xmlFree(kind);
	}
}

schema_pattern_t *schema_pattern_new(xmlDocPtr rng, xmlDocPtr *loose)
{
	*loose = NULL;
	schema_pattern_t *sp = xcalloc(1, sizeof *sp);
	sp->sets = xmlHashCreate(16);
	if (sp->sets == NULL)
		xalloc_die(0);
	learn_t l = { rng, sp, 0, 0 };
	learn_elements(&l, xmlDocGetRootElement(rng));
	if (l.failed || l.found == 0) {
		schema_pattern_free(sp);
		return NULL;
	}
	*loose = xmlCopyDoc(rng, 1);
	if (*loose == NULL)
		xalloc_die(0);
	strip_patterns(xmlDocGetRootElement(*loose));
	return sp;
}

void schema_pattern_free(schema_pattern_t *sp)
{
	if (sp == NULL)
		return;
	xmlHashFree(sp->sets, set_free);
	free(sp);
}

static int value_ok(const pattern_set_t *set, const xmlChar *v)
{
	if (strpbrk((const char *)v, " \t\n\r"))
		return 0;   /* the datatype would collapse it first: leave it to the grammar */
	for (size_t i = 0; i < set->n; i++)
		if (xmlRegexpExec(set->res[i], v) != 1)
			return 0;
	return 1;
}

static int attr_ok(const schema_pattern_t *sp, const xmlNode *e, const xmlAttr *a)
{
	const pattern_set_t *set = xmlHashLookup2(sp->sets, e->name, a->name);
	if (set == NULL)
		return 1;
	const xmlNode *t = a->children;
	if (t && t->type == XML_TEXT_NODE && t->next == NULL && t->content)
		return value_ok(set, t->content);
	xmlChar *v = xmlNodeListGetString(e->doc, a->children, 1);
	int ok = value_ok(set, v ? v : (const xmlChar *)"");
	xmlFree(v);
	return ok;
}

int schema_pattern_check(const schema_pattern_t *sp, xmlDocPtr doc)
{
	const xmlNode *n = xmlDocGetRootElement(doc);
	while (n) {
		if (n->type == XML_ELEMENT_NODE) {
			for (const xmlAttr *a = n->properties; a; a = a->next)
				if (!attr_ok(sp, n, a))
					return 0;
			if (n->children) {
				n = n->children;
				continue;
			}
		}
		while (n && n->next == NULL)
			n = n->parent && n->parent->type == XML_ELEMENT_NODE ? n->parent : NULL;
		if (n)
			n = n->next;
	}
	return 1;
}
