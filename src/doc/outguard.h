/*
 * outguard: where a document command may write, checked before anything
 * is loaded or rendered, so that a refused output changes nothing.
 *
 * lpdoc reads a partnership's records and writes documents; only
 * `lpdoc init` writes records.  So a command never writes inside the
 * records folder it reads (after resolving symlinks and ".." on the
 * output's path and on the folder's), and never replaces an existing file
 * that lpdoc could not have written itself: anything but an empty file, a
 * PDF, an XML document whose root element is one of lpdoc's (a view,
 * `lpdoc view`'s model, or XSL-FO), or an iCalendar file with lpdoc's
 * PRODID (`lpdoc calendar`).  Both are errors (exit 2); an output
 * that exists and is not a regular file (a folder, a device) is a fatal
 * "cannot write" (exit 3).
 * The folder written to must also take a new file (a probe made and
 * removed at once): a read-only or missing folder stops the command with
 * one fatal message before any rendering (exit 3).
 */
#ifndef LPDOC_DOC_OUTGUARD_H
#define LPDOC_DOC_OUTGUARD_H

#include "../util/diag.h"

/* For an output file (path "-": standard output, always allowed);
 * records_dir may be NULL (lpdoc render).  Returns 0, or reports to d
 * and returns -1. */
int outguard_file_check(const char *path, const char *records_dir, diag_t *d);

/* For a folder documents go into, made when missing (lpdoc build's
 * output folder, lpdoc proforma --split): not inside records_dir.  Its
 * writability is checked by outguard_dir_probe() once it exists.
 * Returns 0, or reports to d and returns -1. */
int outguard_dir_check(const char *dir, const char *records_dir, diag_t *d);

/* Whether a new file can be made in the existing folder dir.  Returns 0,
 * or reports a fatal message naming dir and the reason, and returns -1. */
int outguard_dir_probe(const char *dir, diag_t *d);

/* 1 when the regular file at path is one lpdoc could have written (see
 * above), 0 otherwise. */
int outguard_is_lpdoc_file(const char *path);

#endif
