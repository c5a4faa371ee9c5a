/* cli_calendar: `lpdoc calendar DIR [-o FILE.ics]` exports the meetings and
 * the agreement's dates as iCalendar (src/import/ics.h makes the text). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../import/ics.h"
#include "../util/atomic.h"
#include "cli.h"

static const char calendar_usage[] =
	"usage: lpdoc calendar DIR [-o FILE.ics]\n"
	"\n"
	"Prints the meetings of every body in DIR (held, scheduled and cancelled) and the\n"
	"dates the agreement sets in each financial year (annual review, last day to give\n"
	"notice to withdraw, annual report due, the agreement's return-by date) as an\n"
	"iCalendar file that Outlook and Google Calendar import.  Each event's UID comes\n"
	"from the records' ids, so importing a later file again updates the events rather\n"
	"than adding copies; a cancelled meeting is marked cancelled.\n"
	"\n"
	"  -o FILE   write to FILE (atomically) instead of standard output\n"
	"  -h, --help\n"
	"\n"
	"Exit status: 0 ok, 2 records unreadable or invalid, or FILE inside the records\n"
	"folder or not lpdoc's, 3 cannot write.\n";

static int calendar_write(const model_t *m, const char *out, diag_t *d)
{
	date_t today;
	if (date_today(&today) != 0) {
		diag_add(d, DIAG_ERROR, NULL, 0, 0, NULL, "SOURCE_DATE_EPOCH is not a number of seconds");
		return -1;
	}
	ics_counts_t n;
	char *text = ics_text(m, today, &n);
	atomic_out_t o;
	int rc = atomic_out_open(&o, out, d);
	if (rc == 0) {
		if (fputs(text, o.fp) >= 0)
			rc = atomic_out_commit(&o, d);
		else {
			atomic_out_fail(&o, errno, d);
			rc = -1;
		}
	}
	if (rc == 0 && strcmp(out, "-") != 0)
		printf("lpdoc calendar: %s: %zu meeting%s, %zu date%s of the agreement\n", out,
		       n.meetings, n.meetings == 1 ? "" : "s", n.dates, n.dates == 1 ? "" : "s");
	free(text);
	return rc;
}

int cli_calendar(int argc, char **argv)
{
	return cli_model_command(argc, argv, "calendar", calendar_usage, calendar_write);
}
