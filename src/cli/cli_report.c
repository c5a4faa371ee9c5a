/* cli_report: `lpdoc report DIR --year Y [--performance-plan] -o FILE` —
 * the annual report (or the annual performance plan) for a financial
 * year; also the shared driver of `lpdoc plan` (cli_plan.c). */
#include <libxml/tree.h>

#include "../doc/doc_kind.h"
#include "../model/model.h"
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

/* Writes the view of o's kind, its FO or its PDF. */
static void yearly_produce(const model_t *m, const cli_doc_opts_t *o, void *ctx, diag_t *d)
{
	(void)ctx;
	/* --performance-plan: the report's other document */
	const doc_kind_t *k = o->flag ? doc_kind(DOC_PERFORMANCE_PLAN) : o->kind;
	doc_kind_args_t a = { .m = m, .year = o->year, .today = view_report_today(m, o->today) };
	xmlDocPtr view = k->build(&a, d);
	if (view == NULL)
		return;
	doc_kind_write(k, view, o->dir, o->out, o->view_only, o->fo_only, d);
	xmlFreeDoc(view);
}

int cli_yearly(int argc, char **argv, const char *cmd, int delivery_plan, const char *usage)
{
	cli_doc_opts_t o = {
		.kind = doc_kind(delivery_plan ? DOC_DELIVERY_PLAN : DOC_REPORT),
		.cmd = cmd, .usage = usage, .year_required = 1,
		.flag_option = delivery_plan ? NULL : "performance-plan",
	};
	return cli_doc_main(&o, argc, argv, yearly_produce, NULL);
}

int cli_report(int argc, char **argv)
{
	return cli_yearly(argc, argv, "report", 0, report_usage);
}
