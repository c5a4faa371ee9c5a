/* vxml: see vxml.h. */
#include "vxml.h"

#include <stdio.h>
#include <string.h>

#include "../model/query.h"

#define X(s) ((const xmlChar *)(s))

xmlDocPtr vxml_doc_new(const char *root_name, xmlNode **root)
{
	xmlDocPtr doc = xmlNewDoc(X("1.0"));
	*root = xmlNewNode(NULL, X(root_name));
	xmlDocSetRootElement(doc, *root);
	return doc;
}

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
		xmlSetProp(n, X(name), X(value));
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

/* The member of type T at offset off of obj: the offsets are offsetof()
 * in obj's own struct (model/fields.c), and T the C type model/fields.h
 * gives the field's type. */
#define FIELD(T, obj, off) (*(T const *)(const void *)((const char *)(obj) + (off)))

/* The pointer at offset off of obj, to a struct whose type the field
 * says (a referenced record, a clause): copied, not read as a void *. */
static const void *field_pointer(const void *obj, size_t off)
{
	const void *p;
	memcpy(&p, (const char *)obj + off, sizeof p);
	return p;
}

static void vxml_ref(xmlNode *n, const model_field_t *f, const void *obj)
{
	const void *target = field_pointer(obj, f->ref_offset);
	vxml_attr(n, f->attr, FIELD(char *, obj, f->offset));
	vxml_attr2(n, f->attr, "-name", model_ref_name(f->kind, target));
	date_t on = model_ref_date(f->kind, target);
	if (date_is_set(on)) {
		char key[96];
		snprintf(key, sizeof key, "%s-date", f->attr);
		vxml_date(n, key, on);
	}
}

static void vxml_field(xmlNode *n, const model_t *m, const model_field_t *f, const void *obj)
{
	const char *s;
	unsigned u;
	switch (f->type) {
	case MODEL_FIELD_ID: case MODEL_FIELD_TEXT: case MODEL_FIELD_YEAR:
		s = FIELD(char *, obj, f->offset);
		vxml_attr(n, f->type == MODEL_FIELD_ID ? "id" : f->attr, s);
		break;
	case MODEL_FIELD_CONTENT:
		s = FIELD(char *, obj, f->offset);
		if (s && *s)
			xmlNodeAddContent(n, X(s));
		break;
	case MODEL_FIELD_UINT:
		u = FIELD(unsigned, obj, f->offset);
		if (u)
			vxml_uint(n, f->attr, u);
		break;
	case MODEL_FIELD_DATE: vxml_date(n, f->attr, FIELD(date_t, obj, f->offset)); break;
	case MODEL_FIELD_MONEY: vxml_money(n, f->attr, FIELD(money_t, obj, f->offset)); break;
	case MODEL_FIELD_YESNO: vxml_yesno(n, f->attr, FIELD(int, obj, f->offset)); break;
	case MODEL_FIELD_ENUM: vxml_attr(n, f->attr, f->names[FIELD(int, obj, f->offset)]); break;
	case MODEL_FIELD_REF: vxml_ref(n, f, obj); break;
	case MODEL_FIELD_CLAUSE:
		vxml_clause(n, m, field_pointer(obj, f->ref_offset));
		break;
	}
}

xmlNode *vxml_record(xmlNode *parent, const model_t *m, const model_record_kind_t *k,
                     const void *obj)
{
	xmlNode *n = vxml_node(parent, k->element);
	for (size_t i = 0; i < k->nfields; i++)
		vxml_field(n, m, &k->fields[i], obj);
	return n;
}
