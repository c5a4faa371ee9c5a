/*
 * fo: the XSL-FO engine's public interface.
 *
 * fo_render_doc() typesets an XSL-FO document held in memory (an xmlDoc,
 * e.g. the result of an XSLT transformation, never serialised) and writes
 * the PDF to out_path through a temporary file, so a failed run leaves
 * any earlier file untouched ("-" writes to standard output).  Problems
 * go to d as `file:line:col: level: message`, name being the file name
 * used in them.  The caller keeps ownership of the xmlDoc and d.
 *
 * Inside, one module per stage or formatting object, each with its
 * header: fo_tree (FO tree and masters), fo_props (properties), fo_text
 * (fonts, paragraphs, line breaking), fo_linebreak (where lines may
 * break: UAX #14 as FOP), fo_bidi (right to left, writing-mode rl-tb),
 * fo_hyph (hyphenation), fo_layout (vertical
 * lists of blocks), fo_changebar (change bars), fo_table, fo_list,
 * fo_footnote, fo_container (block- and inline-containers), fo_float,
 * fo_columns (multi-column regions, span="all", balancing), fo_leader,
 * fo_marker (running headers, table markers), fo_extra (what a line
 * carries: links, markers, graphics, footnotes, before-floats), fo_image and fo_svg (graphics), fo_page (masters,
 * numbering, pagination), fo_render (the page loop), fo_pipe (the
 * drawing thread), fo_pdf (cairo and the PDF additions), fo_tag (tagged
 * PDF), fo_nav (links, outline).
 */
#ifndef LPDOC_FO_FO_H
#define LPDOC_FO_FO_H

#include <stddef.h>
#include <time.h>
#include <libxml/tree.h>

#include "../util/diag.h"

/* What the engine draws beyond the core, for callers that adapt (src/doc
 * gives stylesheets an outline and images only when these are defined). */
#define FO_HAS_BOOKMARKS 1
#define FO_HAS_GRAPHICS 1

typedef struct fo_fonts fo_fonts_t;

typedef struct fo_options {
	int has_date;            /* date is the creation date to record */
	time_t date;
	const char *creator;     /* NULL: "lpdoc VERSION" */
	size_t max_held_pages;   /* pages kept in memory while forward
	                            references wait; beyond, a second pass */
	const char *graphics_dir; /* relative graphics not beside the FO file are
	                            looked for here (the stylesheet folder) */
	fo_fonts_t *fonts;       /* fonts to reuse across documents (borrowed);
	                            NULL: loaded for this document alone */
	int single_thread;       /* draw pages on the calling thread too (by
	                            default a second thread draws page n while
	                            page n + 1 is laid out: same PDF, sooner) */
} fo_options_t;

/* The bundled fonts, loaded once for many documents of one process (a
 * batch): loading them is most of the cost of a one-page document.  Not
 * to be shared across fork(): each worker loads its own.  Returns NULL
 * after reporting to d. */
fo_fonts_t *fo_fonts_new(diag_t *d);
void fo_fonts_free(fo_fonts_t *f);
/* Makes fontconfig's default configuration lpdoc's empty one
 * (fonts/fonts.conf, through FONTCONFIG_FILE).  Pango 1.50 loads the
 * default configuration, on a thread of its own, when the first font map
 * is made, and waits for it, although lpdoc's font maps have a private
 * one: the system's fonts.conf and font caches cost milliseconds at
 * every start, and their rules could reach cairo.  Call once, at the
 * start of the program (main()), before any thread and any use of
 * fontconfig (it sets an environment variable). */
void fo_fonts_isolate(void);
/* fo_fonts_new() in two halves.  Loading reads every bundled font file
 * (a few milliseconds): fo_fonts_load_start() does it on a thread of its
 * own, so that it overlaps with reading or transforming the input, and
 * fo_fonts_load_finish() waits for it, frees the loader and returns what
 * fo_fonts_new() would (NULL after reporting to d, unless d is NULL:
 * the caller gave up).  No fork() between the two.  The loader's thread
 * makes no diagnostics and touches no libxml2 state. */
typedef struct fo_fonts_loader fo_fonts_loader_t;
fo_fonts_loader_t *fo_fonts_load_start(void);
fo_fonts_t *fo_fonts_load_finish(fo_fonts_loader_t *l, diag_t *d);

typedef struct fo_stats {
	size_t pages;
	int passes;              /* layout passes made (1 unless citations moved) */
	size_t nodes;            /* formatting objects */
} fo_stats_t;

/* Defaults; the creation date comes from $SOURCE_DATE_EPOCH when set, so
 * the same input gives a byte-identical PDF.  (LPDOC_THREADS=1 in the
 * environment when a document is rendered acts as single_thread.) */
void fo_options_init(fo_options_t *opt);

/* Returns 0 on success, -1 after reporting errors to d.  stats may be NULL. */
int fo_render_doc(xmlDocPtr fo, const char *name, const fo_options_t *opt,
                  const char *out_path, diag_t *d, fo_stats_t *stats);

/* Parses in_path ("-": standard input) safely, then fo_render_doc(). */
int fo_render_file(const char *in_path, const fo_options_t *opt, const char *out_path,
                   diag_t *d, fo_stats_t *stats);

#endif
