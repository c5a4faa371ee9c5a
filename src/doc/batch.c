/* batch: worker processes for document batches (see batch.h).
 *
 * Pipe protocol, one record per job, written by the worker in one go:
 *   u32 index, i32 status, u32 pages, u32 nmsg,
 *   then per message: i32 level, u32 line, u32 col, and three strings
 *   (file, clause, text), each u32 length + bytes (length ~0u: NULL). */
#include "batch.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../util/buf.h"
#include "../util/xalloc.h"

#define STR_NULL UINT32_MAX

unsigned batch_default_workers(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1u : n > 64 ? 64u : (unsigned)n;
}

static void put_u32(buf_t *b, uint32_t v)
{
	buf_append(b, (const char *)&v, sizeof v);
}

static void put_str(buf_t *b, const char *s)
{
	if (s == NULL) {
		put_u32(b, STR_NULL);
		return;
	}
	put_u32(b, (uint32_t)strlen(s));
	buf_append(b, s, strlen(s));
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* 1 all read, 0 end of file before anything, -1 error or short read. */
static int read_all(int fd, void *dst, size_t n)
{
	char *p = dst;
	size_t got = 0;
	while (got < n) {
		ssize_t r = read(fd, p + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			return got == 0 ? 0 : -1;
		got += (size_t)r;
	}
	return 1;
}

static void worker_send(int fd, size_t index, int status, size_t pages, const diag_t *d)
{
	buf_t b = BUF_INIT;
	put_u32(&b, (uint32_t)index);
	put_u32(&b, (uint32_t)status);
	put_u32(&b, (uint32_t)pages);
	put_u32(&b, (uint32_t)diag_len(d));
	for (size_t i = 0; i < diag_len(d); i++) {
		const diag_msg_t *m = diag_get(d, i);
		put_u32(&b, (uint32_t)m->level);
		put_u32(&b, m->line);
		put_u32(&b, m->col);
		put_str(&b, m->file);
		put_str(&b, m->clause);
		put_str(&b, m->text);
	}
	if (write_all(fd, buf_str(&b), b.len) != 0)
		_exit(3);
	buf_free(&b);
}

static void worker_run(int fd, unsigned w, unsigned workers, size_t njobs,
                       batch_job_fn fn, void *ctx)
{
	for (size_t i = w; i < njobs; i += workers) {
		diag_t *d = diag_new();
		size_t pages = 0;
		int status = fn(ctx, i, d, &pages);
		worker_send(fd, i, status, pages, d);
		diag_free(d);
	}
	close(fd);
	_exit(0);
}

static char *read_str(int fd, int *ok)
{
	uint32_t len;
	if (read_all(fd, &len, sizeof len) != 1) {
		*ok = 0;
		return NULL;
	}
	if (len == STR_NULL)
		return NULL;
	char *s = xmalloc((size_t)len + 1);
	if (read_all(fd, s, len) != 1)
		*ok = 0;
	s[len] = '\0';
	return s;
}

/* Reads one message and adds it to d; 0 on a broken record. */
static int read_msg(int fd, diag_t *d)
{
	uint32_t h[3];
	if (read_all(fd, h, sizeof h) != 1)
		return 0;
	int ok = 1;
	char *file = read_str(fd, &ok);
	char *clause = ok ? read_str(fd, &ok) : NULL;
	char *text = ok ? read_str(fd, &ok) : NULL;
	if (ok)
		diag_add(d, (diag_level_t)(int32_t)h[0], file, h[1], h[2], clause, "%s", text ? text : "");
	free(file);
	free(clause);
	free(text);
	return ok;
}

typedef struct batch_state {
	size_t njobs;
	unsigned char *finished;     /* per job */
	const char *label;
	FILE *progress;
	diag_t *d;
	batch_result_t *res;
	pid_t *pids;                 /* per worker (kept here: reachable in workers too) */
	int *fds;
} batch_state_t;

static void progress_show(const batch_state_t *st)
{
	if (st->progress == NULL)
		return;
	size_t n = st->res->done + st->res->failed;
	fprintf(st->progress, "\r%s: %zu/%zu (%zu%%)%s", st->label, n, st->njobs,
	        st->njobs ? n * 100 / st->njobs : 100,
	        st->res->failed ? ", some failed" : "");
	fflush(st->progress);
}

static void job_record(batch_state_t *st, size_t index, int status, size_t pages)
{
	if (index >= st->njobs || st->finished[index])
		return;
	st->finished[index] = 1;
	if (st->res->job_pages)
		st->res->job_pages[index] = status == 0 ? pages : BATCH_FAILED;
	if (status == 0) {
		st->res->done++;
		st->res->pages += pages;
	} else {
		st->res->failed++;
	}
	progress_show(st);
}

/* Reads one job record from fd.  Returns 0 at the end, -1 when broken. */
static int parent_read(int fd, batch_state_t *st)
{
	uint32_t h[4];
	int r = read_all(fd, h, sizeof h);
	if (r <= 0)
		return r == 0 ? 0 : -1;
	for (uint32_t i = 0; i < h[3]; i++)
		if (!read_msg(fd, st->d))
			return -1;
	job_record(st, h[0], (int)(int32_t)h[1], h[2]);
	return 1;
}

static void parent_collect(int *fds, unsigned workers, batch_state_t *st)
{
	struct pollfd *p = xcalloc(workers, sizeof *p);
	unsigned open = workers;
	for (unsigned w = 0; w < workers; w++)
		p[w] = (struct pollfd){ .fd = fds[w], .events = POLLIN };
	while (open > 0) {
		if (poll(p, workers, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (unsigned w = 0; w < workers; w++) {
			if (p[w].fd < 0 || p[w].revents == 0)
				continue;
			if (parent_read(p[w].fd, st) <= 0) {
				close(p[w].fd);
				p[w].fd = -1;
				open--;
			}
		}
	}
	free(p);
}

static void parent_reap(pid_t *pids, unsigned workers, diag_t *d)
{
	for (unsigned w = 0; w < workers; w++) {
		int status;
		while (waitpid(pids[w], &status, 0) < 0 && errno == EINTR)
			;
		if (WIFSIGNALED(status))
			diag_add(d, DIAG_FATAL, NULL, 0, 0, NULL,
			         "worker %u stopped by signal %d; the documents it had not finished were not written",
			         w + 1, WTERMSIG(status));
		else if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
			diag_add(d, DIAG_FATAL, NULL, 0, 0, NULL, "worker %u failed (exit status %d)",
			         w + 1, WEXITSTATUS(status));
	}
}

static void run_here(size_t njobs, batch_job_fn fn, void *ctx, batch_state_t *st)
{
	for (size_t i = 0; i < njobs; i++) {
		size_t pages = 0;
		int status = fn(ctx, i, st->d, &pages);
		job_record(st, i, status, pages);
	}
}

/* In a worker: dies with the parent (a SIGKILL of `lpdoc build` ends
 * its workers too, before they write another file), including when the
 * parent died before the request took hold. */
static void worker_bind(pid_t parent)
{
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
		_exit(3);
}

/* Forks the workers; returns how many were started. */
static unsigned spawn(unsigned workers, size_t njobs, batch_job_fn fn, void *ctx,
                      pid_t *pids, int *fds, diag_t *d)
{
	fflush(NULL);
	pid_t parent = getpid();
	for (unsigned w = 0; w < workers; w++) {
		int pfd[2];
		if (pipe(pfd) != 0) {
			diag_add(d, DIAG_FATAL, NULL, 0, 0, NULL, "cannot create a pipe: %s", strerror(errno));
			return w;
		}
		pid_t pid = fork();
		if (pid < 0) {
			diag_add(d, DIAG_FATAL, NULL, 0, 0, NULL, "cannot start a worker: %s", strerror(errno));
			close(pfd[0]);
			close(pfd[1]);
			return w;
		}
		if (pid == 0) {
			worker_bind(parent);
			/* When every core has a worker, each draws its pages on
			 * one thread (a drawing thread of their own made a build
			 * of the largest sample 3 to 6% slower on two cores). */
			if (workers >= batch_default_workers())
				setenv("LPDOC_THREADS", "1", 1);
			close(pfd[0]);
			for (unsigned k = 0; k < w; k++)
				close(fds[k]);
			worker_run(pfd[1], w, workers, njobs, fn, ctx);
		}
		close(pfd[1]);
		pids[w] = pid;
		fds[w] = pfd[0];
	}
	return workers;
}

int batch_run(size_t njobs, unsigned workers, batch_job_fn fn, void *ctx,
              const char *label, FILE *progress, diag_t *d, batch_result_t *res)
{
	size_t *job_pages = res->job_pages;
	memset(res, 0, sizeof *res);
	res->job_pages = job_pages;
	for (size_t i = 0; job_pages && i < njobs; i++)
		job_pages[i] = BATCH_FAILED;
	batch_state_t st = { njobs, xcalloc(njobs + 1, 1), label, progress, d, res, NULL, NULL };
	if (workers > njobs)
		workers = (unsigned)njobs;
	if (workers <= 1) {
		run_here(njobs, fn, ctx, &st);
	} else {
		st.pids = xcalloc(workers, sizeof *st.pids);
		st.fds = xcalloc(workers, sizeof *st.fds);
		unsigned started = spawn(workers, njobs, fn, ctx, st.pids, st.fds, d);
		parent_collect(st.fds, started, &st);
		parent_reap(st.pids, started, d);
		free(st.pids);
		free(st.fds);
	}
	/* Jobs no worker reported on (a worker died or never started). */
	for (size_t i = 0; i < njobs; i++)
		if (!st.finished[i])
			res->failed++;
	if (progress && njobs)
		fputc('\n', progress);
	free(st.finished);
	return res->failed ? -1 : 0;
}
