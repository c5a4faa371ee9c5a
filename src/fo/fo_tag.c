/* fo_tag: see fo_tag.h. */
#include "fo_tag.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"

#define MAX_DEPTH 64

typedef struct open_tag {
	const fo_node_t *node;   /* NULL for Document */
	char name[32];
} open_tag_t;

struct fo_tags {
	open_tag_t stack[MAX_DEPTH];
	int depth;
};

fo_tags_t *fo_tags_new(void)
{
	return xcalloc(1, sizeof(fo_tags_t));
}

void fo_tags_free(fo_tags_t *t)
{
	free(t);
}

static int has_inline_content(const fo_node_t *n)
{
	for (const fo_node_t *k = n->first; k; k = k->next) {
		if (k->kind == FO_K_TEXT) {
			for (size_t i = 0; i < k->text_len; i++)
				if (!isspace((unsigned char)k->text[i]))
					return 1;
		} else if (!fo_kind_is_block(k->kind) && k->kind != FO_K_MARKER) {
			return 1;
		}
	}
	return 0;
}

static int in_kind(const fo_node_t *n, const char *name)
{
	for (; n; n = n->parent)
		if (strcmp(fo_kind_name(n->kind), name) == 0)
			return 1;
	return 0;
}

/* The structure type of n, or NULL when it makes no element. */
static const char *struct_type(const fo_node_t *n)
{
	static const struct { const char *fo, *tag; } map[] = {
		{ "block-container", "Div" }, { "list-block", "L" }, { "list-item", "LI" },
		{ "list-item-label", "Lbl" }, { "list-item-body", "LBody" },
		{ "table", "Table" }, { "table-header", "THead" }, { "table-body", "TBody" },
		{ "table-footer", "TFoot" }, { "table-row", "TR" },
	};
	const char *fo = fo_kind_name(n->kind);
	const char *role = fo_attr(n, "role");
	if (role && *role && strlen(role) < 32 && strspn(role, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789") == strlen(role))
		return role;
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (strcmp(map[i].fo, fo) == 0)
			return map[i].tag;
	if (strcmp(fo, "table-cell") == 0)
		return in_kind(n, "table-header") ? "TH" : "TD";
	if (n->kind == FO_K_BLOCK)
		return has_inline_content(n) ? "P" : "Div";
	return NULL;
}

static void tag_close(fo_tags_t *t, cairo_t *cr)
{
	t->depth--;
	cairo_tag_end(cr, t->stack[t->depth].name);
}

static void tag_open(fo_tags_t *t, cairo_t *cr, const fo_node_t *n, const char *name)
{
	if (t->depth >= MAX_DEPTH)
		return;
	open_tag_t *o = &t->stack[t->depth++];
	o->node = n;
	snprintf(o->name, sizeof o->name, "%s", name);
	cairo_tag_begin(cr, o->name, "");
}

void fo_tags_item(fo_tags_t *t, cairo_t *cr, const fo_item_t *it)
{
	if (t->depth == 0)
		tag_open(t, cr, NULL, "Document");
	/* The path of elements from the outermost, after Document. */
	const fo_node_t *path[MAX_DEPTH];
	int n = 0;
	int in_static = 0;
	for (const fo_blk_t *b = it->blk; b; b = b->parent) {
		if (b->node->kind == FO_K_STATIC_CONTENT)
			in_static = 1;
		if (struct_type(b->node) && n < MAX_DEPTH)
			path[n++] = b->node;
	}
	if (in_static || it->blk == NULL)
		n = 0;
	/* Keep the common prefix open; path is innermost first. */
	int keep = 1;
	while (keep < t->depth && keep - 1 < n && t->stack[keep].node == path[n - keep])
		keep++;
	while (t->depth > keep)
		tag_close(t, cr);
	for (int i = n - t->depth; i >= 0; i--)
		tag_open(t, cr, path[i], struct_type(path[i]));
}

void fo_tags_finish(fo_tags_t *t, cairo_t *cr)
{
	while (t->depth > 0)
		tag_close(t, cr);
}
