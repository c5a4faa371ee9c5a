/* vxml: see vxml.h. */
#include "vxml.h"

#include <stdio.h>
#include <string.h>

#include "../model/query.h"

#define X(s) ((const xmlChar *)(s))

xmlNode *vxml_node(xmlNode *parent, const char *name)
{
	return xmlNewChild(parent, NULL, X(name), NULL);
}

xmlNode *vxml_text_node(xmlNode *parent, const char *name, const char *text)
{
	return xmlNewTextChild(parent, NULL, X(name), X(text ? text : ""));
}

void vxml_attr(xmlNode *n, const char *name, const char *value)
{
	if (value)
		xmlNewProp(n, X(name), X(value));
}

void vxml_uint(xmlNode *n, const char *name, unsigned long value)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%lu", value);
	vxml_attr(n, name, buf);
}

void vxml_yesno(xmlNode *n, const char *name, int value)
{
	vxml_attr(n, name, value ? "yes" : "no");
}

/* name + suffix, for the companion attributes ("date-text"). */
static void vxml_attr2(xmlNode *n, const char *name, const char *suffix, const char *value)
{
	char key[96];
	snprintf(key, sizeof key, "%s%s", name, suffix);
	vxml_attr(n, key, value);
}

void vxml_date(xmlNode *n, const char *name, date_t value)
{
	if (!date_is_set(value))
		return;
	char iso[11], text[32];
	date_format_iso(value, iso);
	date_format_long(value, text, sizeof text);
	vxml_attr(n, name, iso);
	vxml_attr2(n, name, "-text", text);
}

void vxml_money(xmlNode *n, const char *name, money_t value)
{
	char plain[40], text[48];
	money_format_plain(value, plain, sizeof plain);
	money_format(value, 0, text, sizeof text);
	vxml_attr(n, name, plain);
	vxml_attr2(n, name, "-text", text);
}

void vxml_clause(xmlNode *n, const model_t *m, const model_clause_t *c)
{
	if (c == NULL)
		return;
	char cite[128];
	model_cite(m, c, cite, sizeof cite);
	vxml_attr(n, "clause", c->num);
	vxml_attr(n, "cite", cite);
}

void vxml_person(xmlNode *n, const char *name, const model_person_t *p)
{
	if (p == NULL)
		return;
	vxml_attr(n, name, p->id);
	vxml_attr2(n, name, "-name", p->name);
}

void vxml_member(xmlNode *n, const char *name, const model_member_t *s)
{
	if (s == NULL)
		return;
	vxml_attr(n, name, s->id);
	vxml_attr2(n, name, "-name", s->name);
}

void vxml_body(xmlNode *n, const char *name, const model_body_t *b)
{
	if (b == NULL)
		return;
	vxml_attr(n, name, b->id);
	vxml_attr2(n, name, "-name", b->name);
}

void vxml_prose(xmlNode *parent, const model_prose_t *p)
{
	for (size_t i = 0; i < p->nblocks; i++) {
		const model_block_t *b = &p->blocks[i];
		if (b->kind == MODEL_BLOCK_P) {
			vxml_text_node(parent, "p", b->text);
		} else if (b->kind == MODEL_BLOCK_LIST) {
			xmlNode *l = vxml_node(parent, "list");
			vxml_attr(l, "style", b->style);
			for (size_t j = 0; j < b->nitems; j++)
				vxml_text_node(l, "li", b->items[j]);
		} else if (b->kind == MODEL_BLOCK_DEFINITION) {
			xmlNode *d = vxml_text_node(parent, "definition", b->text);
			vxml_attr(d, "term", b->term);
		}
	}
}

void vxml_prose_node(xmlNode *parent, const char *name, const model_prose_t *p)
{
	if (p->nblocks)
		vxml_prose(vxml_node(parent, name), p);
}
