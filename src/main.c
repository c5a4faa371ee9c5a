/*
 * lpdoc: turns a learning partnership's records into the documents its
 * agreement demands.  This file only dispatches to the commands in cli/.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <libxml/parser.h>

#include "cli/cli.h"
#include "fo/fo.h"

#ifndef LPDOC_VERSION
#define LPDOC_VERSION "0.0"
#endif

static const cli_command_t commands[] = {
	{ "build", cli_build, "every document of a year (or term) into an output folder" },
	{ "check", cli_check, "check a partnership's records against its agreement" },
	{ "compliance", cli_compliance, "the compliance report: every finding, by level and clause" },
	{ "agenda", cli_agenda, "a meeting's notice, agenda and papers pack" },
	{ "interests", cli_interests, "the register of interests of a body's members" },
	{ "agreement", cli_agreement, "an agreement with a signature block per party" },
	{ "minutes", cli_minutes, "the minutes of one meeting (member or public edition)" },
	{ "pack", cli_pack, "a term's minutes pack with contents and action tracker" },
	{ "proforma", cli_proforma, "signing pro-formas for the members an annual review asks" },
	{ "review", cli_review, "the annual review register: returns, the chase list, tallies" },
	{ "report", cli_report, "the annual report (or performance plan) for a financial year" },
	{ "plan", cli_plan, "the delivery plan for an academic year" },
	{ "import", cli_import, "add or update schools from a GIAS download (import gias)" },
	{ "calendar", cli_calendar, "meetings and the agreement's dates as an iCalendar file" },
	{ "init", cli_init, "start a new partnership's folder from a sample's agreement" },
	{ "render", cli_render, "typeset an XSL-FO file into a PDF" },
	{ "view", cli_view, "print a partnership's records as canonical XML" },
};

static void usage(FILE *out)
{
	fputs("usage: lpdoc COMMAND [options] [arguments]\n"
	      "       lpdoc --version\n"
	      "       lpdoc help COMMAND\n\ncommands:\n", out);
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fputs("\nRun 'lpdoc COMMAND --help' for a command's options.\n", out);
}

static const cli_command_t *command_find(const char *name)
{
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_INVALID;
	}
	const char *name = argv[1];
	if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
		usage(stdout);
		return EXIT_OK;
	}
	if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
		printf("lpdoc %s\n", LPDOC_VERSION);
		return EXIT_OK;
	}
	if (strcmp(name, "help") == 0) {
		if (argc < 3) {
			usage(stdout);
			return EXIT_OK;
		}
		const cli_command_t *c = command_find(argv[2]);
		if (c == NULL) {
			fprintf(stderr, "lpdoc: unknown command '%s'\n", argv[2]);
			return EXIT_INVALID;
		}
		char *help_argv[] = { (char *)c->name, (char *)"--help", NULL };
		return c->run(2, help_argv);
	}
	const cli_command_t *c = command_find(name);
	if (c == NULL) {
		fprintf(stderr, "lpdoc: unknown command '%s'; run 'lpdoc --help' for the list\n", name);
		return EXIT_INVALID;
	}
	/* Past the file size limit a write must fail with EFBIG, which the
	 * atomic writer reports (keeping any earlier file), rather than the
	 * default SIGXFSZ killing lpdoc without a word. */
	signal(SIGXFSZ, SIG_IGN);
	fo_fonts_isolate();
	xmlInitParser();
	int status = c->run(argc - 1, argv + 1);
	xmlCleanupParser();
	return status;
}
