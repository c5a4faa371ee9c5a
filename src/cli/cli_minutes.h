/*
 * cli_minutes: what `lpdoc minutes` and `lpdoc pack` share — their
 * options (folder, -o, --public, --today, --fo, --view) and the last leg:
 * load the records, build the view with the command's builder, then write
 * the view or render it through the command's stylesheet.
 *
 * A command describes itself once in a constant cli_minutes_kind_t (its
 * row of doc/doc_kind.h, its usage and its key option);
 * strings from argv are borrowed, nothing is owned.
 */
#ifndef LPDOC_CLI_CLI_MINUTES_H
#define LPDOC_CLI_CLI_MINUTES_H

#include <libxml/tree.h>

#include "../model/model.h"
#include "../util/diag.h"
#include "../doc/doc_kind.h"

/* The options both commands take after their own key option, for --help. */
#define CLI_MINUTES_OPTIONS \
	"  --public       the public edition\n" \
	"  --today DATE   judge overdue actions as of DATE (default: $SOURCE_DATE_EPOCH,\n" \
	"                 else the records' as-of date)\n" \
	"  -o FILE        the PDF to write (\"-\": standard output)\n" \
	"  --fo           write the XSL-FO instead of the PDF\n" \
	"  --view         write the view XML the stylesheet reads\n" \
	"  -h, --help\n"

typedef struct cli_minutes_kind {
	doc_kind_id_t kind;      /* DOC_MINUTES or DOC_PACK: command, stylesheet */
	const char *usage;
	const char *key_option;  /* "meeting" or "term" */
	/* Puts what the key option's value names (the meeting, the term) in
	 * a and returns 0, or reports (unknown meeting or term) and returns
	 * -1. */
	int (*find)(const model_t *m, const char *key, doc_kind_args_t *a, diag_t *d);
} cli_minutes_kind_t;

/* Parses argv for the command, runs it and returns the exit status. */
int cli_minutes_run(const cli_minutes_kind_t *kind, int argc, char **argv);

/* Reports an unknown id of a kind ("meeting", "term") given to --KIND,
 * naming the nearest existing one, else giving hint. */
void cli_minutes_unknown(diag_t *d, const model_t *m, const char *kind, const char *id,
                         const char *hint);

#endif
