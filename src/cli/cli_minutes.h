/*
 * cli_minutes: what `lpdoc minutes` and `lpdoc pack` share — their
 * options (folder, -o, --public, --today, --fo, --view) and the last leg:
 * load the records, build the view with the command's builder, then print
 * the view or render it through the command's stylesheet.
 *
 * A cli_minutes_job_t holds borrowed strings from argv; nothing is owned.
 */
#ifndef LPDOC_CLI_CLI_MINUTES_H
#define LPDOC_CLI_CLI_MINUTES_H

#include <libxml/tree.h>

#include "../model/model.h"
#include "../util/diag.h"
#include "../view/minutes.h"

typedef struct cli_minutes_job {
	const char *command;     /* "minutes" or "pack" */
	const char *usage;
	const char *key_option;  /* "meeting" or "term" */
	const char *key;         /* its value */
	const char *stylesheet;  /* "minutes.xsl" */
	const char *dir, *out, *today_arg;
	int public_edition, fo_only, view_only;
	/* Builds the view, or reports (unknown meeting/term) and returns NULL. */
	xmlDocPtr (*build)(const model_t *m, const char *key, const view_minutes_opt_t *opt,
	                   diag_t *d);
} cli_minutes_job_t;

/* Parses argv into job (whose command, usage, key_option, stylesheet and
 * build the caller set), runs it and returns the exit status. */
int cli_minutes_run(cli_minutes_job_t *job, int argc, char **argv);

#endif
