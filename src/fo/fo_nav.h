/*
 * fo_nav: links and navigation.  fo:basic-link (internal-destination,
 * external-destination) becomes a clickable area over its text,
 * every id a named destination at the top of its first area, and
 * fo:bookmark-tree the PDF outline (nested, starting-state).
 *
 * fo_nav_t holds the ids of the document (nodes' strings, owned by the
 * xmlDoc) so that a link or bookmark to an id no object has is reported
 * once and left out, instead of making a broken PDF.
 */
#ifndef LPDOC_FO_NAV_H
#define LPDOC_FO_NAV_H

#include <cairo.h>

#include "fo_extra.h"
#include "fo_text.h"
#include "fo_tree.h"

typedef struct fo_nav fo_nav_t;

/* The URI of a uri-specification: url('x'), url(x) or x.  Freed by the caller. */
char *fo_uri_spec(const char *v);

/* Collects the ids and reports links and bookmarks to unknown ones. */
fo_nav_t *fo_nav_new(const fo_doc_t *doc, diag_t *d);
void fo_nav_free(fo_nav_t *nav);

/* The link of basic-link n whose text is bytes [start, end) of its
 * paragraph, prepended to *links (nothing when it has no usable target). */
void fo_link_collect(fo_extra_t **links, const fo_nav_t *nav, const fo_node_t *n,
                     size_t start, size_t end);
/* Copies the links showing on line i of p onto a line's extras. */
void fo_link_attach(fo_extra_t **extra, const fo_extra_t *links, const fo_para_t *p, int i);
/* Basic-link n over a whole line w wide (FOP's link area around a block
 * nested in an inline inside the link), appended to a line's extras. */
void fo_link_line(fo_extra_t **extra, const fo_nav_t *nav, const fo_node_t *n, double w);
/* Draws the link areas of a line item whose top-left corner is x, y. */
void fo_link_draw(cairo_t *cr, const fo_item_t *it, double x, double y);
/* Names the destination of id at x, y (once per page drawn). */
void fo_nav_dest(cairo_t *cr, const char *id, double x, double y);
/* Adds the outline of the bookmark tree to the PDF surface. */
void fo_nav_outline(cairo_surface_t *s, const fo_doc_t *doc, const fo_nav_t *nav);

#endif
