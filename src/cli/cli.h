/*
 * cli: the lpdoc commands.  Each command is one function taking the
 * arguments after its name (argv[0] is the command's name) and returning
 * the process exit status:
 *
 *   0  success (for check: compliant)
 *   1  breaches of the agreement at error level
 *   2  input unreadable or invalid, or a usage error
 *   3  system failure (out of memory, cannot write output)
 *
 * Every command answers --help.
 */
#ifndef LPDOC_CLI_CLI_H
#define LPDOC_CLI_CLI_H

#include "../model/model.h"
#include "../util/diag.h"

enum {
	EXIT_OK = 0,
	EXIT_BREACH = 1,
	EXIT_INVALID = 2,
	EXIT_SYSTEM = 3
};

typedef struct cli_command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
} cli_command_t;

/* Maps the worst diagnostic level to an exit status for commands that
 * read input: errors are invalid input (2), fatal is system failure (3). */
int cli_exit_for_input(const diag_t *d);

int cli_check(int argc, char **argv);
/* The end of a command: prints d's messages sorted to standard error,
 * frees d, and returns the exit status cli_exit_for_input() gives. */
int cli_finish(diag_t *d);
/* The records of a command that makes documents from them: model_load(),
 * then a warning for every character in them that no font lpdoc uses
 * has (check_text_fonts(), as `lpdoc check` gives them).  NULL after
 * reporting, as model_load(). */
model_t *cli_load_records(const char *dir, diag_t *d);

/* The records in dir for a command that writes out ("-": standard
 * output): NULL after reporting when they cannot be loaded, or when out
 * may not be written (inside the records folder, replacing a file lpdoc
 * did not make, an unwritable folder: see doc/outguard.h). */
struct model;
struct model *cli_model_load(const char *dir, const char *out, diag_t *d);

/* -j N: a number of worker processes from 1 to 256; 0, or -1 when s is
 * not one. */
int cli_parse_jobs(const char *s, unsigned *out);

int cli_compliance(int argc, char **argv);
/* Prints "lpdoc CMD: " fmt (with arg), then usage, to standard error;
 * returns EXIT_INVALID. */
int cli_usage_error(const char *cmd, const char *usage, const char *fmt, const char *arg);

int cli_agreement(int argc, char **argv);
int cli_build(int argc, char **argv);
int cli_minutes(int argc, char **argv);
int cli_pack(int argc, char **argv);
int cli_proforma(int argc, char **argv);
int cli_report(int argc, char **argv);
int cli_review(int argc, char **argv);
int cli_plan(int argc, char **argv);
/* The driver `lpdoc report` and `lpdoc plan` share: options (--year,
 * --today, -o, --fo, --view, --performance-plan for the report), model,
 * view, stylesheet, output.  usage is the command's --help text. */
int cli_yearly(int argc, char **argv, const char *cmd, int delivery_plan, const char *usage);
int cli_init(int argc, char **argv);
int cli_import(int argc, char **argv);
int cli_calendar(int argc, char **argv);
int cli_render(int argc, char **argv);
int cli_view(int argc, char **argv);

#endif
