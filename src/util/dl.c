/* dl: see dl.h. */
#include "dl.h"

#include <dlfcn.h>
#include <string.h>

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
