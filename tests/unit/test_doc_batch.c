/* Unit tests for batch: jobs on worker processes, failures counted and
 * reported, diagnostics carried back from the workers, a dying worker
 * reported with its unfinished jobs counted as failed. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc/batch.h"
#include "unit.h"

typedef struct job_ctx {
	size_t fail_at;      /* this job fails (reports an error) */
	size_t kill_at;      /* this job kills its worker; (size_t)-1: none */
} job_ctx_t;

static int job(void *ctx, size_t i, diag_t *d, size_t *pages)
{
	const job_ctx_t *c = ctx;
	if (i == c->kill_at)
		raise(SIGKILL);
	*pages = i + 1;
	if (i == c->fail_at) {
		diag_add(d, DIAG_ERROR, "school.xml", 7, 3, "MoU 5.1", "job %zu failed", i);
		return -1;
	}
	diag_add(d, DIAG_NOTE, NULL, 0, 0, NULL, "job %zu done", i);
	return 0;
}

static size_t count_text(const diag_t *d, const char *text)
{
	size_t n = 0;
	for (size_t i = 0; i < diag_len(d); i++)
		if (strstr(diag_get(d, i)->text, text))
			n++;
	return n;
}

static void run_with(unsigned workers)
{
	job_ctx_t c = { 3, (size_t)-1 };
	diag_t *d = diag_new();
	size_t pages[10];
	batch_result_t res = { .job_pages = pages };
	CU_ASSERT_EQUAL(batch_run(10, workers, job, &c, "test", NULL, d, &res), -1);
	/* each job's pages came back to its own slot; the failed one is marked */
	for (size_t i = 0; i < 10; i++)
		CU_ASSERT_EQUAL(pages[i], i == 3 ? BATCH_FAILED : i + 1);
	CU_ASSERT_EQUAL(res.done, 9);
	CU_ASSERT_EQUAL(res.failed, 1);
	CU_ASSERT_EQUAL(res.pages, 55 - 4);          /* 1+..+10 without job 3's */
	CU_ASSERT_EQUAL(diag_len(d), 10);
	CU_ASSERT_EQUAL(diag_count(d, DIAG_ERROR), 1);
	CU_ASSERT_EQUAL(count_text(d, "job 3 failed"), 1);
	/* The error crossed the pipe whole: file, line, column, clause. */
	for (size_t i = 0; i < diag_len(d); i++) {
		const diag_msg_t *m = diag_get(d, i);
		if (m->level != DIAG_ERROR)
			continue;
		CU_ASSERT_STRING_EQUAL(m->file, "school.xml");
		CU_ASSERT_EQUAL(m->line, 7);
		CU_ASSERT_EQUAL(m->col, 3);
		CU_ASSERT_STRING_EQUAL(m->clause, "MoU 5.1");
	}
	diag_free(d);
}

static void test_in_process(void)
{
	run_with(1);
}

static void test_workers(void)
{
	run_with(2);
	run_with(3);
}

static void test_all_succeed(void)
{
	job_ctx_t c = { (size_t)-1, (size_t)-1 };
	diag_t *d = diag_new();
	batch_result_t res = { 0 };
	CU_ASSERT_EQUAL(batch_run(5, 8, job, &c, "test", NULL, d, &res), 0);
	CU_ASSERT_EQUAL(res.done, 5);
	CU_ASSERT_EQUAL(res.failed, 0);
	CU_ASSERT_EQUAL(batch_run(0, 2, job, &c, "test", NULL, d, &res), 0);
	CU_ASSERT_EQUAL(res.done, 0);
	diag_free(d);
}

static void test_worker_dies(void)
{
	/* Worker 2 of 2 takes jobs 1, 3, 5, 7, 9 and dies at job 5. */
	job_ctx_t c = { (size_t)-1, 5 };
	diag_t *d = diag_new();
	size_t pages[10];
	batch_result_t res = { .job_pages = pages };
	CU_ASSERT_EQUAL(batch_run(10, 2, job, &c, "test", NULL, d, &res), -1);
	CU_ASSERT_EQUAL(pages[5], BATCH_FAILED);     /* never reported */
	CU_ASSERT_EQUAL(pages[4], 5);
	CU_ASSERT_EQUAL(res.done, 7);
	CU_ASSERT_EQUAL(res.failed, 3);
	CU_ASSERT_EQUAL(diag_count(d, DIAG_FATAL), 1);
	CU_ASSERT_EQUAL(count_text(d, "stopped by signal"), 1);
	diag_free(d);
}

/* pages: 1 when the job's process draws on one thread (LPDOC_THREADS=1). */
static int threads_job(void *ctx, size_t i, diag_t *d, size_t *pages)
{
	(void)ctx;
	(void)i;
	(void)d;
	const char *t = getenv("LPDOC_THREADS");
	*pages = t && strcmp(t, "1") == 0;
	return 0;
}

/* With a worker on every core, a drawing thread per worker would only
 * compete with the other workers; with fewer, it has a core to use. */
static void test_workers_draw_on_one_thread_when_cores_are_full(void)
{
	unsigned cores = batch_default_workers();
	/* One worker runs in this process, so a one-core machine asks for two:
	 * more workers than cores fill them all the same. */
	unsigned full = cores < 2 ? 2 : cores;
	unsetenv("LPDOC_THREADS");
	diag_t *d = diag_new();
	batch_result_t res = { 0 };
	CU_ASSERT_EQUAL(batch_run(4, full, threads_job, NULL, "test", NULL, d, &res), 0);
	CU_ASSERT_EQUAL(res.pages, 4);
	if (cores > 2) {
		CU_ASSERT_EQUAL(batch_run(4, 2, threads_job, NULL, "test", NULL, d, &res), 0);
		CU_ASSERT_EQUAL(res.pages, 0);
	}
	CU_ASSERT_PTR_NULL(getenv("LPDOC_THREADS"));  /* the caller's is left alone */
	diag_free(d);
}

static CU_TestInfo tests[] = {
	{ "one worker: in this process", test_in_process },
	{ "several workers", test_workers },
	{ "everything succeeds", test_all_succeed },
	{ "a worker dies", test_worker_dies },
	{ "workers on every core draw on one thread", test_workers_draw_on_one_thread_when_cores_are_full },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("doc_batch", tests)
