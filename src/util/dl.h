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

/* A library's table: a struct whose first member is the library (void *lib)
 * and whose others are function pointers, named by dl_fn_t rows.  librsvg
 * and poppler-glib are both opened this way, so the checks (the library
 * is there, it has every function) are written once. */
typedef struct dl_fn {
	const char *name;      /* the function, as the library exports it */
	size_t offset, size;   /* its field in the table */
} dl_fn_t;

#define DL_FN(type, name, field) { name, offsetof(type, field), sizeof ((type *)0)->field }

typedef enum { DL_OK, DL_NO_LIBRARY, DL_NO_FUNCTION } dl_status_t;

/* A table of size bytes (zeroed, then filled from fns[0..n)) for the
 * library soname, or NULL with *st saying why (the library is missing, or
 * lacks a function: too old). */
void *dl_table_open(const char *soname, size_t size, const dl_fn_t *fns, size_t n,
                    dl_status_t *st);
/* dl_table_open() for a caller that reports why it failed: *why is set to
 * missing (no such library) or old (a function lacks), both static text,
 * and left alone when the table opens. */
void *dl_table_open_why(const char *soname, size_t size, const dl_fn_t *fns, size_t n,
                        const char *missing, const char *old, const char **why);
/* Closes the table's library and frees it; NULL is allowed. */
void dl_table_close(void *table);

#endif
