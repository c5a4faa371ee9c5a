/* fo_extra: see fo_extra.h. */
#include "fo_extra.h"

#include <stdlib.h>
#include <string.h>

#include "fo_container.h"
#include "fo_image.h"

void fo_extra_append(fo_extra_t **list, fo_extra_t *e)
{
	while (*list)
		list = &(*list)->next;
	*list = e;
}

void fo_extra_free(fo_extra_t *e)
{
	while (e) {
		fo_extra_t *next = e->next;
		fo_image_unref(e->img);
		fo_cont_free(e->cont);
		free(e);
		e = next;
	}
}

fo_extra_t *fo_extras_take(fo_extra_t **list, unsigned kinds)
{
	fo_extra_t *out = NULL;
	while (*list) {
		fo_extra_t *e = *list;
		if (!(kinds & (1u << e->kind))) {
			list = &e->next;
			continue;
		}
		*list = e->next;
		e->next = NULL;
		fo_extra_append(&out, e);
	}
	return out;
}

double fo_extras_height(const fo_item_t *items, size_t n, fo_extra_kind_t k)
{
	double h = 0;
	for (size_t i = 0; i < n; i++)
		for (const fo_extra_t *e = items[i].extra; e; e = e->next)
			if (e->kind == k)
				h += e->h;
	return h;
}

double fo_attr_len(const fo_node_t *n, const char *name, double ref)
{
	const char *v = fo_attr(n, name);
	fo_len_t l;
	if (v == NULL || strcmp(v, "auto") == 0 || fo_len_parse(v, n->style->font_size, &l) < 0)
		return -1;
	return fo_len_resolve(l, ref);
}

double fo_attr_dimension(const fo_node_t *n, int block, double ref)
{
	static const char *const names[2][3] = {
		{ "width", "inline-progression-dimension", "inline-progression-dimension.optimum" },
		{ "height", "block-progression-dimension", "block-progression-dimension.optimum" },
	};
	for (int i = 0; i < 3; i++) {
		double v = fo_attr_len(n, names[block != 0][i], ref);
		if (v >= 0 || fo_attr(n, names[block != 0][i]))
			return v;
	}
	return -1;
}
