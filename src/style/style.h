/*
 * style: runs one of lpdoc's XSLT stylesheets over a view document,
 * locked down.
 *
 * Stylesheets get customised, so they are treated as untrusted: a
 * transformation may not write files, create directories or use the
 * network, and may read (xsl:include, xsl:import, document()) only files
 * inside the stylesheet's own folder and the folders the caller allows
 * (the partnership's data folder).  Documents read that way are parsed
 * without DTDs or entities.  Messages from the stylesheet (xsl:message)
 * and errors go to the diag_t with the stylesheet's file and line.
 *
 * A style_t owns the compiled stylesheet; style_apply() returns a new
 * document the caller frees with xmlFreeDoc().
 */
#ifndef LPDOC_STYLE_STYLE_H
#define LPDOC_STYLE_STYLE_H

#include <libxml/tree.h>

#include "../util/diag.h"

typedef struct style style_t;

/* Must be called once before any other function (it installs the locked
 * loaders into libxml2 and libxslt, which are process-wide). */
void style_init(void);

/* Compiles the stylesheet at path.  read_roots is a NULL-terminated list
 * of further folders document() may read from (may be NULL).  Returns
 * NULL after reporting. */
style_t *style_load(const char *path, const char *const *read_roots, diag_t *d);

/* Applies the stylesheet.  params is a NULL-terminated list of name,
 * value pairs whose values are plain strings (quoted for the caller).
 * Returns the result document, or NULL after reporting. */
xmlDocPtr style_apply(style_t *s, xmlDocPtr view, const char *const *params,
                      diag_t *d);

void style_free(style_t *s);

#endif
