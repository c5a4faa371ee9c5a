/* cli_pack: `lpdoc pack DIR --term ID [--public] -o FILE` — a term's
 * minutes gathered into one pack (options and rendering in cli_minutes). */
#include <stdio.h>

#include "../model/query.h"
#include "../view/pack.h"
#include "cli.h"
#include "cli_minutes.h"

static const char pack_usage[] =
	"usage: lpdoc pack DIR --term ID [--public] [--today DATE] -o FILE [--fo | --view]\n"
	"\n"
	"The minutes pack of one term of the partnership in DIR: a cover, contents with\n"
	"page numbers and links, then every held meeting of the term, grouped by body\n"
	"and in date order, each starting on a new page; an action tracker across the\n"
	"term's meetings (open, done, overdue), the financial report received at the\n"
	"final meeting of the term and a compliance summary from 'lpdoc check'.  The\n"
	"public edition leaves every confidential item out.\n"
	"\n"
	"  --term ID      the term's id in calendar.xml, e.g. 2025-autumn\n"
	"  --public       the public edition\n"
	"  --today DATE   judge overdue actions as of DATE (default: $SOURCE_DATE_EPOCH,\n"
	"                 else the records' as-of date)\n"
	"  -o FILE        the PDF to write (\"-\": standard output)\n"
	"  --fo           write the XSL-FO instead of the PDF\n"
	"  --view         write the view XML the stylesheet reads\n"
	"  -h, --help\n"
	"\n"
	"Exit status: 0 ok, 2 records invalid or no such term, 3 cannot write.\n";

static xmlDocPtr pack_build(const model_t *m, const char *id, const view_minutes_opt_t *opt,
                            diag_t *d)
{
	const model_term_t *t = model_term_find(m, id);
	if (t == NULL) {
		const char *near = model_id_nearest(m, "term", id);
		diag_add(d, DIAG_ERROR, "--term", 0, 0, NULL, near
		         ? "unknown term '%s'; did you mean '%s'?" : "unknown term '%s'%s", id,
		         near ? near : "; the terms are in calendar.xml");
		return NULL;
	}
	return view_pack_build(m, t, opt);
}

int cli_pack(int argc, char **argv)
{
	cli_minutes_job_t job = { 0 };
	job.command = "pack";
	job.usage = pack_usage;
	job.key_option = "term";
	job.stylesheet = "pack.xsl";
	job.build = pack_build;
	return cli_minutes_run(&job, argc, argv);
}
