/* cli_review: `lpdoc review DIR [--year Y] [--today D] [-o FILE] [--fo |
 * --view]` — the register of an annual review: returns received, the
 * members not yet returned (the chase list), tallies and deadlines. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <libxml/tree.h>

#include "../doc/doc_kind.h"
#include "../model/model.h"
#include "../util/paths.h"
#include "../view/proforma.h"
#include "../view/report.h"
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

/* Writes the view, its FO or its PDF. */
static void review_write(xmlDocPtr view, const cli_doc_opts_t *o, diag_t *d)
{
	doc_kind_write(o->kind, view, o->dir, o->out, o->view_only, o->fo_only, d);
}

static void review_produce(const model_t *m, const cli_doc_opts_t *o, void *ctx, diag_t *d)
{
	(void)ctx;
	const model_agreement_t *ag = &model_records(m)->agreement;
	char *refusal = view_proforma_refusal(m, o->dir, "review register");
	if (refusal) {
		diag_add(d, DIAG_ERROR, ag->pos.file, ag->pos.line, ag->pos.col, NULL, "%s", refusal);
		free(refusal);
		return;
	}
	doc_kind_args_t a = { .m = m, .year = o->year, .today = view_report_today(m, o->today) };
	xmlDocPtr view = o->kind->build(&a, d);
	if (view == NULL)
		return;
	review_write(view, o, d);
	xmlFreeDoc(view);
}

int cli_review(int argc, char **argv)
{
	cli_doc_opts_t o = {
		.kind = doc_kind(DOC_REVIEW_REGISTER), .cmd = "review", .usage = review_usage,
		.out_optional = 1,
	};
	return cli_doc_main(&o, argc, argv, review_produce, NULL);
}
