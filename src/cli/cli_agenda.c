/* cli_agenda: `lpdoc agenda DIR --meeting ID [--public] -o FILE` — the
 * notice, agenda and papers pack of a scheduled (or held) meeting. */
#include "cli.h"
#include "cli_minutes.h"

static const char agenda_usage[] =
	"usage: lpdoc agenda DIR --meeting ID [--public] [--today DATE] -o FILE [--fo | --view]\n"
	"\n"
	"The notice and agenda of one meeting of the partnership in DIR, with its papers:\n"
	"\"Notice of meeting\" (date, time, venue, the members summoned by seat, the day\n"
	"the notice was despatched against the notice period), the numbered agenda\n"
	"(standing items, the items the agreement requires at this meeting, added when\n"
	"the planned items lack them, the planned items with presenter, purpose and\n"
	"paper references), then a contents page and every paper in agenda order: the\n"
	"PDFs the records name (file=) page by page, stamped with the item and \"page n\n"
	"of m\", and lpdoc's own papers (the CEO's decisions, the financial report),\n"
	"and the register of interests of the body's members.  For a scheduled meeting,\n"
	"and for a held one to reissue its papers.  The public edition replaces the\n"
	"titles of confidential items with a placeholder and leaves out their papers.\n"
	"\n"
	"  --meeting ID   the meeting's id in the records\n"
	CLI_MINUTES_OPTIONS
	"\n"
	"Exit status: 0 ok, 2 records invalid, no such meeting or a paper that is not a\n"
	"readable PDF (nothing is written), 3 cannot write.\n";

/* A cancelled meeting has no agenda (nor one without a body to summon). */
static int meeting_has_agenda(const model_meeting_t *mt)
{
	return mt->status != MODEL_MEETING_CANCELLED && mt->body != NULL;
}

int cli_agenda(int argc, char **argv)
{
	static const cli_minutes_kind_t kind = {
		DOC_AGENDA, agenda_usage, "meeting", "run 'lpdoc calendar DIR' for the meetings",
		meeting_has_agenda, "it has no agenda"
	};
	return cli_minutes_run(&kind, argc, argv);
}
