/*
 * internal: what the loader's parts share and nobody outside src/model/
 * may use: the model_t itself, the id kinds, the build context, helpers
 * reading attributes into typed values, and deferred references.
 *
 * Building runs file by file; references between records are only noted
 * (model_ctx_ref) and resolved once every file is built (model_resolve), so
 * files can refer to each other in any order.
 */
#ifndef LPDOC_MODEL_INTERNAL_H
#define LPDOC_MODEL_INTERNAL_H

#include <libxml/tree.h>

#include "../util/xmlsafe.h"

#include "../util/arena.h"
#include "idmap.h"
#include "fields.h"
#include "model.h"
#include "model_msg.h"



typedef struct model_ref {
	model_id_kind_t kind;
	const char *id;
	void *slot;              /* address of the pointer to fill */
	model_pos_t pos;
	const char *attr;        /* attribute the id came from, for messages */
} model_ref_t;

struct model {
	arena_t *arena;
	model_records_t r;
	idmap_t *ids[MODEL_ID_KIND_COUNT];
	model_ref_t *refs;       /* pending references, in arena */
	size_t nrefs;
	model_office_t **offices;  /* the offices of no body (partnership
	                            * offices), in people's record order */
	size_t noffices;
	model_meeting_t **meetings_by_pos;  /* those with a file, by file, line,
	                                     * then records order */
	size_t nmeetings_by_pos;
};

typedef struct model_ctx {
	model_t *m;
	arena_t *a;
	diag_t *d;
	const char *file;        /* in the arena */
} model_ctx_t;

/* ---- reading elements and attributes ---- */

model_pos_t model_ctx_pos(const model_ctx_t *c, const xmlNode *n);
/* model_ctx_report(c, n, MODEL_MSG_..., arguments): a message of model_msg.h
 * about element n, at file:line:col of its start tag. */
#define model_ctx_report(c, n, ...) \
	model_report((c)->d, (c)->file, xml_node_line(n), xml_node_col(n), __VA_ARGS__)
/* The next element sibling (or first element child with n->children). */
xmlNode *model_xml_elem(xmlNode *n);
#define MODEL_FOR_ELEMS(child, parent) \
	for (xmlNode *child = model_xml_elem((parent)->children); child; child = model_xml_elem(child->next))
int model_xml_is(const xmlNode *n, const char *name);

/* The attribute's value as in the file, or NULL; no copy. */
const char *model_attr_raw(const xmlNode *n, const char *name);
/* An arena copy of the attribute with whitespace collapsed, or NULL. */
char *model_attr_str(model_ctx_t *c, const xmlNode *n, const char *name);
date_t model_attr_date(model_ctx_t *c, const xmlNode *n, const char *name);
/* Sets *present when the attribute is there and valid. */
/* Reports an amount that is not money, beyond MONEY_MAX_POUNDS, or
 * negative unless signed_ok. */
money_t model_attr_money(model_ctx_t *c, const xmlNode *n, const char *name, int *present,
                   int signed_ok);
unsigned model_attr_uint(model_ctx_t *c, const xmlNode *n, const char *name);
int model_attr_yesno(const xmlNode *n, const char *name, int dflt);
/* Index of the attribute's value in names (NULL-terminated), or dflt. */
int model_attr_enum(const xmlNode *n, const char *name, const char *const *names, int dflt);
/* An academic/financial year id "2025-26": checks the years follow. */
char *model_attr_year(model_ctx_t *c, const xmlNode *n, const char *name);
/* "HH:MM" into out[6]; "" when absent. */
void model_attr_time(model_ctx_t *c, const xmlNode *n, const char *name, char out[6]);

/* Reports a span whose end (to_name) comes before its start. */
void model_ctx_check_span(model_ctx_t *c, xmlNode *n, date_t from, date_t to,
                    const char *from_name, const char *to_name);

/* The element's text with whitespace collapsed (arena). */
char *model_node_text(model_ctx_t *c, const xmlNode *n);
/* Paragraphs and lists, or the plain text as one paragraph. */
model_prose_t model_node_prose(model_ctx_t *c, xmlNode *n);
/* A p or list element as a block; returns 0 when n is neither. */
int model_node_block(model_ctx_t *c, xmlNode *n, model_block_t *out);

/* ---- ids and references ---- */

/* Registers id of the given kind; reports a duplicate. */
void model_ctx_define(model_ctx_t *c, model_id_kind_t kind, const char *id, void *obj, const xmlNode *n);
/* Notes that *slot must point at the object with this id (NULL id: nothing). */
void model_ctx_ref(model_ctx_t *c, model_id_kind_t kind, const char *id, void *slot,
             const xmlNode *n, const char *attr);
/* A clause reference from the clause attribute, if any. */
/* A file the records name (attribute attr of n, value name): it must be
 * no URL and, once symlinks and ".." are resolved, exist inside the
 * partnership folder (c->m->r.dir).  Returns its real path (the caller
 * frees it), or NULL after reporting at n; what names the file for the
 * advice ("image", "PDF"). */
char *model_ctx_folder_file(model_ctx_t *c, const xmlNode *n, const char *attr,
                            const char *name, const char *what);
void model_ctx_clause_ref(model_ctx_t *c, const xmlNode *n, const model_clause_t **slot);
void *model_ctx_new(model_ctx_t *c, size_t size);
/* Reads every field of kind k from n into obj (see fields.h), not pos. */
void model_ctx_fields(model_ctx_t *c, xmlNode *n, void *obj, const model_record_kind_t *k);
/* A new record of kind k: its pos and every field read from n. */
void *model_ctx_record(model_ctx_t *c, xmlNode *n, const model_record_kind_t *k);

/* A record an element holds as a child: its kind (the element's name and
 * fields), the list of the parent it joins (the offsets in the parent's
 * struct of its T ** array and size_t count), where the record points
 * back at its parent, and what more it needs, done before it joins (NULL:
 * nothing).  A builder is then a table of its children instead of an
 * if-chain of reads and pushes. */
typedef struct model_child {
	const model_record_kind_t *kind;
	size_t list, count;
	size_t up;               /* offset of the record's pointer to its parent; 0: none
	                          * (a record starts with its pos) */
	void (*build)(model_ctx_t *c, xmlNode *n, void *obj, void *parent);
} model_child_t;

/* The row of the records of kind joining parent_type's list (counted by
 * n##list, as every list of the model is). */
#define MODEL_CHILD(kind, parent_type, list, build) \
	{ kind, offsetof(parent_type, list), offsetof(parent_type, n##list), 0, build }
/* The same for records of type that point at their parent by their member up. */
#define MODEL_CHILD_UP(kind, parent_type, list, type, up, build) \
	{ kind, offsetof(parent_type, list), offsetof(parent_type, n##list), offsetof(type, up), build }
/* A table and its length, as model_ctx_child() and model_ctx_children() take them. */
#define MODEL_ROWS(table) (table), sizeof (table) / sizeof (table)[0]

/* Reads n as the child of parent that the table says it is: the record,
 * or NULL when n is none of the table's. */
void *model_ctx_child(model_ctx_t *c, xmlNode *n, void *parent, const model_child_t *table,
                      size_t nrows);
/* model_ctx_child() for every element child of n. */
void model_ctx_children(model_ctx_t *c, xmlNode *n, void *parent, const model_child_t *table,
                        size_t nrows);

/* ---- builders, one per file kind ---- */

/* The files whose root holds only records are read by their table (into
 * model_records_t); partnership.xml by a function. */
typedef struct model_file_records {
	const model_child_t *rows;
	size_t nrows;
} model_file_records_t;

extern const model_file_records_t model_members_records, model_people_records,
	model_calendar_records, model_meetings_records, model_finance_records,
	model_performance_records, model_plans_records;

void model_partnership_read(model_ctx_t *c, xmlNode *root);

/* Resolves the pending references and computes the derived links
 * (meetings by body, minute numbers, approvals, terms). */
void model_resolve(model_t *m, diag_t *d);

/* ---- schema validation (schema.c) ---- */

typedef struct model_schemas model_schemas_t;
model_schemas_t *model_schemas_new(void);
void model_schemas_free(model_schemas_t *s);
/* Validates doc against data/schema/<kind>.rng; returns 0 when valid,
 * else reports each violation as file:line:col and returns -1. */
int model_schema_validate(model_schemas_t *s, const char *kind, xmlDocPtr doc,
                          const char *file, diag_t *d);

#endif
