/*
 * doc: the last leg every document command shares — view document ->
 * stylesheet (style/, the locked-down XSLT runner) -> XSL-FO -> FO engine ->
 * PDF written atomically, or the XSL-FO itself when asked (--fo), so
 * that any document can be checked against another FO processor.
 *
 * A doc_t owns one compiled stylesheet and may render any number of
 * views with it (one per school in a batch).  The caller keeps its view
 * documents and its diag_t.  Output names for batches come from
 * doc_file_stem(): never a path separator, never "..", so a record's
 * name cannot lead a file out of the output folder.
 */
#ifndef LPDOC_DOC_DOC_H
#define LPDOC_DOC_DOC_H

#include <stddef.h>
#include <libxml/tree.h>

#include "../fo/fo.h"
#include "../util/diag.h"

typedef struct doc doc_t;

typedef struct doc_options {
	int fo_only;             /* write the XSL-FO, not the PDF */
	fo_options_t fo;         /* for the engine */
} doc_options_t;

void doc_options_init(doc_options_t *opt);

/* Compiles stylesheets/<stylesheet> from lpdoc's data folder; data_dir
 * (the partnership folder, may be NULL) is the one other folder the
 * stylesheet may read.  Returns NULL after reporting. */
doc_t *doc_open(const char *stylesheet, const char *data_dir, diag_t *d);

/* Transforms view with params (NULL-terminated name, value pairs of
 * plain strings, may be NULL) and writes out_path ("-": standard
 * output); name is the file name diagnostics use for the result.  The
 * stylesheet also gets bookmarks and graphics = 'yes' or 'no': whether
 * the FO may hold an outline and images (always with fo_only; otherwise
 * when the engine says it has them).
 * Returns 0, or -1 after reporting; a failed write leaves any earlier
 * file at out_path untouched.  stats (may be NULL) gets the page count. */
int doc_write(doc_t *doc, xmlDocPtr view, const char *const *params, const char *name,
              const char *out_path, const doc_options_t *opt, diag_t *d, fo_stats_t *stats);

void doc_close(doc_t *doc);

/* Writes any XML document (a view, an FO) indented, so people can read
 * and diff it, atomically to path ("-": standard output).  Returns 0, or
 * -1 after reporting. */
int doc_save_xml(xmlDocPtr doc, const char *path, diag_t *d);

/* "100001-mill-lane-primary-school" from key "100001" and the name
 * "Mill Lane Primary School": lower-case ASCII letters and digits
 * (accented Latin letters as their base letter, apostrophes dropped),
 * every other run of bytes one '-', at most 60 bytes of name; never
 * empty, never containing '/', '\\' or "..".  The caller frees it. */
char *doc_file_stem(const char *key, const char *name);

#endif
