/*
 * init: a new partnership's record files, made in memory from one sample
 * partnership's agreement (`lpdoc init`).
 *
 * What is the agreement is copied: partnership.xml's clause tree, bodies
 * with their seats, quorum rules, meeting patterns and reporting duties,
 * and the partnership-wide rules, plus the organisations the agreement
 * names (nominating bodies, parties) from members.xml, so its references
 * hold.  What is the sample's own is not: its name, address, company
 * facts, branding, task-and-finish groups, variations, people, schools,
 * meetings and money.  Every other record file is the smallest valid
 * skeleton, with XML comments saying what to fill in.
 *
 * An init_folder_t owns its files' paths and texts; free it with
 * init_folder_free().  Nothing here touches the disk except reading the
 * sample.
 */
#ifndef LPDOC_INIT_INIT_H
#define LPDOC_INIT_INIT_H

#include <stddef.h>

#include "../util/date.h"
#include "../util/diag.h"

/* The samples a folder can start from, NULL-terminated. */
extern const char *const init_samples[];

typedef struct init_options {
	const char *sample_dir;  /* the sample's folder (holding partnership.xml) */
	const char *sample;      /* its name, e.g. "liverpool" */
	const char *id;          /* the new partnership's id (a valid record id) */
	const char *name;        /* its full name; NULL: a value marked REPLACE */
	date_t as_of;            /* the date the new records describe */
} init_options_t;

typedef struct init_file {
	char *path;              /* relative to the new folder, e.g. "meetings/eb.xml" */
	char *text;
} init_file_t;

typedef struct init_folder {
	init_file_t *files;
	size_t n;
	size_t bodies;           /* bodies kept from the sample's agreement */
	size_t organisations;    /* organisations kept because the agreement names them */
} init_folder_t;

/* 1 when name is one of init_samples. */
int init_sample_known(const char *name);

/* The sample's name list as "a, b, c or d", for messages; caller frees. */
char *init_sample_list(void);

/* An id for a partnership kept in the folder named dir: its last part,
 * lower-case letters, digits and '-'; "partnership" when nothing is
 * left.  Caller frees. */
char *init_id_from_dir(const char *dir);

/* Fills f from the sample.  Returns 0, or -1 after reporting to d (a
 * sample that cannot be read). */
int init_folder_make(init_folder_t *f, const init_options_t *o, diag_t *d);
void init_folder_free(init_folder_t *f);

#endif
