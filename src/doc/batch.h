/*
 * batch: runs n independent jobs (one document each) on worker
 * processes, so a batch of hundreds of pro-formas uses every core.
 *
 * Workers are forked after the caller has loaded the model and compiled
 * the stylesheet, so they share both (copy-on-write) and parse nothing
 * again.  Job i goes to worker i % workers.  Each worker reports every
 * job's result and diagnostics back through a pipe; the parent merges
 * the diagnostics into its own diag_t (so the caller prints them once,
 * sorted), counts failures and, when progress is not NULL (a terminal),
 * keeps one progress line up to date on it.
 *
 * A job that fails stops nothing else.  A worker that dies (a crash, a
 * signal) is reported, and the jobs it had not finished count as failed.
 * With one worker, or one job, everything runs in this process.
 */
#ifndef LPDOC_DOC_BATCH_H
#define LPDOC_DOC_BATCH_H

#include <stddef.h>
#include <stdio.h>

#include "../util/diag.h"

/* Runs job index; reports to d; returns 0 or -1.  pages (may be
 * ignored) gets the pages the job produced. */
typedef int (*batch_job_fn)(void *ctx, size_t index, diag_t *d, size_t *pages);

typedef struct batch_result {
	size_t done, failed;         /* jobs */
	size_t pages;                /* pages produced by successful jobs */
	/* Optional, set by the caller before batch_run() (which keeps it):
	 * njobs entries it fills with each job's pages, BATCH_FAILED for a
	 * job that failed or was never reported on.  Owned by the caller. */
	size_t *job_pages;
} batch_result_t;

#define BATCH_FAILED ((size_t)-1)

/* Default worker count: the number of online processors (at least 1). */
unsigned batch_default_workers(void);

/* Returns 0 when every job succeeded, -1 otherwise (details in d). */
int batch_run(size_t njobs, unsigned workers, batch_job_fn fn, void *ctx,
              const char *label, FILE *progress, diag_t *d, batch_result_t *res);

#endif
