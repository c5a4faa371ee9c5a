/* cli_compliance: `lpdoc compliance DIR -o FILE` — the compliance report:
 * every finding of the checker as of a day, by level and clause. */
#include <stdlib.h>
#include <string.h>
#include <libxml/tree.h>

#include "../doc/doc_kind.h"
#include "../model/model.h"
#include "../view/report.h"
#include "cli.h"

static const char compliance_usage[] =
	"usage: lpdoc compliance DIR [--today YYYY-MM-DD] -o FILE [--fo | --view]\n"
	"\n"
	"The compliance report of the partnership in DIR: what `lpdoc check` finds,\n"
	"as a document for the Board.  A summary (errors, warnings and notes, and a\n"
	"verdict in plain words), then every finding grouped by level, errors first,\n"
	"and within a level by the clause of the agreement it cites, with the clause's\n"
	"words, the message and where in the records (file:line) it is.  A partnership\n"
	"with no findings gets \"No breaches found\".\n"
	"\n"
	"  -o FILE        the PDF to write (\"-\": standard output)\n"
	"  --today DATE   judge what is due or overdue as of DATE (default: the date of\n"
	"                 SOURCE_DATE_EPOCH when set, else today; never later than the\n"
	"                 records' as-of date)\n"
	"  --fo           write the XSL-FO instead of the PDF\n"
	"  --view         write the view XML the stylesheet reads instead\n"
	"  -h, --help\n"
	"\n"
	"Exit status: 0 written, no breaches; 1 written, with breaches at error level;\n"
	"2 records invalid or a usage error; 3 cannot write.\n";

/* The view's count of error-level findings, which decides exit status 1. */
static unsigned long view_errors(xmlDocPtr view)
{
	for (xmlNode *n = xmlDocGetRootElement(view)->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, "summary") != 0)
			continue;
		xmlChar *v = xmlGetProp(n, BAD_CAST "errors");
		unsigned long errors = v ? strtoul((const char *)v, NULL, 10) : 0;
		xmlFree(v);
		return errors;
	}
	return 0;
}

static void compliance_produce(const model_t *m, const cli_doc_opts_t *o, void *ctx, diag_t *d)
{
	unsigned long *errors = ctx;
	doc_kind_args_t a = { .m = m, .today = view_report_today(m, o->today) };
	xmlDocPtr view = o->kind->build(&a, d);
	if (doc_kind_write(o->kind, view, o->dir, o->out, o->view_only, o->fo_only, d) == 0)
		*errors = view_errors(view);
	xmlFreeDoc(view);
}

int cli_compliance(int argc, char **argv)
{
	cli_doc_opts_t o = {
		.kind = doc_kind(DOC_COMPLIANCE_REPORT), .cmd = "compliance", .usage = compliance_usage,
	};
	unsigned long errors = 0;
	int status = cli_doc_main(&o, argc, argv, compliance_produce, &errors);
	return status == EXIT_OK && errors > 0 ? EXIT_BREACH : status;
}
