/* cli_minutes: `lpdoc minutes DIR --meeting ID [--public] -o FILE`, and the
 * option handling and rendering it shares with `lpdoc pack` (cli_minutes.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../model/query.h"
#include "../view/brand.h"
#include "cli.h"
#include "cli_minutes.h"

/* --today, else $SOURCE_DATE_EPOCH, else the records' as-of date. */
static date_t minutes_today(const cli_doc_opts_t *o, const model_t *m)
{
	if (date_is_set(o->today))
		return o->today;
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	if (epoch && *epoch) {
		char *end;
		long long v = strtoll(epoch, &end, 10);
		if (*end == '\0' && v >= 0) {
			time_t t = (time_t)v;
			struct tm tm;
			gmtime_r(&t, &tm);
			return (date_t){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
		}
	}
	return view_as_of(m);
}

/* The meeting or term id names (the kind's key option), into a: 0, or -1
 * after reporting an unknown id or a meeting that cannot have the
 * document. */
static int minutes_find(const cli_minutes_kind_t *kind, const model_t *m, const char *id,
                        doc_kind_args_t *a, diag_t *d)
{
	if (strcmp(kind->key_option, "term") == 0)
		a->term = model_term_find(m, id);
	else
		a->meeting = model_meeting_find(m, id);
	if (a->term == NULL && a->meeting == NULL) {
		cli_minutes_unknown(d, m, kind->key_option, id, kind->hint);
		return -1;
	}
	const model_meeting_t *mt = a->meeting;
	if (mt && kind->fits && !kind->fits(mt)) {
		diag_add(d, DIAG_ERROR, mt->pos.file, mt->pos.line, mt->pos.col, NULL,
		         "meeting '%s' is %s: %s", id, model_meeting_status_names[mt->status],
		         kind->unfit);
		return -1;
	}
	return 0;
}

static void minutes_produce(const model_t *m, const cli_doc_opts_t *o, void *ctx, diag_t *d)
{
	const cli_minutes_kind_t *kind = ctx;
	doc_kind_args_t a = { .m = m, .public_edition = o->public_edition,
	                      .today = minutes_today(o, m), .today_given = date_is_set(o->today) };
	if (minutes_find(kind, m, o->key, &a, d) != 0)
		return;
	xmlDocPtr view = o->kind->build(&a, d);
	if (view == NULL)
		return;
	doc_kind_write(o->kind, view, o->dir, o->out, o->view_only, o->fo_only, d);
	xmlFreeDoc(view);
}

int cli_minutes_run(const cli_minutes_kind_t *kind, int argc, char **argv)
{
	cli_doc_opts_t o = { .kind = doc_kind(kind->kind), .usage = kind->usage,
	                     .key_option = kind->key_option };
	o.cmd = o.kind->command;
	return cli_doc_main(&o, argc, argv, minutes_produce, (void *)kind);
}

void cli_minutes_unknown(diag_t *d, const model_t *m, const char *kind, const char *id,
                         const char *hint)
{
	char option[32];
	snprintf(option, sizeof option, "--%s", kind);
	const char *near = model_id_nearest(m, kind, id);
	if (near)
		diag_add(d, DIAG_ERROR, option, 0, 0, NULL, "unknown %s '%s'; did you mean '%s'?",
		         kind, id, near);
	else
		diag_add(d, DIAG_ERROR, option, 0, 0, NULL, "unknown %s '%s'; %s", kind, id, hint);
}

static const char minutes_usage[] =
	"usage: lpdoc minutes DIR --meeting ID [--public] [--today DATE] -o FILE [--fo | --view]\n"
	"\n"
	"The minutes of one held meeting of the partnership in DIR: attendance, the\n"
	"quorum statement, declarations of interest, numbered minutes with decisions\n"
	"and actions, papers received, and the approval (\"Signed as a correct record\")\n"
	"or DRAFT on every page.  Every page is numbered \"Page N of M\" with a box for\n"
	"the chair's initials.  The member edition adds the confidential (Part II)\n"
	"minutes on their own pages; the public edition leaves confidential items out,\n"
	"keeping only their minute numbers.\n"
	"\n"
	"  --meeting ID   the meeting's id in the records\n"
	CLI_MINUTES_OPTIONS
	"\n"
	"Exit status: 0 ok, 2 records invalid or no such held meeting, 3 cannot write.\n";

static int minutes_held(const model_meeting_t *mt)
{
	return mt->status == MODEL_MEETING_HELD;
}

int cli_minutes(int argc, char **argv)
{
	static const cli_minutes_kind_t kind = {
		DOC_MINUTES, minutes_usage, "meeting", "run 'lpdoc view DIR' for the meetings",
		minutes_held, "only a held meeting has minutes"
	};
	return cli_minutes_run(&kind, argc, argv);
}
