/*
 * strv: arrays of strings the array owns (each string and the array
 * allocated with util/xalloc).
 */
#ifndef LPDOC_UTIL_STRV_H
#define LPDOC_UTIL_STRV_H

#include <stddef.h>

/* Frees the n strings of v, then v (NULL: nothing). */
void strv_free(char **v, size_t n);

#endif
