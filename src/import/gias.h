/*
 * gias: reads a Get Information About Schools (GIAS) "all establishment
 * data" download and gives the establishments chosen, mapped to lpdoc's
 * values (docs/records.md, "Importing from GIAS").
 *
 * Columns are found by their header name, never by position; a missing
 * column that is needed is an error naming it.  A school is chosen when
 * its URN is in the list asked for, its LA (name) or Trusts (name) is the
 * one asked for (case ignored), or its URN is one the records already
 * hold (so an import always refreshes the schools already there).
 * Closed establishments and those only proposed to open are skipped with
 * a note; a type or phase lpdoc has no value for is skipped with a
 * warning.  All messages are file:line:col.
 *
 * Ownership: gias_read() fills a gias_list_t the caller frees with
 * gias_list_free(); the selection's strings stay the caller's.
 */
#ifndef LPDOC_IMPORT_GIAS_H
#define LPDOC_IMPORT_GIAS_H

#include <stddef.h>

#include "../util/diag.h"

typedef struct gias_school {
	char *urn, *name, *phase, *type;  /* phase and type: lpdoc's values */
	char *pupils;        /* NULL when GIAS gives none */
	char *address;       /* NULL when GIAS gives none */
	char *outcome;       /* latest inspection, lpdoc's value; NULL when none */
	char *inspected;     /* its date, YYYY-MM-DD; NULL when none */
	char *head;          /* the head's first and last name; NULL when none */
	char *head_title;    /* Mr, Mrs, Dr, ...; NULL when none */
	unsigned line;       /* in the GIAS file */
} gias_school_t;

typedef struct gias_list {
	gias_school_t *schools;
	size_t n, cap;
	const char *encoding; /* of the file read */
	size_t rows;          /* establishments in the file */
	size_t closed;        /* chosen but skipped as closed */
} gias_list_t;

typedef struct gias_select {
	char **urns;          /* asked for by --urn */
	size_t nurns;
	const char *la;       /* --la, or NULL */
	const char *trust;    /* --trust, or NULL */
	char **held;          /* URNs the records already hold */
	size_t nheld;
} gias_select_t;

/* Reads path (named name in messages).  Returns 0, or -1 when the file
 * cannot be used (every problem reported to d; l then holds nothing). */
int gias_read(const char *path, const char *name, const gias_select_t *sel,
              gias_list_t *l, diag_t *d);
void gias_list_free(gias_list_t *l);

/* lpdoc's school type and phase for GIAS's TypeOfEstablishment (name)
 * and PhaseOfEducation (name); NULL when lpdoc has no value for them. */
const char *gias_type_map(const char *type);
const char *gias_phase_map(const char *phase, const char *type);
/* lpdoc's inspection outcome for OfstedRating (name), or NULL. */
const char *gias_outcome_map(const char *rating);

#endif
