/* recedit: an import's changes to record documents, keeping the rest (see recedit.h). */
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlsave.h>

#include "../model/idmap.h"
#include "../util/money.h"
#include "../util/xalloc.h"
#include "recedit.h"

static int is_element(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* The value of attribute name of e, owned by the document, or NULL. */
static const char *attr(const xmlNode *e, const char *name)
{
	xmlAttr *a = xmlHasProp(e, (const xmlChar *)name);
	return a && a->children ? (const char *)a->children->content : NULL;
}

/* elements named name under root, by the value of their attribute key. */
static idmap_t *index_make(xmlNode *root, const char *name, const char *key)
{
	idmap_t *m = idmap_new();
	for (xmlNode *n = root ? root->children : NULL; n; n = n->next) {
		const char *v = n->type == XML_ELEMENT_NODE ? attr(n, key) : NULL;
		if (v && (name == NULL || is_element(n, name)))
			idmap_put(m, v, n, (model_pos_t){ NULL, 0, 0 });
	}
	return m;
}

char **recedit_urns(xmlDocPtr members, size_t *n)
{
	char **urns = NULL;
	size_t cap = 0;
	*n = 0;
	xmlNode *root = xmlDocGetRootElement(members);
	for (xmlNode *e = root ? root->children : NULL; e; e = e->next) {
		if (!is_element(e, "school") || attr(e, "urn") == NULL)
			continue;
		urns = xgrow(urns, &cap, *n + 1, sizeof *urns);
		urns[(*n)++] = xstrdup(attr(e, "urn"));
	}
	return urns;
}

/* Inserts e after anchor (the last element of its kind) with anchor's
 * indentation, or as root's last element.  The element goes in first and
 * the indentation before it, since libxml2 merges (and frees) a text
 * node added next to another. */
static void element_insert(xmlNode *root, xmlNode *anchor, xmlNode *e)
{
	const xmlChar *indent = (const xmlChar *)"\n  ";
	if (anchor && anchor->prev && anchor->prev->type == XML_TEXT_NODE)
		indent = anchor->prev->content;
	xmlNode *t = xmlNewText(indent);
	if (anchor)
		xmlAddNextSibling(anchor, e);
	else if (root->last && root->last->type == XML_TEXT_NODE)
		xmlAddPrevSibling(root->last, e);
	else {
		xmlAddChild(root, e);
		xmlAddChild(root, xmlNewText((const xmlChar *)"\n"));
	}
	xmlAddPrevSibling(e, t);
}

static xmlNode *last_element(xmlNode *root, const char *name)
{
	xmlNode *last = NULL, *any = NULL;
	for (xmlNode *n = root->children; n; n = n->next) {
		if (n->type == XML_ELEMENT_NODE)
			any = n;
		if (is_element(n, name))
			last = n;
	}
	return last ? last : any;
}

/* Sets e's attribute name to value when it differs, noting the change in
 * changes ("name 'old' -> 'new'"). */
static void attr_update(xmlNode *e, const char *name, const char *value, buf_t *changes)
{
	const char *old = attr(e, name);
	if (value == NULL || (old && strcmp(old, value) == 0))
		return;
	buf_printf(changes, "%s%s %s%s%s-> '%s'", changes->len ? "; " : "", name,
	           old ? "'" : "", old ? old : "(none) ", old ? "' " : "", value);
	xmlSetProp(e, (const xmlChar *)name, (const xmlChar *)value);
}

static void school_fill(xmlNode *e, const gias_school_t *s, buf_t *changes)
{
	attr_update(e, "name", s->name, changes);
	attr_update(e, "phase", s->phase, changes);
	attr_update(e, "type", s->type, changes);
	attr_update(e, "pupils", s->pupils, changes);
	attr_update(e, "address", s->address, changes);
}

/* A member id not yet used: s-URN, else s-URN-2, ... */
static char *id_new(idmap_t *ids, const char *urn)
{
	char *id = xasprintf("s-%s", urn);
	for (unsigned k = 2; idmap_get(ids, id); k++) {
		free(id);
		id = xasprintf("s-%s-%u", urn, k);
	}
	return id;
}

static xmlNode *school_add(xmlNode *root, idmap_t *ids, const gias_school_t *s,
                           recedit_summary_t *sum)
{
	xmlNode *e = xmlNewNode(NULL, (const xmlChar *)"school");
	char *id = id_new(ids, s->urn);
	xmlNewProp(e, (const xmlChar *)"id", (const xmlChar *)id);
	xmlNewProp(e, (const xmlChar *)"urn", (const xmlChar *)s->urn);
	buf_t ignored = BUF_INIT;
	school_fill(e, s, &ignored);
	buf_free(&ignored);
	element_insert(root, last_element(root, "school"), e);
	idmap_put(ids, attr(e, "id"), e, (model_pos_t){ NULL, 0, 0 });
	buf_printf(&sum->text, "  added    %s %s (id %s, %s, %s)\n", s->urn, s->name, id,
	           s->phase, s->type);
	sum->added++;
	free(id);
	return e;
}

static void school_update(xmlNode *e, const gias_school_t *s, recedit_summary_t *sum)
{
	buf_t changes = BUF_INIT;
	school_fill(e, s, &changes);
	if (changes.len) {
		buf_printf(&sum->text, "  updated  %s %s: %s\n", s->urn, s->name, changes.data);
		sum->updated++;
	} else {
		sum->unchanged++;
	}
	buf_free(&changes);
}

static int inspection_held(xmlNode *root, const char *school, const char *date)
{
	for (xmlNode *n = root->children; n; n = n->next) {
		const char *sc = is_element(n, "inspection") ? attr(n, "school") : NULL;
		const char *dt = sc ? attr(n, "date") : NULL;
		if (sc && dt && strcmp(sc, school) == 0 && strcmp(dt, date) == 0)
			return 1;
	}
	return 0;
}

static void inspection_add(xmlNode *root, const char *school, const gias_school_t *s,
                           recedit_summary_t *sum)
{
	if (root == NULL || s->outcome == NULL || inspection_held(root, school, s->inspected))
		return;
	xmlNode *e = xmlNewNode(NULL, (const xmlChar *)"inspection");
	xmlNewProp(e, (const xmlChar *)"school", (const xmlChar *)school);
	xmlNewProp(e, (const xmlChar *)"date", (const xmlChar *)s->inspected);
	xmlNewProp(e, (const xmlChar *)"outcome", (const xmlChar *)s->outcome);
	element_insert(root, last_element(root, "inspection"), e);
	buf_printf(&sum->text, "  inspected %s %s: %s on %s\n", s->urn, s->name, s->outcome,
	           s->inspected);
	sum->inspections++;
}

void recedit_gias_apply(xmlDocPtr members, xmlDocPtr performance, const gias_list_t *l,
                        recedit_summary_t *s)
{
	xmlNode *root = xmlDocGetRootElement(members);
	xmlNode *perf = performance ? xmlDocGetRootElement(performance) : NULL;
	idmap_t *by_urn = index_make(root, "school", "urn");
	idmap_t *ids = index_make(root, NULL, "id");
	for (size_t i = 0; i < l->n; i++) {
		const gias_school_t *g = &l->schools[i];
		xmlNode *e = idmap_get(by_urn, g->urn);
		if (e)
			school_update(e, g, s);
		else
			e = school_add(root, ids, g, s);
		if (attr(e, "id"))
			inspection_add(perf, attr(e, "id"), g, s);
	}
	idmap_free(by_urn);
	idmap_free(ids);
}

/* "p-" and name in lower case, other characters than letters and digits
 * as single '-'. */
static char *person_id_base(const char *name)
{
	char *id = xasprintf("p-%s", name), *out = id + 2;
	int dash = 0;
	for (const char *p = name; *p; p++) {
		char c = *p;
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && out > id + 2)
				*out++ = '-';
			*out++ = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
			dash = 0;
		} else {
			dash = 1;
		}
	}
	*out = '\0';
	return id;
}

/* A person of people named name at school (org), or NULL. */
static xmlNode *person_find(xmlNode *root, const char *name, const char *org)
{
	for (xmlNode *n = root->children; n; n = n->next) {
		const char *nm = is_element(n, "person") ? attr(n, "name") : NULL;
		const char *o = nm ? attr(n, "org") : NULL;
		if (nm && o && strcmp(nm, name) == 0 && strcmp(o, org) == 0)
			return n;
	}
	return NULL;
}

static xmlNode *person_add(xmlNode *root, idmap_t *ids, const gias_school_t *g,
                           const char *school)
{
	char *base = person_id_base(g->head), *id = xstrdup(base);
	for (unsigned k = 2; idmap_get(ids, id); k++) {
		free(id);
		id = xasprintf("%s-%u", base, k);
	}
	xmlNode *p = xmlNewNode(NULL, (const xmlChar *)"person");
	xmlNewProp(p, (const xmlChar *)"id", (const xmlChar *)id);
	xmlNewProp(p, (const xmlChar *)"name", (const xmlChar *)g->head);
	if (g->head_title)
		xmlNewProp(p, (const xmlChar *)"title", (const xmlChar *)g->head_title);
	xmlNewProp(p, (const xmlChar *)"org", (const xmlChar *)school);
	xmlNewProp(p, (const xmlChar *)"job", (const xmlChar *)"Headteacher");
	element_insert(root, last_element(root, "person"), p);
	idmap_put(ids, attr(p, "id"), p, (model_pos_t){ NULL, 0, 0 });
	free(id);
	free(base);
	return p;
}

static void head_apply(xmlNode *school, xmlNode *people, idmap_t *ids, const gias_school_t *g,
                       recedit_summary_t *s)
{
	const char *held = attr(school, "headteacher"), *sid = attr(school, "id");
	xmlNode *p = held ? idmap_get(ids, held) : NULL;
	if (held) {
		const char *name = p ? attr(p, "name") : NULL;
		if (name == NULL || strcmp(name, g->head) != 0)
			buf_printf(&s->text, "  head     %s %s: GIAS names %s; the records' headteacher "
			           "is %s (%s): not changed\n", g->urn, g->name, g->head, held,
			           name ? name : "?");
		return;
	}
	p = person_find(people, g->head, sid);
	if (p == NULL)
		p = person_add(people, ids, g, sid);
	xmlSetProp(school, (const xmlChar *)"headteacher", (const xmlChar *)attr(p, "id"));
	buf_printf(&s->text, "  head     %s %s: %s%s%s (id %s)\n", g->urn, g->name,
	           g->head_title ? g->head_title : "", g->head_title ? " " : "", g->head,
	           attr(p, "id"));
	s->heads++;
}

void recedit_heads_apply(xmlDocPtr members, xmlDocPtr people, const gias_list_t *l,
                         recedit_summary_t *s)
{
	xmlNode *root = xmlDocGetRootElement(members), *proot = xmlDocGetRootElement(people);
	idmap_t *by_urn = index_make(root, "school", "urn");
	idmap_t *ids = index_make(proot, "person", "id");
	for (size_t i = 0; i < l->n; i++) {
		xmlNode *e = idmap_get(by_urn, l->schools[i].urn);
		if (e && l->schools[i].head && attr(e, "id"))
			head_apply(e, proot, ids, &l->schools[i], s);
	}
	idmap_free(by_urn);
	idmap_free(ids);
}

/* "inc-" or "exp-" and the reference with other characters than letters,
 * digits, '.', '_' and '-' as '-' (the date and amount when none). */
static char *ledger_id_base(const ledger_entry_t *e)
{
	char *base = *e->ref ? xasprintf("%s-%s", e->income ? "inc" : "exp", e->ref)
	                     : xasprintf("%s-%s-%s", e->income ? "inc" : "exp", e->date, e->amount);
	for (char *p = base; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')
		      || *p == '.' || *p == '_' || *p == '-'))
			*p = '-';
	return base;
}

/* id is base, or base-N. */
static int id_from_base(const char *id, const char *base)
{
	size_t n = strlen(base);
	if (strncmp(id, base, n) != 0)
		return 0;
	return id[n] == '\0' || (id[n] == '-' && id[n + 1] && strspn(id + n + 1, "0123456789")
	                          == strlen(id + n + 1));
}

static int same_money(const char *a, const char *b)
{
	money_t x, y;
	return a && b && money_parse(a, &x) == 0 && money_parse(b, &y) == 0 && x == y;
}

static int ledger_held(xmlNode *root, const char *kind, const ledger_entry_t *e, const char *base)
{
	for (xmlNode *n = root->children; n; n = n->next) {
		const char *id = is_element(n, kind) ? attr(n, "id") : NULL;
		const char *date = id ? attr(n, "date") : NULL;
		if (date && strcmp(date, e->date) == 0 && same_money(attr(n, "amount"), e->amount)
		    && id_from_base(id, base))
			return 1;
	}
	return 0;
}

static void ledger_add(xmlNode *root, idmap_t *ids, const ledger_entry_t *e, char *base,
                       recedit_summary_t *s)
{
	const char *kind = e->income ? "income" : "expenditure";
	char *id = xstrdup(base);
	for (unsigned k = 2; idmap_get(ids, id); k++) {
		free(id);
		id = xasprintf("%s-%u", base, k);
	}
	xmlNode *x = xmlNewNode(NULL, (const xmlChar *)kind);
	xmlNewProp(x, (const xmlChar *)"id", (const xmlChar *)id);
	xmlNewProp(x, (const xmlChar *)"date", (const xmlChar *)e->date);
	xmlNewProp(x, (const xmlChar *)(e->income ? "source" : "line"), (const xmlChar *)e->target);
	xmlNewProp(x, (const xmlChar *)"amount", (const xmlChar *)e->amount);
	if (!e->income && e->payee)
		xmlNewProp(x, (const xmlChar *)"payee", (const xmlChar *)e->payee);
	if (e->description)
		xmlNewProp(x, (const xmlChar *)"description", (const xmlChar *)e->description);
	element_insert(root, last_element(root, kind), x);
	idmap_put(ids, attr(x, "id"), x, (model_pos_t){ NULL, 0, 0 });
	buf_printf(&s->text, "  %-8s %s %10s %s%s%s (id %s)\n", e->income ? "income" : "spending",
	           e->date, e->amount, e->target, e->description ? ": " : "",
	           e->description ? e->description : "", id);
	s->added++;
	free(id);
}

void recedit_ledger_apply(xmlDocPtr finance, const ledger_list_t *l, recedit_summary_t *s)
{
	xmlNode *root = xmlDocGetRootElement(finance);
	idmap_t *income_ids = index_make(root, "income", "id");
	idmap_t *spending_ids = index_make(root, "expenditure", "id");
	for (size_t i = 0; i < l->n; i++) {
		const ledger_entry_t *e = &l->entries[i];
		char *base = ledger_id_base(e);
		if (ledger_held(root, e->income ? "income" : "expenditure", e, base))
			s->unchanged++;
		else
			ledger_add(root, e->income ? income_ids : spending_ids, e, base, s);
		free(base);
	}
	idmap_free(income_ids);
	idmap_free(spending_ids);
}

char *recedit_text(xmlDocPtr doc)
{
	xmlChar *mem = NULL;
	int len = 0;
	xmlDocDumpMemoryEnc(doc, &mem, &len, "UTF-8");
	if (mem == NULL)
		xalloc_die((size_t)len);
	char *text = xstrndup((const char *)mem, (size_t)len);
	xmlFree(mem);
	return text;
}

void recedit_summary_free(recedit_summary_t *s)
{
	buf_free(&s->text);
}
