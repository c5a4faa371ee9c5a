/* cli_plan: `lpdoc plan DIR --year Y -o FILE` — the delivery plan for an
 * academic year (the driver is shared with `lpdoc report`: cli_yearly). */
#include "cli.h"

static const char plan_usage[] =
	"usage: lpdoc plan DIR --year YYYY-YY -o FILE [--today YYYY-MM-DD] [--fo | --view]\n"
	"\n"
	"The delivery plan for the academic year YYYY-YY of the partnership in DIR: the\n"
	"strategy, each objective's activities (lead, outputs, dates, cost, RAG, overdue\n"
	"ones marked), the milestones due in the year, each party's contribution with\n"
	"totals, and a timeline of the activities by term and half-term.\n"
	"\n"
	"  --year YYYY-YY   the academic year of the plan (required)\n"
	"  -o FILE          the PDF to write (\"-\": standard output)\n"
	"  --today DATE     judge what is overdue as of DATE (default: the date of\n"
	"                   SOURCE_DATE_EPOCH when set, else today; never later than the\n"
	"                   records' as-of date)\n"
	"  --fo             write the XSL-FO instead of the PDF\n"
	"  --view           write the view XML the stylesheet reads instead\n"
	"  -h, --help\n"
	"\n"
	"Exit status: 0 ok, 2 records invalid, year unknown or no plan, 3 cannot write.\n";

int cli_plan(int argc, char **argv)
{
	return cli_yearly(argc, argv, "plan", 1, plan_usage);
}
