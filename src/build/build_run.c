/* build_run: the build's last passes — render what is out of date, save
 * the manifest, print the summary (see build.h). */
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../check/check.h"
#include "../doc/batch.h"
#include "../doc/doc.h"
#include "../doc/outguard.h"
#include "../model/model.h"
#include "../util/atomic.h"
#include "../util/paths.h"
#include "../util/xalloc.h"
#include "build_internal.h"
#include "../util/plural.h"

/* ---- folders ---- */

/* Creates path and its parents (like mkdir -p). */
static int mkdir_parents(const char *path, diag_t *d)
{
	char *p = xstrdup(path);
	int rc = 0;
	for (char *s = p + 1; rc == 0; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			diag_add(d, DIAG_FATAL, p, 0, 0, NULL, "cannot create the output folder: %s",
			         strerror(errno));
			rc = -1;
		} else if (!paths_is_dir(p)) {
			diag_add(d, DIAG_FATAL, p, 0, 0, NULL, "is not a folder: move it away or give "
			         "another output folder with -o");
			rc = -1;
		}
		*s = c;
		if (c == '\0')
			break;
	}
	free(p);
	return rc;
}

/* The year folder and every sub-folder a document goes to. */
static int make_folders(const build_plan_t *p, diag_t *d)
{
	if (mkdir_parents(p->root, d) != 0)
		return -1;
	for (size_t i = 0; i < p->n; i++) {
		const char *slash = strrchr(p->items[i].file, '/');
		if (slash == NULL || p->items[i].state == BUILD_WITHHELD)
			continue;
		char *sub = xasprintf("%s/%.*s", p->root, (int)(slash - p->items[i].file),
		                      p->items[i].file);
		int rc = mkdir_parents(sub, d);
		if (rc == 0)
			rc = outguard_dir_probe(sub, d);
		free(sub);
		if (rc != 0)
			return -1;
	}
	return outguard_dir_probe(p->root, d);
}

/* ---- the lock ---- */

#define BUILD_LOCK_WAIT 300   /* seconds, unless LPDOC_LOCK_WAIT says */

static unsigned lock_wait_seconds(void)
{
	const char *s = getenv("LPDOC_LOCK_WAIT");
	char *end;
	long v = s && *s ? strtol(s, &end, 10) : -1;
	return s && *s && *end == '\0' && v >= 0 && v <= 86400 ? (unsigned)v : BUILD_LOCK_WAIT;
}

/* Locks the year folder itself (flock(2) on the folder: no lock file to
 * leave behind) for the length of the build, so that two builds into it
 * (of the same records, or of two partnerships' folders of the same
 * name) never mix their files and manifests: the second waits for the
 * first, up to LPDOC_LOCK_WAIT seconds.  Returns the descriptor holding
 * the lock (closing it unlocks), or -1 after reporting. */
static int build_lock(const build_plan_t *p, diag_t *d)
{
	const char *path = p->root;
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0) {
		diag_add(d, DIAG_FATAL, path, 0, 0, NULL, "cannot open the output folder to lock "
		         "it: %s", strerror(errno));
		return -1;
	}
	unsigned wait = lock_wait_seconds();
	struct timespec t0, now, nap = { 0, 50 * 1000 * 1000 };
	clock_gettime(CLOCK_MONOTONIC, &t0);
	int told = 0;
	while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		clock_gettime(CLOCK_MONOTONIC, &now);
		int busy = errno == EWOULDBLOCK;
		if (!busy || now.tv_sec - t0.tv_sec >= (time_t)wait) {
			if (busy)
				diag_add(d, DIAG_FATAL, path, 0, 0, NULL, "another lpdoc build is writing to "
				         "this folder; waited %u s for it (LPDOC_LOCK_WAIT): run again when it "
				         "has finished; nothing was made", wait);
			else
				diag_add(d, DIAG_FATAL, path, 0, 0, NULL, "cannot lock the output folder: %s",
				         strerror(errno));
			close(fd);
			return -1;
		}
		if (!told && !p->opt->quiet)
			fprintf(stderr, "lpdoc build: another build is writing to %s/; waiting for it\n",
			        p->root);
		told = 1;
		nanosleep(&nap, NULL);
	}
	return fd;
}

/* ---- rendering ---- */

typedef struct render {
	build_plan_t *p;
	size_t *jobs;            /* item index of each job */
	size_t njobs;
	doc_t *docs[DOC_NKINDS]; /* by kind; kinds with one stylesheet share one */
	doc_options_t opt;
} render_t;

/* The slot of docs that holds kind k's compiled stylesheet: the first
 * kind of doc_kind.h with the same stylesheet (the annual report and the
 * performance plan share report.xsl). */
static size_t render_slot(build_kind_t k)
{
	const char *sheet = doc_kind((doc_kind_id_t)k)->stylesheet;
	size_t i = 0;
	while (strcmp(doc_kind((doc_kind_id_t)i)->stylesheet, sheet) != 0)
		i++;
	return i;
}

static int render_job(void *ctx, size_t job, diag_t *d, size_t *pages)
{
	render_t *r = ctx;
	const build_item_t *it = &r->p->items[r->jobs[job]];
	static const char *const mark[] = { "not-compliant", "yes", NULL };
	char *path = paths_join(r->p->root, it->file);
	fo_stats_t stats = { 0 };
	/* the plan digested the view and let it go; the same records give
	 * the same view again (what building it reports, the plan has
	 * reported already) */
	diag_t *again = diag_new();
	xmlDocPtr view = build_plan_view(r->p, it, again);
	diag_free(again);
	int rc = -1;
	if (view)
		rc = doc_write(r->docs[render_slot(it->kind)], view,
		               it->marked ? mark : NULL, path, path, &r->opt, d, &stats);
	xmlFreeDoc(view);
	if (rc != 0)
		diag_add(d, DIAG_ERROR, path, 0, 0, NULL, "%s was not made; an earlier copy, if any, "
		         "is left as it was", it->title);
	*pages = stats.pages;
	free(path);
	return rc;
}

/* Big documents first, so the last worker to finish is not the one that
 * drew the pro-formas at the end. */
static int job_weight(build_kind_t k)
{
	switch (k) {
	case BUILD_PROFORMAS: return 0;
	case BUILD_PACK: return 1;
	case BUILD_MINUTES: return 3;
	default: return 2;
	}
}

static void render_jobs(render_t *r)
{
	build_plan_t *p = r->p;
	r->jobs = xcalloc(p->n + 1, sizeof *r->jobs);
	for (int w = 0; w <= 3; w++)
		for (size_t i = 0; i < p->n; i++)
			if (p->items[i].state == BUILD_PENDING && p->items[i].stylesheet
			    && job_weight(p->items[i].kind) == w)
				r->jobs[r->njobs++] = i;
}

/* Compiles each stylesheet some job needs, before the workers fork. */
static int render_open(render_t *r, diag_t *d)
{
	for (size_t j = 0; j < r->njobs; j++) {
		size_t s = render_slot(r->p->items[r->jobs[j]].kind);
		if (r->docs[s] == NULL
		    && (r->docs[s] = doc_open(doc_kind((doc_kind_id_t)s)->stylesheet, r->p->opt->dir, d)) == NULL)
			return -1;
	}
	return 0;
}

static void render_all(build_plan_t *p, diag_t *d)
{
	render_t r = { .p = p };
	doc_options_init(&r.opt);
	render_jobs(&r);
	size_t *pages = xcalloc(r.njobs + 1, sizeof *pages);
	batch_result_t res = { .job_pages = pages };
	/* The pages the model's loading and the plan's views freed go back
	 * to the system before the workers fork: each worker would carry
	 * them otherwise (some 120 MB at 5,000 schools). */
	malloc_trim(0);
	if (r.njobs > 0 && render_open(&r, d) == 0)
		batch_run(r.njobs, p->opt->jobs, render_job, &r, "lpdoc build", p->opt->progress, d, &res);
	else
		for (size_t j = 0; j < r.njobs; j++)
			pages[j] = BATCH_FAILED;
	for (size_t j = 0; j < r.njobs; j++) {
		build_item_t *it = &p->items[r.jobs[j]];
		it->state = pages[j] == BATCH_FAILED ? BUILD_FAILED : BUILD_MADE;
		it->pages = pages[j] == BATCH_FAILED ? 0 : pages[j];
	}
	for (size_t s = 0; s < DOC_NKINDS; s++)
		doc_close(r.docs[s]);
	free(pages);
	free(r.jobs);
}

/* compliance.txt and any other text the plan holds. */
static void write_texts(build_plan_t *p, diag_t *d)
{
	for (size_t i = 0; i < p->n; i++) {
		build_item_t *it = &p->items[i];
		if (it->state != BUILD_PENDING || it->text == NULL)
			continue;
		char *path = paths_join(p->root, it->file);
		atomic_out_t out;
		it->state = BUILD_FAILED;
		if (atomic_out_open(&out, path, d) == 0) {
			fputs(it->text, out.fp);
			if (atomic_out_commit(&out, d) == 0)
				it->state = BUILD_MADE;
		}
		free(path);
	}
}

/* ---- the summary ---- */

static const char *state_text(const build_item_t *it)
{
	switch (it->state) {
	case BUILD_MADE: return it->marked ? "made, NOT COMPLIANT" : "made";
	case BUILD_UP_TO_DATE: return it->marked ? "up to date, NOT COMPLIANT" : "up to date";
	case BUILD_WITHHELD: return "withheld: not compliant";
	case BUILD_FAILED: return "FAILED";
	default: return "not made";
	}
}

/* Characters, not bytes, so that "Members’ Meeting" lines up. */
static size_t text_width(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void put_padded(const char *s, size_t width, FILE *out)
{
	fputs(s, out);
	for (size_t w = text_width(s); w < width; w++)
		fputc(' ', out);
}

static void summary_table(const build_plan_t *p, FILE *out)
{
	size_t tw = strlen("Document"), fw = strlen("File");
	for (size_t i = 0; i < p->n; i++) {
		if (text_width(p->items[i].title) > tw)
			tw = text_width(p->items[i].title);
		if (text_width(p->items[i].file) > fw)
			fw = text_width(p->items[i].file);
	}
	put_padded("Document", tw, out);
	fprintf(out, " Pages  ");
	put_padded("File", fw, out);
	fputs("  Status\n", out);
	for (size_t i = 0; i < p->n; i++) {
		const build_item_t *it = &p->items[i];
		char pages[24] = "-";
		if (it->stylesheet && (it->state == BUILD_MADE || it->state == BUILD_UP_TO_DATE))
			snprintf(pages, sizeof pages, "%zu", it->pages);
		put_padded(it->title, tw, out);
		fprintf(out, " %5s  ", pages);
		put_padded(it->file, fw, out);
		fprintf(out, "  %s\n", state_text(it));
	}
	for (size_t i = 0; i < p->nremoved; i++)
		fprintf(out, "%s\n", p->removed[i]);
	for (size_t i = 0; i < p->nskipped; i++)
		fprintf(out, "%s\n", p->skipped[i]);
}

static void result_count(const build_plan_t *p, build_result_t *res)
{
	for (size_t i = 0; i < p->n; i++) {
		const build_item_t *it = &p->items[i];
		res->documents++;
		res->made += it->state == BUILD_MADE;
		res->up_to_date += it->state == BUILD_UP_TO_DATE;
		res->failed += it->state == BUILD_FAILED;
		res->withheld += it->state == BUILD_WITHHELD;
		res->not_compliant += p->opt->strict ? it->not_compliant : it->marked;
		if (it->state == BUILD_MADE || it->state == BUILD_UP_TO_DATE)
			res->pages += it->pages;
	}
	res->errors = diag_count(p->findings, DIAG_ERROR);
	res->warnings = diag_count(p->findings, DIAG_WARNING);
}

static void summary_line(const build_plan_t *p, const build_result_t *res, double seconds,
                         FILE *out)
{
	fprintf(out, "lpdoc build: %zu documents, %zu pages in %s/: %zu made, %zu up to date, "
	        "%zu failed", res->documents, res->pages, p->root, res->made, res->up_to_date,
	        res->failed);
	if (res->not_compliant)
		fprintf(out, "; %zu not compliant (%s)", res->not_compliant,
		        p->opt->strict ? "withheld" : "marked");
	fprintf(out, "; %.2f s\n", seconds);
}

/* The error-level findings, and a pointer to the rest. */
static void findings_show(const build_plan_t *p, const build_result_t *res)
{
	for (size_t i = 0; i < diag_len(p->findings); i++)
		if (diag_get(p->findings, i)->level >= DIAG_ERROR)
			diag_format(diag_get(p->findings, i), stderr);
	if (res->errors)
		fprintf(stderr, "lpdoc build: the records break the agreement: %zu %s, %zu "
		        "%s; see %s/compliance-report.pdf and compliance.txt\n", res->errors,
		        plural_noun(res->errors, "error", "errors"), res->warnings,
		        plural_noun(res->warnings, "warning", "warnings"), p->root);
	else if (res->warnings)
		fprintf(stderr, "lpdoc build: no breach of the agreement, %zu %s; see "
		        "%s/compliance-report.pdf and compliance.txt\n", res->warnings,
		        plural_noun(res->warnings, "warning", "warnings"), p->root);
}

static double seconds_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* Returns 0, -1 after a failure, -2 when nothing could be done (no
 * output folder: no summary to give). */
static int build_plan_run(build_plan_t *p, diag_t *d, build_result_t *res)
{
	if (make_folders(p, d) != 0)
		return -2;
	int lock = build_lock(p, d);
	if (lock < 0)
		return -2;
	build_manifest_compare(p, d);
	write_texts(p, d);
	render_all(p, d);
	result_count(p, res);
	int rc = build_manifest_save(p, d);
	close(lock);   /* the lock goes with its descriptor */
	return rc;
}

int build_run(const build_options_t *o, diag_t *d, build_result_t *res)
{
	/* A build makes and frees millions of small view nodes.  glibc's
	 * "fast bins" hold freed small blocks back, and sort them all out at
	 * the next large allocation: that was a sixth of a build with
	 * nothing to render at 5,000 schools.  Without them a block is
	 * merged when freed; rendering, in the workers, is no slower. */
	mallopt(M_MXFAST, 0);
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	memset(res, 0, sizeof *res);
	model_t *m = model_load(o->dir, d);
	if (m == NULL) {
		diag_sort(d);
		diag_print(d, stderr);
		return -1;
	}
	check_text_fonts(m, d);  /* on standard error, as every document command */
	build_plan_t *p = build_plan_new(o, m, d);
	if (p && outguard_dir_check(p->root, o->dir, d) != 0) {
		build_plan_free(p);
		p = NULL;
	}
	int rc = -1;
	res->loaded = p != NULL;
	if (p) {
		rc = build_plan_run(p, d, res);
		findings_show(p, res);
		diag_sort(d);
		diag_print(d, stderr);
		if (!o->quiet && rc != -2)
			summary_table(p, stdout);
		if (rc != -2)
			summary_line(p, res, seconds_since(&t0), stdout);
		fflush(stdout);
	}
	else {
		diag_sort(d);
		diag_print(d, stderr);
	}
	build_plan_free(p);
	model_free(m);
	return rc;
}
