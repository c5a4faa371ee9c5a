/* cli_pack: `lpdoc pack DIR --term ID [--public] -o FILE` — a term's
 * minutes gathered into one pack (options and rendering in cli_minutes). */
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
	CLI_MINUTES_OPTIONS
	"\n"
	"Exit status: 0 ok, 2 records invalid or no such term, 3 cannot write.\n";

int cli_pack(int argc, char **argv)
{
	static const cli_minutes_kind_t kind = {
		DOC_PACK, pack_usage, "term", "the terms are in calendar.xml", NULL, NULL
	};
	return cli_minutes_run(&kind, argc, argv);
}
