/*
 * buf: a growable byte string, always NUL-terminated.
 *
 * A buf_t is a value the caller owns (usually on the stack); its data is
 * released with buf_free() or taken over with buf_take().
 */
#ifndef LPDOC_UTIL_BUF_H
#define LPDOC_UTIL_BUF_H

#include <stddef.h>

typedef struct buf {
	char *data;  /* NUL-terminated, NULL until the first append */
	size_t len;
	size_t cap;
} buf_t;

#define BUF_INIT { NULL, 0, 0 }

void buf_append(buf_t *b, const char *s, size_t n);
void buf_puts(buf_t *b, const char *s);
void buf_putc(buf_t *b, char c);
void buf_printf(buf_t *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s with &, <, >, " escaped for XML text and attributes. */
void buf_put_xml(buf_t *b, const char *s);
void buf_reset(buf_t *b);
/* Returns the string (never NULL) and leaves b empty; the caller frees it. */
char *buf_take(buf_t *b);
void buf_free(buf_t *b);
/* The contents as a string; "" when empty. */
const char *buf_str(const buf_t *b);

#endif
