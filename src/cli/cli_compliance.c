/* cli_compliance: `lpdoc compliance DIR -o FILE` — the compliance report:
 * every finding of the checker as of a day, by level and clause. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/tree.h>

#include "../doc/doc.h"
#include "../model/model.h"
#include "../view/compliance.h"
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

typedef struct compliance_opts {
	const char *dir, *out;
	date_t today;            /* unset: view_report_today() decides */
	int fo_only, view_only;
} compliance_opts_t;

/* Writes the view, its FO or its PDF; returns -1 after reporting. */
static int compliance_write(xmlDocPtr view, const compliance_opts_t *o, diag_t *d)
{
	if (o->view_only)
		return doc_save_xml(view, o->out, d);
	doc_t *doc = doc_open("compliance.xsl", o->dir, d);
	if (doc == NULL)
		return -1;
	doc_options_t opt;
	doc_options_init(&opt);
	opt.fo_only = o->fo_only;
	int rc = doc_write(doc, view, NULL, o->out, o->out, &opt, d, NULL);
	doc_close(doc);
	return rc;
}

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

/* Returns -1 to go on, else the exit status (after printing why). */
static int compliance_parse(int argc, char **argv, compliance_opts_t *o)
{
	static const struct option longs[] = {
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
		case 'F': o->fo_only = 1; break;
		case 'V': o->view_only = 1; break;
		case 't':
			rc = date_parse(optarg, &o->today);
			if (rc < 0) {
				fprintf(stderr, "lpdoc compliance: --today '%s': %s; write YYYY-MM-DD\n",
				        optarg, date_parse_error(rc));
				return EXIT_INVALID;
			}
			break;
		case 'h': fputs(compliance_usage, stdout); return EXIT_OK;
		default: fputs(compliance_usage, stderr); return EXIT_INVALID;
		}
	}
	if (optind != argc - 1 || o->out == NULL) {
		fprintf(stderr, "lpdoc compliance: give one partnership folder and -o FILE\n%s",
		        compliance_usage);
		return EXIT_INVALID;
	}
	if (o->fo_only && o->view_only) {
		fprintf(stderr, "lpdoc compliance: --fo and --view exclude each other\n%s",
		        compliance_usage);
		return EXIT_INVALID;
	}
	o->dir = argv[optind];
	return -1;
}

int cli_compliance(int argc, char **argv)
{
	compliance_opts_t o = { 0 };
	o.today = DATE_NONE;
	int status = compliance_parse(argc, argv, &o);
	if (status >= 0)
		return status;
	diag_t *d = diag_new();
	model_t *m = cli_load_records(o.dir, d);
	unsigned long errors = 0;
	if (m) {
		xmlDocPtr view = view_compliance_build(m, view_report_today(m, o.today));
		if (compliance_write(view, &o, d) == 0)
			errors = view_errors(view);
		xmlFreeDoc(view);
		model_free(m);
	}
	status = cli_finish(d);
	return status == EXIT_OK && errors > 0 ? EXIT_BREACH : status;
}
