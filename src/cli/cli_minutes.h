/*
 * cli_minutes: what `lpdoc minutes`, `lpdoc pack` and `lpdoc agenda`
 * share — their options (folder, the meeting or term, -o, --public,
 * --today, --fo, --view), finding the meeting or term, and the last leg:
 * load the records, build the view with the command's builder, then write
 * the view or render it through the command's stylesheet.
 *
 * A command describes itself once in a constant cli_minutes_kind_t (its
 * row of doc/doc_kind.h, its usage, its key option and which meetings
 * have the document);
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
	doc_kind_id_t kind;      /* DOC_MINUTES, DOC_PACK, DOC_AGENDA: command, stylesheet */
	const char *usage;
	const char *key_option;  /* "meeting" or "term": what the document is of */
	const char *hint;        /* where the ids are, for an id that names none */
	/* For a meeting: whether mt can have the document (NULL: any can), and
	 * why another cannot, after "meeting 'ID' is STATUS: ". */
	int (*fits)(const model_meeting_t *mt);
	const char *unfit;
} cli_minutes_kind_t;

/* Parses argv for the command, runs it and returns the exit status. */
int cli_minutes_run(const cli_minutes_kind_t *kind, int argc, char **argv);

/* Reports an unknown id of a kind ("meeting", "term", "body") given to
 * --KIND, naming the nearest existing one, else giving hint. */
void cli_minutes_unknown(diag_t *d, const model_t *m, const char *kind, const char *id,
                         const char *hint);

#endif
