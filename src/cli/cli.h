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

#include "../doc/doc_kind.h"
#include "../model/model.h"
#include "../util/date.h"
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

/* For commands that parse argv by hand: when argv[*i] is option opt, as
 * "OPT VALUE" (advancing *i) or "OPT=VALUE", stores the value in *out
 * (NULL when the value is missing) and returns 1; else 0. */
int cli_option_value(int argc, char **argv, int *i, const char *opt, const char **out);
/* A command `cmd DIR [-o FILE]` (-h prints usage): loads the records in
 * DIR (cli_model_load()) and has write() write what the command makes to
 * FILE ("-", standard output, by default).  Returns the exit status. */
typedef int (*cli_model_write_fn)(const struct model *m, const char *out, diag_t *d);
int cli_model_command(int argc, char **argv, const char *cmd, const char *usage,
                      cli_model_write_fn write);

/* -j N of command cmd: a number of worker processes from 1 to 256 into
 * out: 0, or EXIT_INVALID after printing "lpdoc CMD: -j wants a number of
 * workers from 1 to 256, not 'S'" and usage (when not NULL). */
int cli_parse_jobs(const char *cmd, const char *usage, const char *s, unsigned *out);

int cli_compliance(int argc, char **argv);
int cli_agenda(int argc, char **argv);
int cli_interests(int argc, char **argv);
/* The one way src/cli writes an error or usage message (the records'
 * messages go through diag_t and cli_finish()): "lpdoc CMD: " and fmt
 * with its arguments and a newline (none when fmt is NULL), then usage
 * (when not NULL), to standard error.  Returns EXIT_INVALID. */
int cli_error(const char *cmd, const char *usage, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* "lpdoc CMD: " fmt and a newline to standard error: what a command says
 * of its work (pages made, files written) beside its output. */
void cli_say(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* d's messages, as they are, to standard error (cli_finish() sorts them
 * first and ends the command). */
void cli_print_diags(const diag_t *d);
/* Standard error when it is a terminal, else NULL: the stream a long
 * command (build, proforma) shows its progress on. */
FILE *cli_progress(void);

/* The date arg of option ("--return-by") of command cmd into out: 0, or
 * EXIT_INVALID after printing "lpdoc CMD: OPTION 'DATE': why; write
 * YYYY-MM-DD". */
int cli_parse_date(const char *cmd, const char *option, const char *arg, date_t *out);

/* cli_parse_date() of --today. */
int cli_parse_today(const char *cmd, const char *arg, date_t *out);

/* The options of a command that makes one document of a kind
 * (doc/doc_kind.h): -o FILE, -h, and those of the kind's row (--today,
 * --fo, --view, --public, --year), plus at most one option of the
 * command's own with a value (key_option: "meeting") and one without
 * (flag_option: "performance-plan").  The caller fills the first block;
 * cli_doc_parse() the second.  Strings are borrowed from argv. */
typedef struct cli_doc_opts {
	const doc_kind_t *kind;
	const char *cmd, *usage;  /* for messages and --help */
	const char *key_option, *flag_option;   /* NULL: none */
	int year_required;        /* --year must be given */
	int key_optional;         /* the key option may be left out */
	int out_optional;         /* -o may be left out: out is then
	                           * output/ and the row's file, .pdf, .fo
	                           * or .xml (out_default holds it) */

	const char *dir, *out, *year, *key;
	date_t today;             /* DATE_NONE unless --today */
	int fo_only, view_only, public_edition, flag;
	char out_default[80];
} cli_doc_opts_t;

/* Parses argv into o.  Returns -1 to go on; else the exit status, after
 * printing the usage (-h) or why the arguments are wrong (cli_error(): a
 * bad --today, an unknown option, a missing folder, key, --year or -o,
 * --fo with --view). */
int cli_doc_parse(cli_doc_opts_t *o, int argc, char **argv);

/* What a document command does with its records, once they are loaded
 * and out may be written: reports to d. */
typedef void (*cli_doc_produce_fn)(const model_t *m, const cli_doc_opts_t *o, void *ctx,
                                   diag_t *d);
/* A document command: cli_doc_parse(), cli_model_load(), produce, then
 * cli_finish().  Returns the exit status. */
int cli_doc_main(cli_doc_opts_t *o, int argc, char **argv, cli_doc_produce_fn produce, void *ctx);

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
