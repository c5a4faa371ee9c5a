/*
 * xalloc: allocation wrappers that never return NULL.
 *
 * On out-of-memory they print one line naming the program and exit with
 * status 3 (system failure), so callers never test for NULL.  Every
 * pointer they return is owned by the caller and released with free().
 */
#ifndef LPDOC_UTIL_XALLOC_H
#define LPDOC_UTIL_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
/* Grows *array so that it holds at least need items of item_size bytes;
 * *cap is the current capacity in items and is updated. */
void *xgrow(void *array, size_t *cap, size_t need, size_t item_size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Frees the n strings of s, then s (NULL is allowed when n is 0). */
void xfree_strings(char **s, size_t n);
/* Reports running out of memory (size: what was asked for, 0 when
 * unknown) and exits with status 3: for allocations made by others
 * (open_memstream, libraries) that can fail. */
void xalloc_die(size_t size) __attribute__((noreturn));
/* printf into a new string. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
