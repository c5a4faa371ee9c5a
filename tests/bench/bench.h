/*
 * bench: what the C benchmark programs in tests/bench/ share.
 */
#ifndef LPDOC_TESTS_BENCH_H
#define LPDOC_TESTS_BENCH_H

#include <time.h>

/* Seconds on the monotonic clock, for timing a piece of work. */
static inline double bench_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#endif
