/* cli_build: `lpdoc build DIR [-o OUTDIR] [--year Y] [--term T] [-j N]
 * [--strict] [--force] [--today DATE] [-q]` — every document of a period
 * (the work is in build/). */
#include <getopt.h>
#include <stdio.h>

#include "../build/build.h"
#include "../doc/batch.h"
#include "cli.h"

static const char build_usage[] =
	"usage: lpdoc build DIR [-o OUTDIR] [--year YYYY-YY] [--term ID] [-j N] [--strict]\n"
	"                   [--force] [--today DATE] [-q]\n"
	"\n"
	"Checks the partnership records in DIR against the agreement, then makes every\n"
	"document the agreement calls for in one year: each held meeting's minutes\n"
	"(member and public editions), each term's minutes pack (both editions), the\n"
	"annual report, the performance plan and the delivery plan where the agreement\n"
	"has them, the MoU signing pro-formas, the agreement with signature blocks, and\n"
	"the compliance report.  They go to OUTDIR/<folder name of DIR>/<year>/.\n"
	"A document made before from the same records, stylesheets and lpdoc is not\n"
	"made again.  A document that an error-level breach of the agreement touches is\n"
	"marked \"NOT COMPLIANT - see compliance report\" on every page, except the\n"
	"published ones (public minutes and packs, the annual report), which state\n"
	"their findings in plain words instead.\n"
	"\n"
	"  -o OUTDIR      where to put the documents (default: output)\n"
	"  --year Y       the academic (and financial) year, e.g. 2025-26 (default: the\n"
	"                 year containing today, else the latest year in the records)\n"
	"  --term ID      only that term's minutes and packs, and the compliance report\n"
	"  -j N           worker processes (default: the number of cores)\n"
	"  --strict       make no document that is not compliant (and remove the ones\n"
	"                 an earlier build made)\n"
	"  --force        make every document again, even those up to date\n"
	"  --today DATE   judge what is due or overdue as of DATE, YYYY-MM-DD (default:\n"
	"                 SOURCE_DATE_EPOCH's date, else today; never after the records'\n"
	"                 as-of date)\n"
	"  -q, --quiet    no table of documents, only the last line\n"
	"  -h, --help\n"
	"\n"
	"Exit status: 0 every document made or up to date and the records compliant,\n"
	"1 the records break the agreement at error level (documents marked, or with\n"
	"--strict withheld), 2 records invalid, unknown year or term, or a usage error,\n"
	"3 a document could not be made or written.\n";

/* Returns -1 to go on, else the exit status. */
static int build_parse(int argc, char **argv, build_options_t *o)
{
	static const struct option longs[] = {
		{ "year", required_argument, NULL, 'y' },
		{ "term", required_argument, NULL, 't' },
		{ "strict", no_argument, NULL, 'S' },
		{ "force", no_argument, NULL, 'f' },
		{ "today", required_argument, NULL, 'T' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:j:qh", longs, NULL)) != -1) {
		switch (c) {
		case 'o': o->outdir = optarg; break;
		case 'y': o->year = optarg; break;
		case 't': o->term = optarg; break;
		case 'S': o->strict = 1; break;
		case 'f': o->force = 1; break;
		case 'q': o->quiet = 1; break;
		case 'j':
			if (cli_parse_jobs("build", build_usage, optarg, &o->jobs) != 0)
				return EXIT_INVALID;
			break;
		case 'T':
			if (cli_parse_today("build", optarg, &o->today) != 0)
				return EXIT_INVALID;
			break;
		case 'h': fputs(build_usage, stdout); return EXIT_OK;
		default: return cli_error("build", build_usage, NULL);
		}
	}
	if (optind != argc - 1)
		return cli_error("build", build_usage, "%s",
		                       optind < argc ? "give one partnership folder only"
		                                     : "which folder? give the partnership's folder");
	o->dir = argv[optind];
	return -1;
}

/* Failures first: a document not made outweighs a breach found. */
static int build_status(int rc, const build_result_t *res, const diag_t *d)
{
	if (!res->loaded)
		return cli_exit_for_input(d) == EXIT_OK ? EXIT_INVALID : cli_exit_for_input(d);
	if (rc != 0 || res->failed)
		return EXIT_SYSTEM;
	return res->errors ? EXIT_BREACH : EXIT_OK;
}

int cli_build(int argc, char **argv)
{
	build_options_t o = { .outdir = "output", .jobs = batch_default_workers() };
	int status = build_parse(argc, argv, &o);
	if (status >= 0)
		return status;
	if (!o.quiet)
		o.progress = cli_progress();
	diag_t *d = diag_new();
	build_result_t res;
	int rc = build_run(&o, d, &res);
	status = build_status(rc, &res, d);
	diag_free(d);
	return status;
}
