/* arena: see arena.h. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#define ARENA_CHUNK ((size_t)64 * 1024)
#define ARENA_ALIGN ((size_t)16)

typedef struct arena_chunk {
	struct arena_chunk *next;
	size_t size, used;
	max_align_t data[];
} arena_chunk_t;

struct arena {
	arena_chunk_t *head;
	size_t bytes;
};

arena_t *arena_new(void)
{
	return xcalloc(1, sizeof(arena_t));
}

void arena_free(arena_t *a)
{
	if (a == NULL)
		return;
	for (arena_chunk_t *c = a->head, *next; c; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

void *arena_alloc(arena_t *a, size_t size)
{
	size = (size + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
	arena_chunk_t *c = a->head;
	if (c == NULL || c->size - c->used < size) {
		size_t want = size > ARENA_CHUNK ? size : ARENA_CHUNK;
		c = xmalloc(sizeof *c + want);
		c->size = want;
		c->used = 0;
		a->bytes += sizeof *c + want;
		/* A big block goes behind the current chunk so its free space
		 * stays usable. */
		if (a->head && size > ARENA_CHUNK) {
			c->next = a->head->next;
			a->head->next = c;
		} else {
			c->next = a->head;
			a->head = c;
		}
	}
	void *p = (char *)c->data + c->used;
	c->used += size;
	memset(p, 0, size);
	return p;
}

char *arena_strndup(arena_t *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(arena_t *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

void *arena_vec_grow(arena_t *a, void *arr, size_t n, size_t item_size)
{
	size_t cap = n < 4 ? 4 : n;
	/* capacity is 4, 8, 16, ...: full exactly when n is such a power */
	int full = arr == NULL || (n >= 4 && (n & (n - 1)) == 0);
	if (!full)
		return arr;
	if (arr != NULL)
		cap = n * 2;
	void *p = arena_alloc(a, cap * item_size);
	if (arr && n)
		memcpy(p, arr, n * item_size);
	return p;
}

size_t arena_bytes(const arena_t *a)
{
	return a->bytes;
}
