/*
 * dl: libraries opened when first needed (dlopen), not linked.
 *
 * librsvg (src/fo/fo_svg.h) and poppler-glib (src/util/pdfsrc.h) cost
 * milliseconds to load at every start and most documents need neither,
 * so lpdoc opens them at their first use.  dl_open() keeps a library
 * loaded once opened (RTLD_NODELETE): closing is cheap, opening again
 * finds it, and libraries that leave thread-local destructors behind
 * (librsvg is written in Rust) are never unmapped under them.
 */
#ifndef LPDOC_UTIL_DL_H
#define LPDOC_UTIL_DL_H

#include <stddef.h>

/* The library named soname (e.g. "librsvg-2.so.2"), or NULL. */
void *dl_open(const char *soname);
void dl_close(void *lib);
/* Stores the address of function name of lib in *fn (a function pointer
 * of fn_size bytes); -1 when lib has no such function. */
int dl_symbol(void *lib, const char *name, void *fn, size_t fn_size);

/* dl_symbol() into a field of struct s holding function pointers. */
#define DL_SYMBOL(lib, name, s, field) dl_symbol(lib, name, &(s)->field, sizeof (s)->field)

#endif
