/* cli_report: `lpdoc report DIR --year Y [--performance-plan] -o FILE` —
 * the annual report (or the annual performance plan) for a financial
 * year; also the shared driver of `lpdoc plan` (cli_plan.c). */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <libxml/tree.h>

#include "../doc/doc.h"
#include "../model/model.h"
#include "../view/plan.h"
#include "../view/report.h"
#include "cli.h"

static const char report_usage[] =
	"usage: lpdoc report DIR --year YYYY-YY [--performance-plan] -o FILE\n"
	"                    [--today YYYY-MM-DD] [--fo | --view]\n"
	"\n"
	"The annual report for the financial year YYYY-YY of the partnership in DIR:\n"
	"members, progress against each priority, spending against budget, income,\n"
	"reserves, grants, meetings and attendance, inspection outcomes and the\n"
	"brokerage matrix, procedure changes, the Board's seats; with charts.\n"
	"\n"
	"  --year YYYY-YY       the financial year reported on (required)\n"
	"  --performance-plan   the Annual Performance Plan agreed at the end of that\n"
	"                       year instead: the year's analysis, targets for the next\n"
	"                       year beside this and last year's, the financial report,\n"
	"                       learners and quality of provision\n"
	"  -o FILE              the PDF to write (\"-\": standard output)\n"
	"  --today DATE         judge what is overdue as of DATE (default: the date of\n"
	"                       SOURCE_DATE_EPOCH when set, else today; never later than\n"
	"                       the records' as-of date)\n"
	"  --fo                 write the XSL-FO instead of the PDF\n"
	"  --view               write the view XML the stylesheet reads instead\n"
	"  -h, --help\n"
	"\n"
	"Exit status: 0 ok, 2 records invalid or year unknown, 3 cannot write.\n";

typedef enum yearly_kind { YEARLY_REPORT, YEARLY_PERFORMANCE_PLAN, YEARLY_DELIVERY_PLAN } yearly_kind_t;

typedef struct yearly_opts {
	const char *cmd, *dir, *year, *out;
	yearly_kind_t kind;
	date_t today;            /* unset: view_report_today() decides */
	int fo_only, view_only;
} yearly_opts_t;

static void yearly_produce(const model_t *m, const yearly_opts_t *o, diag_t *d)
{
	static const char *const sheets[] = { "report.xsl", "report.xsl", "plan.xsl" };
	date_t today = view_report_today(m, o->today);
	xmlDocPtr view = o->kind == YEARLY_REPORT ? view_report_build(m, o->year, today, d)
	               : o->kind == YEARLY_PERFORMANCE_PLAN
	                   ? view_performance_plan_build(m, o->year, today, d)
	                   : view_plan_build(m, o->year, today, d);
	if (view == NULL)
		return;
	if (o->view_only) {
		doc_save_xml(view, o->out, d);
		xmlFreeDoc(view);
		return;
	}
	doc_t *doc = doc_open(sheets[o->kind], o->dir, d);
	if (doc) {
		doc_options_t opt;
		doc_options_init(&opt);
		opt.fo_only = o->fo_only;
		doc_write(doc, view, NULL, o->out, o->out, &opt, d, NULL);
		doc_close(doc);
	}
	xmlFreeDoc(view);
}

/* Returns -1 after printing why the arguments are wrong. */
static int yearly_parse(int argc, char **argv, yearly_opts_t *o, const char *usage)
{
	static const struct option longs[] = {
		{ "year", required_argument, NULL, 'y' },
		{ "today", required_argument, NULL, 't' },
		{ "performance-plan", no_argument, NULL, 'P' },
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
		case 'P':
			if (o->kind == YEARLY_DELIVERY_PLAN)
				goto bad;
			o->kind = YEARLY_PERFORMANCE_PLAN;
			break;
		case 't':
			rc = date_parse(optarg, &o->today);
			if (rc < 0) {
				fprintf(stderr, "lpdoc %s: --today '%s': %s; write YYYY-MM-DD\n", o->cmd,
				        optarg, date_parse_error(rc));
				return -1;
			}
			break;
		case 'h': fputs(usage, stdout); return 1;
		default: goto bad;
		}
	}
	if (optind != argc - 1 || o->out == NULL || o->year == NULL) {
		fprintf(stderr, "lpdoc %s: give one partnership folder, --year YYYY-YY and -o FILE\n",
		        o->cmd);
		goto bad;
	}
	if (o->fo_only && o->view_only) {
		fprintf(stderr, "lpdoc %s: --fo and --view exclude each other\n", o->cmd);
		goto bad;
	}
	o->dir = argv[optind];
	return 0;
bad:
	fputs(usage, stderr);
	return -1;
}

static int yearly_main(int argc, char **argv, yearly_opts_t *o, const char *usage)
{
	int rc = yearly_parse(argc, argv, o, usage);
	if (rc != 0)
		return rc > 0 ? EXIT_OK : EXIT_INVALID;
	diag_t *d = diag_new();
	model_t *m = cli_load_records(o->dir, d);
	if (m) {
		yearly_produce(m, o, d);
		model_free(m);
	}
	return cli_finish(d);
}

int cli_yearly(int argc, char **argv, const char *cmd, int delivery_plan, const char *usage)
{
	yearly_opts_t o = { .cmd = cmd, .kind = delivery_plan ? YEARLY_DELIVERY_PLAN : YEARLY_REPORT };
	return yearly_main(argc, argv, &o, usage);
}

int cli_report(int argc, char **argv)
{
	return cli_yearly(argc, argv, "report", 0, report_usage);
}
