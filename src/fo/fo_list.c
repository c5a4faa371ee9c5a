/* fo_list: see fo_list.h. */
#include "fo_list.h"

#include "fo_table.h"

void fo_list_item_emit(fo_gen_t *g, fo_itemq_t *q, const fo_node_t *item)
{
	fo_row_t *r = fo_row_new();
	const fo_gen_env_t *env = fo_gen_env(g);
	for (const fo_node_t *k = item->first; k; k = k->next)
		if (k->kind == FO_K_LIST_LABEL || k->kind == FO_K_LIST_BODY)
			fo_row_add_cell(r, k, env);
	for (size_t i = 0; i < r->ncells; i++)
		if (r->cells[i].content_h > r->h)
			r->h = r->cells[i].content_h;
	for (size_t i = 0; i < r->ncells; i++)
		r->cells[i].h = r->h;
	if (r->ncells > 0 && r->h > 0)
		fo_row_emit(g, q, r, 0, 0, 0);
	fo_row_unref(r);
}
