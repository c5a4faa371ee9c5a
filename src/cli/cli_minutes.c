/* cli_minutes: `lpdoc minutes DIR --meeting ID [--public] -o FILE`, and the
 * option handling and rendering it shares with `lpdoc pack` (cli_minutes.h). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../doc/doc.h"
#include "../model/query.h"
#include "../view/brand.h"
#include "cli.h"
#include "cli_minutes.h"

/* One run: the command's kind and what argv said. */
typedef struct cli_minutes_job {
	const cli_minutes_kind_t *kind;
	const char *key, *dir, *out, *today_arg;
	int public_edition, fo_only, view_only;
} cli_minutes_job_t;

/* --today, else $SOURCE_DATE_EPOCH, else the records' as-of date. */
static int job_today(const cli_minutes_job_t *job, const model_t *m, date_t *out, diag_t *d)
{
	if (job->today_arg) {
		int rc = date_parse(job->today_arg, out);
		if (rc != 0)
			diag_add(d, DIAG_ERROR, "--today", 0, 0, NULL, "'%s' is not a date (%s); give YYYY-MM-DD",
			         job->today_arg, date_parse_error(rc));
		return rc == 0 ? 0 : -1;
	}
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	if (epoch && *epoch) {
		char *end;
		long long v = strtoll(epoch, &end, 10);
		if (*end == '\0' && v >= 0) {
			time_t t = (time_t)v;
			struct tm tm;
			gmtime_r(&t, &tm);
			*out = (date_t){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
			return 0;
		}
	}
	*out = view_as_of(m);
	return 0;
}

static void job_output(const cli_minutes_job_t *job, xmlDocPtr view, diag_t *d)
{
	if (job->view_only) {
		doc_save_xml(view, job->out, d);
		return;
	}
	doc_t *doc = doc_open(job->kind->stylesheet, job->dir, d);
	if (doc == NULL)
		return;
	doc_options_t opt;
	doc_options_init(&opt);
	opt.fo_only = job->fo_only;
	doc_write(doc, view, NULL, job->out, job->out, &opt, d, NULL);
	doc_close(doc);
}

static void job_produce(const cli_minutes_job_t *job, const model_t *m, diag_t *d)
{
	view_minutes_opt_t opt = { job->public_edition, DATE_NONE, job->today_arg != NULL };
	if (job_today(job, m, &opt.today, d) != 0)
		return;
	xmlDocPtr view = job->kind->build(m, job->key, &opt, d);
	if (view == NULL)
		return;
	job_output(job, view, d);
	xmlFreeDoc(view);
}

static int job_parse(cli_minutes_job_t *job, int argc, char **argv)
{
	const struct option longs[] = {
		{ job->kind->key_option, required_argument, NULL, 'k' },
		{ "public", no_argument, NULL, 'p' },
		{ "today", required_argument, NULL, 't' },
		{ "fo", no_argument, NULL, 'F' },
		{ "view", no_argument, NULL, 'V' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:h", longs, NULL)) != -1) {
		switch (c) {
		case 'k': job->key = optarg; break;
		case 'p': job->public_edition = 1; break;
		case 't': job->today_arg = optarg; break;
		case 'F': job->fo_only = 1; break;
		case 'V': job->view_only = 1; break;
		case 'o': job->out = optarg; break;
		case 'h': fputs(job->kind->usage, stdout); return EXIT_OK;
		default: fputs(job->kind->usage, stderr); return EXIT_INVALID;
		}
	}
	if (optind != argc - 1 || job->out == NULL || job->key == NULL) {
		fprintf(stderr, "lpdoc %s: give one partnership folder, --%s and -o FILE\n%s",
		        job->kind->command, job->kind->key_option, job->kind->usage);
		return EXIT_INVALID;
	}
	job->dir = argv[optind];
	return -1;
}

int cli_minutes_run(const cli_minutes_kind_t *kind, int argc, char **argv)
{
	cli_minutes_job_t job = { 0 };
	job.kind = kind;
	int status = job_parse(&job, argc, argv);
	if (status >= 0)
		return status;
	diag_t *d = diag_new();
	model_t *m = model_load(job.dir, d);
	if (m) {
		job_produce(&job, m, d);
		model_free(m);
	}
	return cli_finish(d);
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

static xmlDocPtr minutes_build(const model_t *m, const char *id, const view_minutes_opt_t *opt,
                               diag_t *d)
{
	const model_meeting_t *mt = model_meeting_find(m, id);
	if (mt == NULL) {
		cli_minutes_unknown(d, m, "meeting", id, "run 'lpdoc view DIR' for the meetings");
		return NULL;
	}
	if (mt->status != MODEL_MEETING_HELD) {
		diag_add(d, DIAG_ERROR, mt->pos.file, mt->pos.line, mt->pos.col, NULL,
		         "meeting '%s' is %s: only a held meeting has minutes", id,
		         model_meeting_status_names[mt->status]);
		return NULL;
	}
	return view_minutes_build(m, mt, opt);
}

int cli_minutes(int argc, char **argv)
{
	static const cli_minutes_kind_t kind = {
		"minutes", minutes_usage, "meeting", "minutes.xsl", minutes_build
	};
	return cli_minutes_run(&kind, argc, argv);
}
