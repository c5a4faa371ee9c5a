/*
 * build: `lpdoc build` — every document a partnership's agreement calls
 * for in one period, rendered into OUTDIR/<partnership>/<year>/, with a
 * manifest of what each document was made from, so that a second build
 * renders only what changed.
 *
 * The passes, one file each:
 *   build_plan.c      which documents are due in the period, the view
 *                     each is made from (built, digested and let go one
 *                     at a time: the plan holds none), and whether an
 *                     error-level finding of the checker touches it;
 *   build_manifest.c  the digest of everything a document is made from
 *                     (view, stylesheets, logo, the lpdoc binary) and
 *                     the manifest of the digests of the last build;
 *   build_run.c       renders what is out of date on worker processes
 *                     (each builds the views it renders again),
 *                     withholds or marks what is not compliant, prints
 *                     the summary table and decides the exit status.
 *
 * build_run() borrows its options and reports problems with the records
 * or the output to d, which it prints (the caller frees it).  The checker's
 * findings are not in d: they go to compliance.txt and the compliance
 * report, and the error-level ones to standard error.
 */
#ifndef LPDOC_BUILD_BUILD_H
#define LPDOC_BUILD_BUILD_H

#include <stdio.h>

#include "../util/date.h"
#include "../util/diag.h"

typedef struct build_options {
	const char *dir;         /* the partnership's folder */
	const char *outdir;      /* where partnership folders go ("output") */
	const char *year;        /* an academic (or financial) year id; NULL:
	                          * the one containing today, else the latest */
	const char *term;        /* a term id: only that term's documents */
	date_t today;            /* DATE_NONE: SOURCE_DATE_EPOCH's date, else
	                          * the clock's; never later than the records' as-of */
	unsigned jobs;           /* worker processes */
	int strict;              /* write no document that is not compliant */
	int force;               /* render everything, even when up to date */
	int quiet;               /* no table, only the last line */
	FILE *progress;          /* a terminal for the progress line, or NULL */
} build_options_t;

/* What a build did, for the exit status. */
typedef struct build_result {
	int loaded;              /* the records loaded and the period exists */
	size_t documents, pages;
	size_t made, up_to_date, failed, withheld;
	size_t not_compliant;    /* documents an error-level finding touches that
	                          * carry the mark (published ones never do), or
	                          * with --strict are withheld */
	size_t errors, warnings; /* the checker's findings */
} build_result_t;

/* Runs the build, printing the error-level findings and then d's messages
 * (sorted) to standard error and the summary to standard output.  Returns 0 when every document
 * is made or up to date (compliant or not) and the manifest is saved,
 * -1 otherwise (details in d). */
int build_run(const build_options_t *o, diag_t *d, build_result_t *res);

#endif
