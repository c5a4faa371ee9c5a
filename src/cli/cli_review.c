/* cli_review: `lpdoc review DIR [--year Y] [--today D] [-o FILE] [--fo |
 * --view]` — the register of an annual review: returns received, the
 * members not yet returned (the chase list), tallies and deadlines. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <libxml/tree.h>

#include "../doc/doc.h"
#include "../model/model.h"
#include "../util/paths.h"
#include "../view/proforma.h"
#include "../view/report.h"
#include "../view/review.h"
#include "cli.h"

static const char review_usage[] =
	"usage: lpdoc review DIR [--year Y] [--today YYYY-MM-DD] [-o FILE] [--fo | --view]\n"
	"\n"
	"The register of the annual review of the partnership in DIR: the members the\n"
	"review asked (members on the day it opened), each return received with its\n"
	"choice (remain or withdraw) and date, withdrawals given later than the notice\n"
	"the agreement requires, the members not yet returned with their contact\n"
	"details (\"Not returned\": the chase list), the tallies, the return date and\n"
	"the last day notice to withdraw can arrive.  Returns are recorded in\n"
	"members.xml: <review year=\"2026-27\"><return member=... date=... choice=...\n"
	"by=.../></review>.  An agreement without an annual review has no register:\n"
	"nothing is written, exit status 2.\n"
	"\n"
	"  --year Y       the review renewing membership for financial year Y (e.g.\n"
	"                 2026-27); default the latest review on or before the date\n"
	"                 judged at (the December 2025 review renews 2026-27)\n"
	"  --today DATE   judge as of DATE (default: the date of SOURCE_DATE_EPOCH\n"
	"                 when set, else today; never later than the records' as-of date)\n"
	"  -o FILE        the PDF to write (default output/review-register.pdf; \"-\":\n"
	"                 standard output)\n"
	"  --fo           write the XSL-FO instead of the PDF\n"
	"  --view         write the view XML the stylesheet reads instead\n"
	"  -h, --help\n"
	"\n"
	"To chase the members not returned: lpdoc proforma DIR --year Y --outstanding --split.\n"
	"Exit status: 0 written; 2 records invalid, no annual review or a usage error;\n"
	"3 cannot write.\n";

typedef struct review_opts {
	const char *dir, *out, *year;
	date_t today;            /* unset: view_report_today() decides */
	int fo_only, view_only;
} review_opts_t;

/* Returns -1 to go on, else the exit status (after printing why). */
static int review_parse(int argc, char **argv, review_opts_t *o)
{
	static const struct option longs[] = {
		{ "year", required_argument, NULL, 'y' },
		{ "today", required_argument, NULL, 't' },
		{ "fo", no_argument, NULL, 'F' },
		{ "view", no_argument, NULL, 'V' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c, rc;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:h", longs, NULL)) != -1) {
		switch (c) {
		case 'o': o->out = optarg; break;
		case 'y': o->year = optarg; break;
		case 'F': o->fo_only = 1; break;
		case 'V': o->view_only = 1; break;
		case 't':
			rc = date_parse(optarg, &o->today);
			if (rc < 0) {
				fprintf(stderr, "lpdoc review: --today '%s': %s; write YYYY-MM-DD\n",
				        optarg, date_parse_error(rc));
				return EXIT_INVALID;
			}
			break;
		case 'h': fputs(review_usage, stdout); return EXIT_OK;
		default: fputs(review_usage, stderr); return EXIT_INVALID;
		}
	}
	if (optind != argc - 1)
		return cli_usage_error("review", review_usage, "give one partnership folder%s", "");
	if (o->fo_only && o->view_only)
		return cli_usage_error("review", review_usage, "--fo and --view exclude each other%s", "");
	o->dir = argv[optind];
	if (o->out == NULL)
		o->out = o->view_only ? "output/review-register.xml"
		       : o->fo_only ? "output/review-register.fo" : "output/review-register.pdf";
	return -1;
}

/* Writes the view, its FO or its PDF. */
static void review_write(xmlDocPtr view, const review_opts_t *o, diag_t *d)
{
	if (strncmp(o->out, "output/", 7) == 0 && !paths_is_dir("output") && mkdir("output", 0777) != 0) {
		diag_add(d, DIAG_FATAL, "output", 0, 0, NULL, "cannot create the output folder: %s",
		         strerror(errno));
		return;
	}
	if (o->view_only) {
		doc_save_xml(view, o->out, d);
		return;
	}
	doc_t *doc = doc_open("review.xsl", o->dir, d);
	if (doc == NULL)
		return;
	doc_options_t opt;
	doc_options_init(&opt);
	opt.fo_only = o->fo_only;
	doc_write(doc, view, NULL, o->out, o->out, &opt, d, NULL);
	doc_close(doc);
}

static void review_produce(const model_t *m, const review_opts_t *o, diag_t *d)
{
	const model_agreement_t *ag = &model_records(m)->agreement;
	char *refusal = view_proforma_refusal(m, o->dir, "review register");
	if (refusal) {
		diag_add(d, DIAG_ERROR, ag->pos.file, ag->pos.line, ag->pos.col, NULL, "%s", refusal);
		free(refusal);
		return;
	}
	xmlDocPtr view = view_review_build(m, o->year, view_report_today(m, o->today), d);
	if (view == NULL)
		return;
	review_write(view, o, d);
	xmlFreeDoc(view);
}

int cli_review(int argc, char **argv)
{
	review_opts_t o = { 0 };
	o.today = DATE_NONE;
	int status = review_parse(argc, argv, &o);
	if (status >= 0)
		return status;
	diag_t *d = diag_new();
	model_t *m = cli_model_load(o.dir, o.out, d);
	if (m) {
		review_produce(m, &o, d);
		model_free(m);
	}
	return cli_finish(d);
}
