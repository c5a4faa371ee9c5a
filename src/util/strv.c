/* strv: see strv.h. */
#include "strv.h"

#include <stdlib.h>

void strv_free(char **v, size_t n)
{
	if (v == NULL)
		return;
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}
