/*
 * idmap: a string-keyed hash table from record ids to model objects, with
 * the position each id was defined at and a nearest-key search for "did
 * you mean" messages.  Keys are not copied: they must outlive the map
 * (they live in the model's arena).  The map owns only its table.
 */
#ifndef LPDOC_MODEL_IDMAP_H
#define LPDOC_MODEL_IDMAP_H

#include <stddef.h>

#include "model.h"

typedef struct idmap idmap_t;

idmap_t *idmap_new(void);
void idmap_free(idmap_t *map);
/* Adds key; returns NULL, or the position of the earlier definition when
 * key is already there (the map is then unchanged). */
const model_pos_t *idmap_put(idmap_t *map, const char *key, void *value, model_pos_t pos);
void *idmap_get(const idmap_t *map, const char *key);
size_t idmap_len(const idmap_t *map);
/* The key closest to key by edit distance, when close enough to be a
 * likely typo (at most a third of its length, at least 2); else NULL. */
const char *idmap_nearest(const idmap_t *map, const char *key);
/* Edit distance (Levenshtein), case-insensitive. */
size_t idmap_distance(const char *a, const char *b);

#endif
