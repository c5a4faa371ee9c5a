/* datauri: see datauri.h. */
#include "datauri.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"

int datauri_is(const char *uri)
{
	return strncasecmp(uri, "data:", 5) == 0;
}

static int b64_value(int c)
{
	const char *abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = c ? strchr(abc, c) : NULL;
	return p ? (int)(p - abc) : -1;
}

/* Base64 of s into out (room for 3/4 of strlen(s)); -1 when invalid. */
static long b64_decode(const char *s, unsigned char *out)
{
	unsigned long bits = 0;
	int nbits = 0, pad = 0;
	long n = 0;
	for (; *s; s++) {
		if (isspace((unsigned char)*s))
			continue;
		if (*s == '=') {
			pad++;
			continue;
		}
		int v = b64_value(*s);
		if (v < 0 || pad)
			return -1;
		bits = (bits << 6 | (unsigned long)v) & 0xFFFFFF;
		if ((nbits += 6) >= 8) {
			nbits -= 8;
			out[n++] = (unsigned char)(bits >> nbits);
		}
	}
	return pad > 2 ? -1 : n;
}

static int hex_value(int c)
{
	return isdigit(c) ? c - '0' : isxdigit(c) ? tolower(c) - 'a' + 10 : -1;
}

/* %XX-decodes s into out (room for strlen(s)); -1 when a % is not
 * followed by two hex digits. */
static long pct_decode(const char *s, unsigned char *out)
{
	long n = 0;
	for (; *s; s++) {
		if (*s != '%') {
			out[n++] = (unsigned char)*s;
			continue;
		}
		int hi = hex_value((unsigned char)s[1]), lo = hi < 0 ? -1 : hex_value((unsigned char)s[2]);
		if (lo < 0)
			return -1;
		out[n++] = (unsigned char)(hi << 4 | lo);
		s += 2;
	}
	return n;
}

int datauri_decode(const char *uri, unsigned char **data, size_t *len)
{
	*data = NULL;
	*len = 0;
	const char *comma = datauri_is(uri) ? strchr(uri, ',') : NULL;
	if (comma == NULL)
		return -1;
	size_t head = (size_t)(comma - uri);
	int b64 = head >= 12 && strncasecmp(comma - 7, ";base64", 7) == 0;
	unsigned char *out = xmalloc(strlen(comma + 1) + 1);
	long n = b64 ? b64_decode(comma + 1, out) : pct_decode(comma + 1, out);
	if (n < 0) {
		free(out);
		return -1;
	}
	out[n] = '\0';
	*data = out;
	*len = (size_t)n;
	return 0;
}
