/*
 * fo_list: fo:list-item laid out as a row (fo_table) of two cells, its
 * label and its body, side by side from the same top; the row may break
 * across pages at the lines of its taller part.  The widths come from
 * the parts' indents (label-end() and body-start() are resolved by
 * fo_props), so each part is laid out at the list's full width.
 */
#ifndef LPDOC_FO_LIST_H
#define LPDOC_FO_LIST_H

#include "fo_layout.h"
#include "fo_tree.h"

/* Emits the items of list-item item (its spaces and keeps as a block are
 * the generator's). */
void fo_list_item_emit(fo_gen_t *g, fo_itemq_t *q, const fo_node_t *item);

#endif
