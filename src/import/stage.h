/*
 * stage: writes an import's new record files into a partnership's folder
 * only when the folder, with them, still loads.
 *
 * The new texts go first into a hidden copy of the folder inside it
 * (".lpdoc-import.XXXXXX": the other files hard-linked, or copied where
 * links fail, so the logo stays inside), which is loaded as `lpdoc check`
 * loads records; its messages are reported under the real folder's
 * names.  Only when it loads is each file written into the folder
 * atomically (util/atomic).  The copy is always removed.  Import is the
 * one kind of command that writes records, on purpose (doc/outguard.h
 * keeps every other command out of the folder).
 *
 * Ownership: a stage_file_t's strings stay the caller's.
 */
#ifndef LPDOC_IMPORT_STAGE_H
#define LPDOC_IMPORT_STAGE_H

#include <stddef.h>

#include "../util/diag.h"

typedef struct stage_file {
	const char *name;    /* relative to the folder, e.g. "members.xml" */
	const char *text;
} stage_file_t;

/* Returns 0 when dir with files in it loads; else -1 after reporting the
 * load's errors (or why the copy could not be made) to d. */
int stage_verify(const char *dir, const stage_file_t *files, size_t n, diag_t *d);

/* Writes each file into dir atomically.  Returns 0, or -1 after
 * reporting (files written before the failure stay written). */
int stage_write(const char *dir, const stage_file_t *files, size_t n, diag_t *d);

#endif
