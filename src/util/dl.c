/* dl: see dl.h. */
#include "dl.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void *dl_open(const char *soname)
{
	return dlopen(soname, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
}

void dl_close(void *lib)
{
	if (lib)
		dlclose(lib);
}

/* dlsym() gives a void *; POSIX guarantees it converts to a function
 * pointer, ISO C does not, hence the copy. */
int dl_symbol(void *lib, const char *name, void *fn, size_t fn_size)
{
	void *p = dlsym(lib, name);
	if (p == NULL)
		return -1;
	memcpy(fn, &p, fn_size);
	return 0;
}

void *dl_table_open(const char *soname, size_t size, const dl_fn_t *fns, size_t n,
                    dl_status_t *st)
{
	void *lib = dl_open(soname);
	if (lib == NULL) {
		*st = DL_NO_LIBRARY;
		return NULL;
	}
	char *t = xcalloc(1, size);
	memcpy(t, &lib, sizeof lib);
	for (size_t i = 0; i < n; i++) {
		if (dl_symbol(lib, fns[i].name, t + fns[i].offset, fns[i].size) < 0) {
			dl_table_close(t);
			*st = DL_NO_FUNCTION;
			return NULL;
		}
	}
	*st = DL_OK;
	return t;
}

void *dl_table_open_why(const char *soname, size_t size, const dl_fn_t *fns, size_t n,
                        const char *missing, const char *old, const char **why)
{
	dl_status_t st;
	void *t = dl_table_open(soname, size, fns, n, &st);
	if (st == DL_NO_LIBRARY)
		*why = missing;
	else if (st == DL_NO_FUNCTION)
		*why = old;
	return t;
}

void dl_table_close(void *table)
{
	if (table == NULL)
		return;
	void *lib;
	memcpy(&lib, table, sizeof lib);
	dl_close(lib);
	free(table);
}
