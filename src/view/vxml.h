/*
 * vxml: small helpers for building view XML documents from the model:
 * elements, and attributes from the model's value types (dates, money,
 * references with the referenced name beside the id, clause citations).
 * Every helper skips absent values (NULL strings, unset dates), so a view
 * never shows empty attributes; setting an attribute twice keeps the
 * last value.  Nodes belong to their document.
 */
#ifndef LPDOC_VIEW_VXML_H
#define LPDOC_VIEW_VXML_H

#include <libxml/tree.h>

#include "../model/fields.h"
#include "../model/model.h"

/* A new view document whose root element is root_name (*root). */
xmlDocPtr vxml_doc_new(const char *root_name, xmlNode **root);
xmlNode *vxml_node(xmlNode *parent, const char *name);
/* A child element holding text (collapsed already by the model). */
xmlNode *vxml_text_node(xmlNode *parent, const char *name, const char *text);
void vxml_attr(xmlNode *n, const char *name, const char *value);
void vxml_uint(xmlNode *n, const char *name, unsigned long value);
void vxml_yesno(xmlNode *n, const char *name, int value);
/* ISO date; also name-text = "14 October 2025". */
void vxml_date(xmlNode *n, const char *name, date_t value);
/* name = "1234.50" and name-text = "£1,234.50". */
void vxml_money(xmlNode *n, const char *name, money_t value);
/* clause = "3.1" and cite = "MoU 3.1". */
void vxml_clause(xmlNode *n, const model_t *m, const model_clause_t *c);
/* name = person id and name-name = the person's name. */
void vxml_person(xmlNode *n, const char *name, const model_person_t *p);
void vxml_member(xmlNode *n, const char *name, const model_member_t *s);
void vxml_body(xmlNode *n, const char *name, const model_body_t *b);
/* p and list children for the blocks (sub-clauses are the caller's). */
void vxml_prose(xmlNode *parent, const model_prose_t *p);
/* A prose element named name, only when p has any blocks. */
void vxml_prose_node(xmlNode *parent, const char *name, const model_prose_t *p);

/* A flat record (see model/fields.h) as an element named after its kind,
 * every field an attribute in table order: references with their
 * -name (people, members, bodies, parties) or -date (meetings) beside,
 * text content as the element's text.  Returns the element, so callers
 * can add computed attributes. */
xmlNode *vxml_record(xmlNode *parent, const model_t *m, const model_record_kind_t *k,
                     const void *obj);

#endif
