/*
 * xmlsafe: the only way lpdoc parses XML it did not write itself.
 *
 * Records and FO files come from many people, so parsing is locked down:
 * no network, no DTD (a document type declaration is refused outright, so
 * no external or expanding entities can exist), a size limit checked
 * before reading, libxml2's default depth limit, and every element keeps
 * the line and column of its start tag.  Problems go to a diag_t as
 * `file:line:col: error: ...`.
 *
 * The returned document is owned by the caller (xmlFreeDoc()).  Element
 * nodes carry their position in node->_private: read it with
 * xml_node_line() and xml_node_col(), never directly.
 */
#ifndef LPDOC_UTIL_XMLSAFE_H
#define LPDOC_UTIL_XMLSAFE_H

#include <stddef.h>
#include <libxml/tree.h>

#include "diag.h"

/* Files larger than this are refused before they are read. */
#define XML_SAFE_MAX_BYTES ((size_t)64 * 1024 * 1024)
/* One comment, text node, name or attribute value: libxml2's own limit
 * (XML_MAX_TEXT_LENGTH, without XML_PARSE_HUGE), in MB. */
#define XML_SAFE_MAX_NODE_MB 10

/* Parses path ("-" is standard input).  Returns NULL after reporting
 * every problem to d.  name is how the file is called in messages
 * (NULL: the path itself). */
xmlDocPtr xml_safe_read_file(const char *path, const char *name, diag_t *d);
xmlDocPtr xml_safe_read_memory(const char *data, size_t len, const char *name,
                               diag_t *d);

/* Reads a whole file into memory, refusing more than limit bytes.
 * Returns NULL (and reports) on failure; *len receives the size. */
char *file_read_all(const char *path, size_t limit, size_t *len, diag_t *d);

unsigned xml_node_line(const xmlNode *node);
unsigned xml_node_col(const xmlNode *node);

#endif
