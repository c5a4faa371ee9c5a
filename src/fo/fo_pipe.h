/*
 * fo_pipe: a second thread that draws the pages laid out by the first.
 *
 * cairo spends most of a render writing each page (its PDF operators,
 * compression) in cairo_show_page(), while laying out the next page is
 * independent of it: on a machine with two cores, the renderer lays out
 * page n + 1 while this thread draws page n.  Jobs are drawn one at a
 * time, in the order pushed, so the PDF is byte for byte what drawing on
 * one thread gives.
 *
 * The pipe owns its thread and the jobs waiting; a job pushed belongs to
 * the pipe, which gives it to ops->draw and then to ops->free on the
 * drawing thread.  ops->start and ops->end run on the drawing thread
 * before the first job and after the last.  At most depth jobs wait,
 * bounding the memory of pages laid out but not drawn: fo_pipe_push()
 * blocks while the pipe is full.
 */
#ifndef LPDOC_FO_PIPE_H
#define LPDOC_FO_PIPE_H

#include <stddef.h>

typedef struct fo_pipe_ops {
	void (*start)(void *ud);
	void (*draw)(void *ud, void *job);
	void (*free)(void *job);
	void (*end)(void *ud);
} fo_pipe_ops_t;

typedef struct fo_pipe fo_pipe_t;

/* NULL when no thread can be started: the caller draws by itself. */
fo_pipe_t *fo_pipe_new(const fo_pipe_ops_t *ops, void *ud, size_t depth);
void fo_pipe_push(fo_pipe_t *p, void *job);
/* Waits until every job pushed is drawn and the thread has ended; then
 * frees p.  Whatever the drawing thread wrote is visible after it. */
void fo_pipe_finish(fo_pipe_t *p);

#endif
