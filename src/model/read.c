/* read: attribute and text helpers for the builders (see internal.h). */
#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/paths.h"
#include "../util/xalloc.h"
#include "../util/xmlsafe.h"
#include "internal.h"

model_pos_t model_ctx_pos(const model_ctx_t *c, const xmlNode *n)
{
	model_pos_t p = { c->file, xml_node_line(n), xml_node_col(n) };
	return p;
}

xmlNode *model_xml_elem(xmlNode *n)
{
	while (n && n->type != XML_ELEMENT_NODE)
		n = n->next;
	return n;
}

int model_xml_is(const xmlNode *n, const char *name)
{
	return n && strcmp((const char *)n->name, name) == 0;
}

void *model_ctx_new(model_ctx_t *c, size_t size)
{
	return arena_alloc(c->a, size);
}

const char *model_attr_raw(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		if (strcmp((const char *)a->name, name) != 0)
			continue;
		const xmlNode *t = a->children;
		if (t && t->type == XML_TEXT_NODE && t->next == NULL)
			return (const char *)t->content;
		return "";
	}
	return NULL;
}

/* Copies s into the arena with runs of white space made one space and
 * the ends trimmed, so the canonical view does not depend on layout. */
static char *collapse(arena_t *a, const char *s)
{
	size_t n = strlen(s);
	char *out = arena_alloc(a, n + 1);
	size_t j = 0;
	int space = 0;
	for (const char *p = s; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = j > 0;
			continue;
		}
		if (space)
			out[j++] = ' ';
		space = 0;
		out[j++] = *p;
	}
	out[j] = '\0';
	return out;
}

char *model_attr_str(model_ctx_t *c, const xmlNode *n, const char *name)
{
	const char *v = model_attr_raw(n, name);
	return v ? collapse(c->a, v) : NULL;
}

date_t model_attr_date(model_ctx_t *c, const xmlNode *n, const char *name)
{
	const char *v = model_attr_raw(n, name);
	date_t d = DATE_NONE;
	if (v == NULL)
		return d;
	int rc = date_parse(v, &d);
	if (rc != 0)
		model_ctx_report(c, n, MODEL_MSG_NOT_A_DATE, name, v, date_parse_error(rc));
	return d;
}

money_t model_attr_money(model_ctx_t *c, const xmlNode *n, const char *name, int *present,
                   int signed_ok)
{
	const char *v = model_attr_raw(n, name);
	money_t m = 0;
	if (present)
		*present = 0;
	if (v == NULL)
		return 0;
	int rc = money_parse(v, &m);
	if (rc == MONEY_TOO_LARGE) {
		model_ctx_report(c, n, MODEL_MSG_MONEY_TOO_LARGE, name, v);
		return 0;
	}
	if (rc != 0) {
		model_ctx_report(c, n, MODEL_MSG_NOT_MONEY, name, v);
		return 0;
	}
	if (m < 0 && !signed_ok) {
		model_ctx_report(c, n, MODEL_MSG_MONEY_NEGATIVE, name, v);
		return 0;
	}
	if (present)
		*present = 1;
	return m;
}

unsigned model_attr_uint(model_ctx_t *c, const xmlNode *n, const char *name)
{
	const char *v = model_attr_raw(n, name);
	if (v == NULL)
		return 0;
	unsigned long x = 0;
	const char *p = v;
	while (*p == ' ')
		p++;
	for (; *p >= '0' && *p <= '9'; p++) {
		x = x * 10 + (unsigned long)(*p - '0');
		if (x > 1000000000UL)
			break;
	}
	if (*p != '\0' && *p != ' ') {
		model_ctx_report(c, n, MODEL_MSG_NOT_A_NUMBER, name, v);
		return 0;
	}
	return (unsigned)x;
}

int model_attr_yesno(const xmlNode *n, const char *name, int dflt)
{
	const char *v = model_attr_raw(n, name);
	if (v == NULL)
		return dflt;
	return strcmp(v, "yes") == 0;
}

int model_attr_enum(const xmlNode *n, const char *name, const char *const *names, int dflt)
{
	const char *v = model_attr_raw(n, name);
	if (v == NULL)
		return dflt;
	for (int i = 0; names[i]; i++)
		if (strcmp(names[i], v) == 0)
			return i;
	return dflt;   /* the schema has already refused other values */
}

char *model_attr_year(model_ctx_t *c, const xmlNode *n, const char *name)
{
	char *v = model_attr_str(c, n, name);
	if (v == NULL)
		return NULL;
	int y1 = 0, y2 = 0;
	char tail = 0;
	if (sscanf(v, "%4d-%2d%c", &y1, &y2, &tail) != 2 || strlen(v) != 7
	    || (y1 + 1) % 100 != y2)
		model_ctx_report(c, n, MODEL_MSG_NOT_A_YEAR, name, v);
	return v;
}

void model_attr_time(model_ctx_t *c, const xmlNode *n, const char *name, char out[6])
{
	const char *v = model_attr_raw(n, name);
	out[0] = '\0';
	if (v == NULL)
		return;
	int h = -1, m = -1;
	if (strlen(v) != 5 || sscanf(v, "%2d:%2d", &h, &m) != 2 || h > 23 || m > 59 || h < 0 || m < 0) {
		model_ctx_report(c, n, MODEL_MSG_NOT_A_TIME, name, v);
		return;
	}
	memcpy(out, v, 6);
}

char *model_node_text(model_ctx_t *c, const xmlNode *n)
{
	xmlChar *s = xmlNodeGetContent(n);
	char *out = collapse(c->a, s ? (const char *)s : "");
	xmlFree(s);
	return out;
}

int model_node_block(model_ctx_t *c, xmlNode *n, model_block_t *out)
{
	memset(out, 0, sizeof *out);
	out->pos = model_ctx_pos(c, n);
	if (model_xml_is(n, "p")) {
		out->kind = MODEL_BLOCK_P;
		out->text = model_node_text(c, n);
		return 1;
	}
	if (!model_xml_is(n, "list"))
		return 0;
	out->kind = MODEL_BLOCK_LIST;
	out->style = model_attr_str(c, n, "style");
	if (out->style == NULL)
		out->style = arena_strdup(c->a, "bullet");
	MODEL_FOR_ELEMS(li, n)
		ARENA_PUSH(c->a, out->items, out->nitems, model_node_text(c, li));
	return 1;
}

model_prose_t model_node_prose(model_ctx_t *c, xmlNode *n)
{
	model_prose_t p = { NULL, 0 };
	if (model_xml_elem(n->children) == NULL) {
		char *text = model_node_text(c, n);
		if (*text) {
			model_block_t b = { MODEL_BLOCK_P, model_ctx_pos(c, n), text, NULL, NULL, NULL, 0, NULL };
			ARENA_PUSH(c->a, p.blocks, p.nblocks, b);
		}
		return p;
	}
	MODEL_FOR_ELEMS(e, n) {
		model_block_t b;
		if (model_node_block(c, e, &b))
			ARENA_PUSH(c->a, p.blocks, p.nblocks, b);
	}
	return p;
}

void model_ctx_define(model_ctx_t *c, model_id_kind_t kind, const char *id, void *obj, const xmlNode *n)
{
	if (id == NULL)
		return;
	const model_pos_t *first = idmap_put(c->m->ids[kind], id, obj, model_ctx_pos(c, n));
	if (first)
		model_ctx_report(c, n, MODEL_MSG_DUPLICATE_ID, model_id_kind_names[kind], id,
		           first->file, first->line, first->col);
}

void model_ctx_ref(model_ctx_t *c, model_id_kind_t kind, const char *id, void *slot,
             const xmlNode *n, const char *attr)
{
	if (id == NULL)
		return;
	model_ref_t r = { kind, id, slot, model_ctx_pos(c, n), attr };
	ARENA_PUSH(c->a, c->m->refs, c->m->nrefs, r);
}

void model_ctx_clause_ref(model_ctx_t *c, const xmlNode *n, const model_clause_t **slot)
{
	model_ctx_ref(c, MODEL_ID_CLAUSE, model_attr_str(c, n, "clause"), (void *)slot, n, "clause");
}

/* Reports a span whose end comes before its start. */
void model_ctx_check_span(model_ctx_t *c, xmlNode *n, date_t from, date_t to,
                       const char *from_name, const char *to_name)
{
	if (date_is_set(from) && date_is_set(to) && date_cmp(from, to) > 0)
		model_ctx_report(c, n, MODEL_MSG_DATES_REVERSED, to_name, from_name);
}

/* Stores a value of size n at offset off of obj; memcpy keeps the
 * compiler's aliasing rules out of the table-driven access. */
static void put(void *obj, size_t off, const void *value, size_t n)
{
	memcpy((char *)obj + off, value, n);
}

/* The size of a field of each type in its struct. */
static const size_t field_size[] = {
	[MODEL_FIELD_ID] = sizeof(char *), [MODEL_FIELD_TEXT] = sizeof(char *),
	[MODEL_FIELD_YEAR] = sizeof(char *), [MODEL_FIELD_CONTENT] = sizeof(char *),
	[MODEL_FIELD_REF] = sizeof(char *), [MODEL_FIELD_DATE] = sizeof(date_t),
	[MODEL_FIELD_MONEY] = sizeof(money_t), [MODEL_FIELD_UINT] = sizeof(unsigned),
	[MODEL_FIELD_YESNO] = sizeof(int), [MODEL_FIELD_ENUM] = sizeof(int),
};

static void ctx_field(model_ctx_t *c, xmlNode *n, void *obj, const model_field_t *f)
{
	union { char *s; date_t d; money_t m; unsigned u; int i; } v = { NULL };
	switch (f->type) {
	case MODEL_FIELD_ID:
		v.s = model_attr_str(c, n, "id");
		model_ctx_define(c, f->kind, v.s, obj, n);
		break;
	case MODEL_FIELD_TEXT:
		v.s = model_attr_str(c, n, f->attr);
		break;
	case MODEL_FIELD_YEAR:
		v.s = model_attr_year(c, n, f->attr);
		break;
	case MODEL_FIELD_CONTENT:
		v.s = model_node_text(c, n);
		break;
	case MODEL_FIELD_REF:
		v.s = model_attr_str(c, n, f->attr);
		model_ctx_ref(c, f->kind, v.s, (char *)obj + f->ref_offset, n, f->attr);
		break;
	case MODEL_FIELD_CLAUSE:
		model_ctx_ref(c, MODEL_ID_CLAUSE, model_attr_str(c, n, "clause"), (char *)obj + f->ref_offset,
		        n, "clause");
		return;
	case MODEL_FIELD_DATE:
		v.d = model_attr_date(c, n, f->attr);
		break;
	case MODEL_FIELD_MONEY:
		v.m = model_attr_money(c, n, f->attr, NULL, f->dflt);
		break;
	case MODEL_FIELD_UINT:
		v.u = model_attr_uint(c, n, f->attr);
		break;
	case MODEL_FIELD_YESNO:
		v.i = model_attr_yesno(n, f->attr, f->dflt);
		break;
	case MODEL_FIELD_ENUM:
		v.i = model_attr_enum(n, f->attr, f->names, f->dflt);
		break;
	}
	put(obj, f->offset, &v, field_size[f->type]);
}

void model_ctx_fields(model_ctx_t *c, xmlNode *n, void *obj, const model_record_kind_t *k)
{
	for (size_t i = 0; i < k->nfields; i++)
		ctx_field(c, n, obj, &k->fields[i]);
}

void *model_ctx_record(model_ctx_t *c, xmlNode *n, const model_record_kind_t *k)
{
	void *obj = model_ctx_new(c, k->size);
	model_pos_t pos = model_ctx_pos(c, n);
	put(obj, 0, &pos, sizeof pos);
	model_ctx_fields(c, n, obj, k);
	if (k->span.from) {
		date_t from, to;
		memcpy(&from, (char *)obj + k->span.from_offset, sizeof from);
		memcpy(&to, (char *)obj + k->span.to_offset, sizeof to);
		model_ctx_check_span(c, n, from, to, k->span.from, k->span.to);
	}
	return obj;
}

/* Appends obj to the row's list in parent: ARENA_PUSH on a T ** array
 * known by its offsets (the pointers are stored as resolve.c stores a
 * reference: a void * copied into a T * of the right type). */
static void child_push(model_ctx_t *c, void *parent, const model_child_t *row, void *obj)
{
	void **list;
	size_t count;
	memcpy(&list, (char *)parent + row->list, sizeof list);
	memcpy(&count, (char *)parent + row->count, sizeof count);
	ARENA_PUSH(c->a, list, count, obj);
	put(parent, row->list, &list, sizeof list);
	put(parent, row->count, &count, sizeof count);
}

void *model_ctx_child(model_ctx_t *c, xmlNode *n, void *parent, const model_child_t *table,
                      size_t nrows)
{
	for (size_t i = 0; i < nrows; i++) {
		const model_child_t *row = &table[i];
		if (!model_xml_is(n, row->kind->element))
			continue;
		void *obj = model_ctx_record(c, n, row->kind);
		if (row->up)
			put(obj, row->up, &parent, sizeof parent);
		if (row->build)
			row->build(c, n, obj, parent);
		child_push(c, parent, row, obj);
		return obj;
	}
	return NULL;
}

void model_ctx_children(model_ctx_t *c, xmlNode *n, void *parent, const model_child_t *table,
                        size_t nrows)
{
	MODEL_FOR_ELEMS(e, n)
		model_ctx_child(c, e, parent, table, nrows);
}

char *model_ctx_folder_file(model_ctx_t *c, const xmlNode *n, const char *attr,
                            const char *name, const char *what)
{
	const char *dir = c->m->r.dir;
	if (strstr(name, "://") || strncmp(name, "file:", 5) == 0) {
		model_ctx_report(c, n, MODEL_MSG_NAMED_FILE_URL, attr, name);
		return NULL;
	}
	char *path = paths_join(dir, name);
	char *real = realpath(path, NULL), *top = realpath(dir, NULL);
	size_t len = top ? strlen(top) : 0;
	free(path);
	if (real == NULL) {
		model_ctx_report(c, n, MODEL_MSG_NAMED_FILE_MISSING, attr, name, what);
	} else if (top == NULL || strncmp(real, top, len) != 0 || real[len] != '/') {
		model_ctx_report(c, n, MODEL_MSG_NAMED_FILE_OUTSIDE, attr, name, what);
		free(real);
		real = NULL;
	}
	free(top);
	return real;
}
