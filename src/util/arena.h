/*
 * arena: a region allocator for data that lives and dies together (the
 * records model).  Everything allocated from an arena is released at once
 * by arena_free(); nothing is freed on its own.  Allocation never fails
 * (it uses xalloc) and memory is zeroed.
 */
#ifndef LPDOC_UTIL_ARENA_H
#define LPDOC_UTIL_ARENA_H

#include <stddef.h>

typedef struct arena arena_t;

arena_t *arena_new(void);
void arena_free(arena_t *a);
/* Zeroed memory aligned for any type. */
void *arena_alloc(arena_t *a, size_t size);
char *arena_strdup(arena_t *a, const char *s);   /* NULL gives NULL */
char *arena_strndup(arena_t *a, const char *s, size_t n);
/* For growing arrays: returns arr, or a larger copy when n items fill it.
 * Capacity is implied by n (it doubles at powers of two), so only the
 * count is kept.  Use through ARENA_PUSH. */
void *arena_vec_grow(arena_t *a, void *arr, size_t n, size_t item_size);
/* Total bytes obtained from the system. */
size_t arena_bytes(const arena_t *a);

#define ARENA_PUSH(a, arr, n, item) do {                              \
		(arr) = arena_vec_grow((a), (arr), (n), sizeof *(arr));  \
		(arr)[(n)++] = (item);                                    \
	} while (0)

#endif
