/* idmap: see idmap.h. */
#include "idmap.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"

typedef struct idmap_entry {
	const char *key;
	void *value;
	model_pos_t pos;
} idmap_entry_t;

struct idmap {
	idmap_entry_t *slots;
	size_t cap, len;      /* cap is a power of two, or 0 */
};

idmap_t *idmap_new(void)
{
	return xcalloc(1, sizeof(idmap_t));
}

void idmap_free(idmap_t *map)
{
	if (map == NULL)
		return;
	free(map->slots);
	free(map);
}

static uint64_t idmap_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;   /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static idmap_entry_t *idmap_slot(const idmap_t *map, const char *key)
{
	size_t mask = map->cap - 1;
	for (size_t i = idmap_hash(key) & mask;; i = (i + 1) & mask) {
		idmap_entry_t *e = &map->slots[i];
		if (e->key == NULL || strcmp(e->key, key) == 0)
			return e;
	}
}

static void idmap_grow(idmap_t *map)
{
	idmap_t bigger = { NULL, map->cap ? map->cap * 2 : 64, 0 };
	bigger.slots = xcalloc(bigger.cap, sizeof *bigger.slots);
	for (size_t i = 0; i < map->cap; i++)
		if (map->slots[i].key)
			*idmap_slot(&bigger, map->slots[i].key) = map->slots[i];
	free(map->slots);
	map->slots = bigger.slots;
	map->cap = bigger.cap;
}

const model_pos_t *idmap_put(idmap_t *map, const char *key, void *value, model_pos_t pos)
{
	if ((map->len + 1) * 2 > map->cap)
		idmap_grow(map);
	idmap_entry_t *e = idmap_slot(map, key);
	if (e->key)
		return &e->pos;
	e->key = key;
	e->value = value;
	e->pos = pos;
	map->len++;
	return NULL;
}

void *idmap_get(const idmap_t *map, const char *key)
{
	if (map->cap == 0 || key == NULL)
		return NULL;
	idmap_entry_t *e = idmap_slot(map, key);
	return e->key ? e->value : NULL;
}

size_t idmap_len(const idmap_t *map)
{
	return map->len;
}

size_t idmap_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t *row = xmalloc((lb + 1) * sizeof *row);
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j];
			int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);
			size_t best = diag + (same ? 0 : 1);
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	size_t d = row[lb];
	free(row);
	return d;
}

const char *idmap_nearest(const idmap_t *map, const char *key)
{
	size_t limit = strlen(key) / 3;
	if (limit < 2)
		limit = 2;
	const char *best = NULL;
	size_t best_d = limit + 1;
	for (size_t i = 0; i < map->cap; i++) {
		const char *k = map->slots[i].key;
		if (k == NULL)
			continue;
		size_t d = idmap_distance(key, k);
		/* ties go to the alphabetically first key, so messages are stable */
		if (d < best_d || (d == best_d && best && strcmp(k, best) < 0)) {
			best = k;
			best_d = d;
		}
	}
	return best;
}
