/*
 * fo_tag: tagged PDF.  While items are drawn, the structure elements of
 * the FO objects they belong to are opened and closed on the cairo
 * context (cairo 1.16 builds the structure tree and writes /MarkInfo):
 * Document, P for blocks of text (or the block's role, e.g. H1),
 * Div for blocks of blocks, L/LI/Lbl/LBody for lists, Table/THead/TBody/
 * TFoot/TR/TH/TD for tables, Link for links, Figure for graphics.
 * Static content (running headers) stays outside the body's elements.
 *
 * fo_tags_t keeps the stack of open elements; it refers to FO nodes.
 */
#ifndef LPDOC_FO_TAG_H
#define LPDOC_FO_TAG_H

#include <stdio.h>
#include <cairo.h>

#include "fo_layout.h"
#include "../util/buf.h"

typedef struct fo_tags fo_tags_t;

/* Whether name is a standard PDF structure type (PDF 1.7 14.8.4), which
 * a role may give an object ("H1", "Caption").  Other roles are not
 * used: cairo 1.16 has no role map, and fails on some (a heading "H0"
 * made it abort). */
int fo_tag_is_structure_type(const char *name);

/* cairo_tag_begin() and cairo_tag_end() for every tag lpdoc writes.  cairo
 * 1.16 silently drops a tag while everything is clipped away (a clipped
 * block-container placed off the page), so a begin and its end on either
 * side of such a clip unbalance the nesting: cairo then fails the whole
 * PDF, or crashes destroying the surface.  These issue the tag unclipped. */
void fo_tag_begin(cairo_t *cr, const char *name, const char *attributes);
void fo_tag_end(cairo_t *cr, const char *name);

fo_tags_t *fo_tags_new(void);
void fo_tags_free(fo_tags_t *t);
/* Opens and closes elements so that what it draws next is inside the
 * elements of its objects. */
void fo_tags_item(fo_tags_t *t, cairo_t *cr, const fo_item_t *it);
/* Whether it is in the elements already open (fo_tags_item() would do
 * nothing: the next line of the same paragraph). */
int fo_tags_continues(const fo_tags_t *t, const fo_item_t *it);
/* Closes every element (the end of the document). */
void fo_tags_finish(fo_tags_t *t, cairo_t *cr);

/* Begins a Figure element whose alternative text is alt (NULL: none;
 * fox:alt-text).  cairo 1.16 cannot write /Alt: fo_tags_alt_objects()
 * makes new versions of the Figure objects for the incremental update. */
void fo_tags_figure(fo_tags_t *t, cairo_t *cr, const char *alt);

typedef struct fo_tags_obj {
	long num;                /* object number */
	long offset;             /* where its new version starts in the file */
} fo_tags_obj_t;

/* Appends to b the Figure objects of cairo's finished output pdf given
 * alternative text; b's first byte will be at offset base in the file.
 * Returns how many, with their numbers and offsets in *objs (freed by
 * the caller). */
size_t fo_tags_alt_objects(const fo_tags_t *t, FILE *pdf, long base, buf_t *b,
                           fo_tags_obj_t **objs);

#endif
