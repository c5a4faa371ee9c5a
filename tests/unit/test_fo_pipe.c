/* Unit tests for src/fo/fo_pipe: jobs are drawn in the order pushed, on
 * a thread other than the caller's, between start and end on that same
 * thread; no more than depth wait; finish returns once all are drawn. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "unit.h"
#include "fo/fo_pipe.h"

#define JOBS 500

typedef struct state {
	pthread_t caller;
	int started, ended;
	int start_elsewhere, end_same_thread, draw_elsewhere;
	pthread_t drawer;
	int order[JOBS];
	int ndrawn, nfreed;
	pthread_mutex_t lock;    /* guards waiting */
	int waiting;             /* pushed, not yet drawn */
	int most_waiting;
} state_t;

typedef struct job {
	int n;
	state_t *s;              /* on_free has no state argument */
} job_t;

static void on_start(void *ud)
{
	state_t *s = ud;
	s->started++;
	s->drawer = pthread_self();
	s->start_elsewhere = !pthread_equal(s->drawer, s->caller);
}

static void on_draw(void *ud, void *job)
{
	state_t *s = ud;
	if (s->ndrawn % 50 == 0)
		usleep(1000);    /* slower than the pushes now and then: the pipe fills */
	pthread_mutex_lock(&s->lock);
	s->waiting--;
	pthread_mutex_unlock(&s->lock);
	s->draw_elsewhere += !pthread_equal(pthread_self(), s->caller);
	s->order[s->ndrawn++] = ((job_t *)job)->n;
}

static void on_free(void *job)
{
	((job_t *)job)->s->nfreed++;
	free(job);
}

static void on_end(void *ud)
{
	state_t *s = ud;
	s->ended++;
	s->end_same_thread = pthread_equal(pthread_self(), s->drawer);
}

static const fo_pipe_ops_t ops = { on_start, on_draw, on_free, on_end };

static void test_jobs_in_order_on_one_other_thread(void)
{
	state_t s = { .caller = pthread_self() };
	pthread_mutex_init(&s.lock, NULL);
	fo_pipe_t *p = fo_pipe_new(&ops, &s, 2);
	CU_ASSERT_PTR_NOT_NULL_FATAL(p);
	for (int i = 0; i < JOBS; i++) {
		job_t *job = malloc(sizeof *job);
		job->n = i;
		job->s = &s;
		pthread_mutex_lock(&s.lock);
		s.waiting++;
		if (s.waiting > s.most_waiting)
			s.most_waiting = s.waiting;
		pthread_mutex_unlock(&s.lock);
		fo_pipe_push(p, job);
	}
	fo_pipe_finish(p);
	CU_ASSERT_EQUAL(s.started, 1);
	CU_ASSERT_EQUAL(s.ended, 1);
	CU_ASSERT_TRUE(s.start_elsewhere);
	CU_ASSERT_TRUE(s.end_same_thread);
	CU_ASSERT_EQUAL(s.draw_elsewhere, JOBS);
	CU_ASSERT_EQUAL(s.ndrawn, JOBS);
	CU_ASSERT_EQUAL(s.nfreed, JOBS);
	int in_order = 1;
	for (int i = 0; i < JOBS; i++)
		in_order &= s.order[i] == i;
	CU_ASSERT_TRUE(in_order);
	/* two in the ring, one being drawn, one about to be pushed */
	CU_ASSERT(s.most_waiting <= 4);
	pthread_mutex_destroy(&s.lock);
}

static void test_finish_without_jobs(void)
{
	state_t s = { .caller = pthread_self() };
	pthread_mutex_init(&s.lock, NULL);
	fo_pipe_t *p = fo_pipe_new(&ops, &s, 1);
	CU_ASSERT_PTR_NOT_NULL_FATAL(p);
	fo_pipe_finish(p);
	CU_ASSERT_EQUAL(s.started, 1);
	CU_ASSERT_EQUAL(s.ended, 1);
	CU_ASSERT_EQUAL(s.ndrawn, 0);
	fo_pipe_finish(NULL);  /* no pipe: nothing to wait for */
	pthread_mutex_destroy(&s.lock);
}

static CU_TestInfo tests[] = {
	{ "jobs in order, on one other thread", test_jobs_in_order_on_one_other_thread },
	{ "finish without jobs", test_finish_without_jobs },
	CU_TEST_INFO_NULL
};

UNIT_MAIN("fo_pipe", tests)
