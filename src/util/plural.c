/* plural: see plural.h. */
#include <stdio.h>

#include "plural.h"

const char *plural_noun(unsigned long long n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

void plural_count(unsigned long long n, const char *one, const char *many, char *out, size_t size)
{
	snprintf(out, size, "%llu %s", n, plural_noun(n, one, many));
}
