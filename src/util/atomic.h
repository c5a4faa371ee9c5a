/*
 * atomic: write an output file so that it appears whole or not at all.
 *
 * The data goes to a hidden temporary file beside the target; only
 * atomic_out_commit() renames it over the target, after flushing it to
 * disk.  A failed or interrupted run therefore never leaves a half-written
 * document and never destroys the previous good one.  "-" writes straight
 * to standard output.
 */
#ifndef LPDOC_UTIL_ATOMIC_H
#define LPDOC_UTIL_ATOMIC_H

#include <stdio.h>

#include "diag.h"

typedef struct atomic_out {
	char *path;      /* the target, owned */
	char *tmp;       /* the temporary file, owned; NULL for stdout */
	FILE *fp;        /* where to write */
} atomic_out_t;

/* Returns 0 and fills o, or reports to d and returns -1. */
int atomic_out_open(atomic_out_t *o, const char *path, diag_t *d);
/* Flushes, syncs and renames.  Returns 0, or reports, removes the
 * temporary file and returns -1. */
int atomic_out_commit(atomic_out_t *o, diag_t *d);
/* Removes the temporary file; the target is untouched. */
void atomic_out_abort(atomic_out_t *o);
/* For a writer that found its write failing (errno err): reports it,
 * naming the target, the reason and what to do (a full disk or a file
 * size limit: free some space), then aborts as above. */
void atomic_out_fail(atomic_out_t *o, int err, diag_t *d);

#endif
