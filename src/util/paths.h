/*
 * paths: where lpdoc finds its own files (fonts/, stylesheets/, data/schema/).
 *
 * In order: $LPDOC_DATADIR; the folder holding the running executable,
 * when it has fonts/ beside it (a build tree); the installed
 * LPDOC_DATADIR chosen at build time (PREFIX/share/lpdoc).
 */
#ifndef LPDOC_UTIL_PATHS_H
#define LPDOC_UTIL_PATHS_H

#include <stddef.h>

/* Returns a new string the caller frees; never NULL. */
char *paths_datadir(void);
/* Returns datadir/rel as a new string the caller frees. */
char *paths_data_file(const char *rel);
/* 1 when path names an existing directory. */
int paths_is_dir(const char *path);
/* 1 when path names an existing regular file. */
int paths_is_file(const char *path);
/* The folder part of path ("." when none), as a new string. */
char *paths_dirname(const char *path);
/* dir/name as a new string; name itself when it is absolute. */
char *paths_join(const char *dir, const char *name);
/* Reads at most size - 1 bytes from the start of the file at path into
 * buf and ends them with a NUL: how many were read, or -1 when the file
 * cannot be opened.  (What kind of file is it: a PDF, an image?) */
long paths_read_head(const char *path, char *buf, size_t size);

#endif
