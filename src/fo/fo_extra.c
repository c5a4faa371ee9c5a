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

double fo_attr_len(const fo_node_t *n, const char *name, double ref)
{
	const char *v = fo_attr(n, name);
	fo_len_t l;
	if (v == NULL || strcmp(v, "auto") == 0 || fo_len_parse(v, n->style->font_size, &l) < 0)
		return -1;
	return fo_len_resolve(l, ref);
}
