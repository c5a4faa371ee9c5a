/* cli_proforma: `lpdoc proforma DIR [--school URN]... [-o FILE|DIR]
 * [--split] [-j N] [--fo]` — the MoU signing pro-formas of the member
 * schools, one combined PDF or one file per school. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../doc/batch.h"
#include "../doc/doc.h"
#include "../model/model.h"
#include "../model/query.h"
#include "../util/paths.h"
#include "../util/xalloc.h"
#include "../view/brand.h"
#include "../view/proforma.h"
#include "cli.h"

static const char proforma_usage[] =
	"usage: lpdoc proforma DIR [--school URN]... [-o FILE|DIR] [--split] [-j N] [--fo]\n"
	"\n"
	"For each member school of the partnership in DIR: the agreement's full text,\n"
	"then its signing pro-forma (school details from the records, the annual review\n"
	"choices, signature lines for the headteacher and the chair of governors, where\n"
	"to return it and by when).\n"
	"\n"
	"  --school URN  only this school (repeatable); default every member school\n"
	"  -o FILE|DIR   the combined PDF (default output/proformas.pdf), or with\n"
	"                --split the folder (default output/proformas/)\n"
	"  --split       one file per school, named URN-school-name.pdf\n"
	"  -j N          worker processes for --split (default: number of cores)\n"
	"  --fo          write the XSL-FO instead of PDF (.fo files)\n"
	"  -h, --help\n"
	"\n"
	"A school that fails is reported and the others are still produced.\n"
	"Exit status: 0 ok, 2 records invalid or a school failed, 3 cannot write.\n";

typedef struct proforma_args {
	const char *dir, *output;
	const char **urns;
	size_t nurns;
	int split, fo_only;
	unsigned jobs;
} proforma_args_t;

typedef struct proforma_run {
	const model_t *m;
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
		case 'S': a->split = 1; break;
		case 'F': a->fo_only = 1; break;
		case 'o': a->output = optarg; break;
		case 'j':
			if (cli_parse_jobs(optarg, &a->jobs) != 0) {
				fprintf(stderr, "lpdoc proforma: -j wants a number of workers from 1 to 256, not '%s'\n", optarg);
				return EXIT_INVALID;
			}
			break;
		case 'h': fputs(proforma_usage, stdout); return EXIT_OK;
		default: fputs(proforma_usage, stderr); return EXIT_INVALID;
		}
	}
	if (optind != argc - 1) {
		fprintf(stderr, "lpdoc proforma: give exactly one partnership folder\n%s", proforma_usage);
		return EXIT_INVALID;
	}
	a->dir = argv[optind];
	if (a->output == NULL)
		a->output = a->split ? "output/proformas" : (a->fo_only ? "output/proformas.fo" : "output/proformas.pdf");
	return -1;
}

/* The schools asked for (unknown URNs reported), or every member school. */
static const model_member_t **proforma_wanted(const model_t *m, const proforma_args_t *a,
                                              size_t *n, diag_t *d)
{
	date_t as_of = view_as_of(m);
	if (a->nurns == 0)
		return view_proforma_schools(m, as_of, n);
	const model_member_t **out = xcalloc(a->nurns + 1, sizeof *out);
	size_t k = 0;
	for (size_t i = 0; i < a->nurns; i++) {
		const model_member_t *s = model_school_find_urn(m, a->urns[i]);
		if (s == NULL) {
			diag_add(d, DIAG_ERROR, a->dir, 0, 0, NULL,
			         "no school with URN %s in the members' records; "
			         "run 'lpdoc view %s' to list the schools", a->urns[i], a->dir);
			continue;
		}
		if (!view_school_current(s, as_of)) {
			char day[20];
			date_format_long(as_of, day, sizeof day);
			diag_add(d, DIAG_WARNING, s->pos.file, s->pos.line, s->pos.col, NULL,
			         "%s (URN %s) is not a member on %s; its pro-forma is produced as asked",
			         s->name, s->urn, day);
		}
		out[k++] = s;
	}
	*n = k;
	return out;
}

/* The wanted schools less those that cannot have a pro-forma (reported). */
static const model_member_t **proforma_select(const model_t *m, const proforma_args_t *a,
                                              size_t *n, diag_t *d)
{
	const model_member_t **out = proforma_wanted(m, a, n, d);
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

static int proforma_job(void *ctx, size_t i, diag_t *d, size_t *pages)
{
	const proforma_run_t *run = ctx;
	const model_member_t *s = run->schools[i];
	char *stem = doc_file_stem(s->urn, s->name);
	char *file = xasprintf("%s/%s.%s", run->outdir, stem, run->opt.fo_only ? "fo" : "pdf");
	xmlDocPtr view = view_proforma_build(run->m, &run->schools[i], 1);
	fo_stats_t stats = { 0 };
	int rc = doc_write(run->doc, view, NULL, file, file, &run->opt, d, &stats);
	if (rc != 0)
		diag_add(d, DIAG_ERROR, s->pos.file, s->pos.line, s->pos.col, NULL,
		         "the pro-forma of %s (URN %s) was not written", s->name, s->urn);
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
	if (ensure_dir(outdir, d) != 0)
		return;
	run->outdir = outdir;
	FILE *progress = isatty(STDERR_FILENO) ? stderr : NULL;
	batch_result_t res = { 0 };
	batch_run(run->nschools, a->jobs, proforma_job, run, "lpdoc proforma", progress, d, &res);
	if (progress || res.failed)
		fprintf(stderr, "lpdoc proforma: %zu written to %s/, %zu failed\n", res.done, outdir, res.failed);
}

static void proforma_combined(proforma_run_t *run, const proforma_args_t *a, diag_t *d)
{
	if (strncmp(a->output, "output/", 7) == 0 && ensure_dir("output", d) != 0)
		return;
	/* One process typesets the whole batch: on a terminal, say so. */
	FILE *progress = isatty(STDERR_FILENO) ? stderr : NULL;
	if (progress)
		fprintf(progress, "lpdoc proforma: %zu schools into %s ...", run->nschools, a->output);
	xmlDocPtr view = view_proforma_build(run->m, run->schools, run->nschools);
	fo_stats_t stats = { 0 };
	int rc = doc_write(run->doc, view, NULL, a->output, a->output, &run->opt, d, &stats);
	if (progress && rc == 0 && !a->fo_only)
		fprintf(progress, " %zu pages\n", stats.pages);
	else if (progress)
		fputs(rc == 0 ? " done\n" : " failed\n", progress);
	xmlFreeDoc(view);
}

static void proforma_produce(const model_t *m, const proforma_args_t *a, diag_t *d)
{
	proforma_run_t run = { .m = m };
	doc_options_init(&run.opt);
	run.opt.fo_only = a->fo_only;
	run.schools = proforma_select(m, a, &run.nschools, d);
	if (run.nschools == 0) {
		if (a->nurns == 0)
			diag_add(d, DIAG_ERROR, a->dir, 0, 0, NULL, "the partnership has no member schools: no pro-forma to produce");
	} else if ((run.doc = doc_open("proforma.xsl", a->dir, d)) != NULL) {
		view_proforma_check(m, run.schools, run.nschools, d);
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
