/* fo_pipe: see fo_pipe.h. */
#include "fo_pipe.h"

#include <pthread.h>
#include <stdlib.h>

#include "../util/xalloc.h"

struct fo_pipe {
	const fo_pipe_ops_t *ops;
	void *ud;
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t changed;  /* a job came, a job went, or the end */
	void **ring;             /* jobs waiting, oldest at head */
	size_t depth, head, len;
	int closing;             /* no more jobs will come */
};

/* The next job, or NULL once the pipe is closing and empty. */
static void *pipe_take(fo_pipe_t *p)
{
	pthread_mutex_lock(&p->lock);
	while (p->len == 0 && !p->closing)
		pthread_cond_wait(&p->changed, &p->lock);
	void *job = NULL;
	if (p->len > 0) {
		job = p->ring[p->head];
		p->head = (p->head + 1) % p->depth;
		p->len--;
		pthread_cond_broadcast(&p->changed);
	}
	pthread_mutex_unlock(&p->lock);
	return job;
}

static void *pipe_main(void *arg)
{
	fo_pipe_t *p = arg;
	if (p->ops->start)
		p->ops->start(p->ud);
	void *job;
	while ((job = pipe_take(p)) != NULL) {
		p->ops->draw(p->ud, job);
		p->ops->free(job);
	}
	if (p->ops->end)
		p->ops->end(p->ud);
	return NULL;
}

fo_pipe_t *fo_pipe_new(const fo_pipe_ops_t *ops, void *ud, size_t depth)
{
	fo_pipe_t *p = xcalloc(1, sizeof *p);
	p->ops = ops;
	p->ud = ud;
	p->depth = depth > 0 ? depth : 1;
	p->ring = xcalloc(p->depth, sizeof *p->ring);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->changed, NULL);
	if (pthread_create(&p->thread, NULL, pipe_main, p) != 0) {
		pthread_cond_destroy(&p->changed);
		pthread_mutex_destroy(&p->lock);
		free(p->ring);
		free(p);
		return NULL;
	}
	return p;
}

void fo_pipe_push(fo_pipe_t *p, void *job)
{
	pthread_mutex_lock(&p->lock);
	while (p->len == p->depth)
		pthread_cond_wait(&p->changed, &p->lock);
	p->ring[(p->head + p->len) % p->depth] = job;
	p->len++;
	pthread_cond_broadcast(&p->changed);
	pthread_mutex_unlock(&p->lock);
}

void fo_pipe_finish(fo_pipe_t *p)
{
	if (p == NULL)
		return;
	pthread_mutex_lock(&p->lock);
	p->closing = 1;
	pthread_cond_broadcast(&p->changed);
	pthread_mutex_unlock(&p->lock);
	pthread_join(p->thread, NULL);
	pthread_cond_destroy(&p->changed);
	pthread_mutex_destroy(&p->lock);
	free(p->ring);
	free(p);
}
