/*
 * datauri: the bytes a data: URI holds (RFC 2397), for graphics written
 * into the document itself: data:[<media type>][;base64],<data>.
 *
 * Base64 data may hold white space (FO files wrap long attributes);
 * other data is percent-decoded.  The media type is not needed: the
 * bytes say what they are (PNG, JPEG, SVG).
 */
#ifndef LPDOC_UTIL_DATAURI_H
#define LPDOC_UTIL_DATAURI_H

#include <stddef.h>

/* 1 when uri starts with "data:" (any case). */
int datauri_is(const char *uri);
/* The data of uri as a new buffer (*data, *len; the caller frees it, NUL
 * after the last byte); -1 when uri has no comma or is not valid base64
 * or percent encoding. */
int datauri_decode(const char *uri, unsigned char **data, size_t *len);

#endif
