/* cli_proforma: `lpdoc proforma DIR [--year Y] [--outstanding]
 * [--school URN|ID]... [-o FILE|DIR] [--split] [-j N] [--fo]` — the
 * signing pro-formas of the members an annual review asks (schools and
 * partner organisations), one combined PDF or one file per member. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../doc/batch.h"
#include "../doc/doc.h"
#include "../doc/doc_kind.h"
#include "../doc/outguard.h"
#include "../model/model.h"
#include "../model/query.h"
#include "../util/paths.h"
#include "../util/xalloc.h"
#include "../view/brand.h"
#include "../view/proforma.h"
#include "cli.h"

static const char proforma_usage[] =
	"usage: lpdoc proforma DIR [--year Y] [--outstanding] [--return-by DATE]\n"
	"                      [--school URN|ID]...\n"
	"                      [-o FILE|DIR] [--split] [-j N] [--fo]\n"
	"\n"
	"For each member the agreement's annual review asks (the member schools and\n"
	"partner organisations on the day the review opens): the agreement's full\n"
	"text, then its signing pro-forma (details and subscription from the records,\n"
	"the review choices, the governing body's resolution, signature lines, where\n"
	"to return it, by post and e-mail, and by when).  An agreement without an\n"
	"annual review asks no one: nothing is written, exit status 2.\n"
	"\n"
	"  --year Y        the review renewing financial year Y (e.g. 2026-27);\n"
	"                  default the next review on or after the records' as-of date\n"
	"  --return-by DATE  the date the forms are to be returned by, instead of\n"
	"                  the review's (a chase round after it); not before the\n"
	"                  records' as-of date\n"
	"  --outstanding   only the members whose return to that review is not\n"
	"                  recorded (the chase round; see lpdoc review)\n"
	"  --school URN|ID only this school (URN) or organisation (id) (repeatable)\n"
	"  -o FILE|DIR     the combined PDF (default output/proformas.pdf), or with\n"
	"                  --split the folder (default output/proformas/)\n"
	"  --split         one file per member, named URN-school-name.pdf or\n"
	"                  id-organisation-name.pdf\n"
	"  -j N            worker processes for --split (default: number of cores)\n"
	"  --fo            write the XSL-FO instead of PDF (.fo files)\n"
	"  -h, --help\n"
	"\n"
	"A member that fails is reported and the others are still produced.\n"
	"Exit status: 0 ok, 2 records invalid or a school failed, 3 cannot write.\n";

typedef struct proforma_args {
	const char *dir, *output, *year;
	const char **urns;
	size_t nurns;
	int split, fo_only, outstanding;
	date_t return_by;             /* --return-by, else unset */
	unsigned jobs;
} proforma_args_t;

typedef struct proforma_run {
	const model_t *m;
	const char *year;
	date_t return_by;
	const model_member_t **schools;
	size_t nschools;
	doc_t *doc;
	doc_options_t opt;
	const char *outdir;
} proforma_run_t;

static int proforma_parse(int argc, char **argv, proforma_args_t *a)
{
	static const struct option longs[] = {
		{ "school", required_argument, NULL, 's' },
		{ "year", required_argument, NULL, 'y' },
		{ "outstanding", no_argument, NULL, 'O' },
		{ "return-by", required_argument, NULL, 'R' },
		{ "split", no_argument, NULL, 'S' },
		{ "fo", no_argument, NULL, 'F' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	memset(a, 0, sizeof *a);
	a->jobs = batch_default_workers();
	a->urns = xcalloc((size_t)argc + 1, sizeof *a->urns);
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:j:h", longs, NULL)) != -1) {
		switch (c) {
		case 's': a->urns[a->nurns++] = optarg; break;
		case 'y': a->year = optarg; break;
		case 'O': a->outstanding = 1; break;
		case 'R':
			if (cli_parse_date("proforma", "--return-by", optarg, &a->return_by) != 0)
				return EXIT_INVALID;
			break;
		case 'S': a->split = 1; break;
		case 'F': a->fo_only = 1; break;
		case 'o': a->output = optarg; break;
		case 'j':
			if (cli_parse_jobs("proforma", NULL, optarg, &a->jobs) != 0)
				return EXIT_INVALID;
			break;
		case 'h': fputs(proforma_usage, stdout); return EXIT_OK;
		default: return cli_error("proforma", proforma_usage, NULL);
		}
	}
	if (optind != argc - 1)
		return cli_error("proforma", proforma_usage, "give exactly one partnership folder");
	a->dir = argv[optind];
	if (a->output == NULL)
		a->output = a->split ? "output/proformas" : (a->fo_only ? "output/proformas.fo" : "output/proformas.pdf");
	return -1;
}

/* The members asked for (unknown URNs and ids reported), or every member
 * the review asks (only the outstanding ones with --outstanding). */
static const model_member_t **proforma_wanted(const model_t *m, const proforma_args_t *a,
                                              const view_review_t *rv, size_t *n, diag_t *d)
{
	if (a->nurns == 0)
		return view_proforma_members(m, rv, a->outstanding, n);
	const model_member_t **out = xcalloc(a->nurns + 1, sizeof *out);
	size_t k = 0;
	for (size_t i = 0; i < a->nurns; i++) {
		const model_member_t *s = model_school_find_urn(m, a->urns[i]);
		if (s == NULL)
			s = model_member_find(m, a->urns[i]);
		if (s == NULL) {
			diag_add(d, DIAG_ERROR, a->dir, 0, 0, NULL,
			         "no school with URN %s (nor organisation with that id) in the members' "
			         "records; run 'lpdoc view %s' to list the members", a->urns[i], a->dir);
			continue;
		}
		if (!model_member_is_member(m, s, rv->when.opens)) {
			char day[20];
			date_format_long(rv->when.opens, day, sizeof day);
			diag_add(d, DIAG_WARNING, s->pos.file, s->pos.line, s->pos.col, NULL,
			         "%s is not a member on %s, when the review opens; its pro-forma is "
			         "produced as asked", s->name, day);
		}
		out[k++] = s;
	}
	*n = k;
	return out;
}

/* The wanted members less those that cannot have a pro-forma (reported). */
static const model_member_t **proforma_select(const model_t *m, const proforma_args_t *a,
                                              const view_review_t *rv, size_t *n, diag_t *d)
{
	const model_member_t **out = proforma_wanted(m, a, rv, n, d);
	size_t k = 0;
	for (size_t i = 0; i < *n; i++)
		if (view_proforma_school_ok(out[i], d))
			out[k++] = out[i];
	*n = k;
	return out;
}

/* Creates dir (one level) unless it exists. */
static int ensure_dir(const char *dir, diag_t *d)
{
	if (paths_is_dir(dir))
		return 0;
	if (mkdir(dir, 0777) == 0)
		return 0;
	diag_add(d, DIAG_FATAL, dir, 0, 0, NULL, "cannot create the output folder: %s", strerror(errno));
	return -1;
}

/* The view of members (doc_kind.h's row for pro-formas). */
static xmlDocPtr proforma_view(const proforma_run_t *run, const model_member_t *const *members,
                               size_t n, diag_t *d)
{
	doc_kind_args_t a = { .m = run->m, .year = run->year, .return_by = run->return_by,
	                      .members = members, .nmembers = n };
	return doc_kind(DOC_PROFORMAS)->build(&a, d);
}

static int proforma_job(void *ctx, size_t i, diag_t *d, size_t *pages)
{
	const proforma_run_t *run = ctx;
	const model_member_t *s = run->schools[i];
	char *stem = doc_file_stem(s->urn ? s->urn : s->id, s->name);
	char *file = xasprintf("%s/%s.%s", run->outdir, stem, run->opt.fo_only ? "fo" : "pdf");
	xmlDocPtr view = proforma_view(run, &run->schools[i], 1, d);
	fo_stats_t stats = { 0 };
	int rc = outguard_file_check(file, NULL, d);
	if (rc == 0)
		rc = doc_write(run->doc, view, NULL, file, file, &run->opt, d, &stats);
	if (rc != 0)
		diag_add(d, DIAG_ERROR, s->pos.file, s->pos.line, s->pos.col, NULL,
		         "the pro-forma of %s (%s %s) was not written", s->name,
		         s->urn ? "URN" : "id", s->urn ? s->urn : s->id);
	*pages = stats.pages;
	xmlFreeDoc(view);
	free(file);
	free(stem);
	return rc;
}

static void proforma_split(proforma_run_t *run, const proforma_args_t *a, diag_t *d)
{
	const char *outdir = a->output;
	if (strcmp(outdir, "output/proformas") == 0 && ensure_dir("output", d) != 0)
		return;
	if (outguard_dir_check(outdir, a->dir, d) != 0 || ensure_dir(outdir, d) != 0
	    || outguard_dir_probe(outdir, d) != 0)
		return;
	run->outdir = outdir;
	FILE *progress = cli_progress();
	batch_result_t res = { 0 };
	batch_run(run->nschools, a->jobs, proforma_job, run, "lpdoc proforma", progress, d, &res);
	if (progress || res.failed)
		cli_say("proforma", "%zu written to %s/, %zu failed", res.done, outdir, res.failed);
}

static void proforma_combined(proforma_run_t *run, const proforma_args_t *a, diag_t *d)
{
	if (strncmp(a->output, "output/", 7) == 0 && ensure_dir("output", d) != 0)
		return;
	if (outguard_file_check(a->output, a->dir, d) != 0)
		return;
	/* One process typesets the whole batch: on a terminal, say so. */
	FILE *progress = cli_progress();
	if (progress)
		fprintf(progress, "lpdoc proforma: %zu members into %s ...", run->nschools, a->output);
	xmlDocPtr view = proforma_view(run, run->schools, run->nschools, d);
	fo_stats_t stats = { 0 };
	int rc = doc_write(run->doc, view, NULL, a->output, a->output, &run->opt, d, &stats);
	if (progress && rc == 0 && !a->fo_only)
		fprintf(progress, " %zu pages\n", stats.pages);
	else if (progress)
		fputs(rc == 0 ? " done\n" : " failed\n", progress);
	xmlFreeDoc(view);
}

/* The review the pro-formas are for, 0; -1 after reporting that the
 * agreement asks no one to sign (or --year names no review of it). */
static int proforma_review(const model_t *m, const proforma_args_t *a, view_review_t *rv,
                           diag_t *d)
{
	const model_agreement_t *ag = &model_records(m)->agreement;
	char *refusal = view_proforma_refusal(m, a->dir, "pro-forma");
	if (refusal) {
		diag_add(d, DIAG_ERROR, ag->pos.file, ag->pos.line, ag->pos.col, NULL, "%s", refusal);
		free(refusal);
		return -1;
	}
	if (view_review_compute(m, view_as_of(m), a->year, rv) != 0) {
		diag_add(d, DIAG_ERROR, "--year", 0, 0, NULL, "'%s' is not a financial year an annual "
		         "review renews (write it as 2026-27): no pro-forma written", a->year);
		return -1;
	}
	if (date_is_set(a->return_by) && date_cmp(a->return_by, view_as_of(m)) < 0) {
		char given[20], today[20];
		date_format_long(a->return_by, given, sizeof given);
		date_format_long(view_as_of(m), today, sizeof today);
		diag_add(d, DIAG_ERROR, "--return-by", 0, 0, NULL, "%s is before the records' as-of "
		         "date (%s): give a date still to come; no pro-forma written", given, today);
		return -1;
	}
	view_review_set_return_by(rv, a->return_by);
	return 0;
}

static void proforma_produce(const model_t *m, const proforma_args_t *a, diag_t *d)
{
	proforma_run_t run = { .m = m, .year = a->year, .return_by = a->return_by };
	view_review_t rv;
	if (proforma_review(m, a, &rv, d) != 0)
		return;
	doc_options_init(&run.opt);
	run.opt.fo_only = a->fo_only;
	run.schools = proforma_select(m, a, &rv, &run.nschools, d);
	if (run.nschools == 0) {
		if (a->nurns == 0)
			diag_add(d, a->outstanding ? DIAG_NOTE : DIAG_ERROR, a->dir, 0, 0, NULL,
			         a->outstanding ? "every member has returned its pro-forma: none to chase"
			                        : "the partnership has no members on the day the review "
			                          "opens: no pro-forma to produce");
	} else if ((run.doc = doc_open(doc_kind(DOC_PROFORMAS)->stylesheet, a->dir, d)) != NULL) {
		view_proforma_check(m, &rv, run.schools, run.nschools, d);
		if (a->split)
			proforma_split(&run, a, d);
		else
			proforma_combined(&run, a, d);
		doc_close(run.doc);
	}
	free(run.schools);
}

int cli_proforma(int argc, char **argv)
{
	proforma_args_t a;
	int status = proforma_parse(argc, argv, &a);
	if (status >= 0) {
		free(a.urns);
		return status;
	}
	diag_t *d = diag_new();
	model_t *m = cli_load_records(a.dir, d);
	if (m) {
		proforma_produce(m, &a, d);
		model_free(m);
	}
	free(a.urns);
	return cli_finish(d);
}
