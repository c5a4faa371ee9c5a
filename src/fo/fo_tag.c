/* fo_tag: see fo_tag.h. */
#include "fo_tag.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "../util/xalloc.h"

#define MAX_DEPTH 64

typedef struct open_tag {
	const fo_node_t *node;   /* NULL for Document */
	char name[32];
} open_tag_t;

struct fo_tags {
	open_tag_t stack[MAX_DEPTH];
	int depth;
	const char **alts;        /* per Figure begun, in order; NULL: none */
	size_t nalts, alt_cap;
	int has_alt;
	const fo_node_t *last;    /* the object of the last item tagged */
};

fo_tags_t *fo_tags_new(void)
{
	return xcalloc(1, sizeof(fo_tags_t));
}

void fo_tags_free(fo_tags_t *t)
{
	if (t)
		free(t->alts);
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

static int in_kind(const fo_node_t *n, fo_kind_t kind)
{
	for (; n; n = n->parent)
		if (n->kind == kind)
			return 1;
	return 0;
}

int fo_tag_is_structure_type(const char *name)
{
	/* PDF 1.7, 14.8.4: the standard structure types. */
	static const char *const types[] = {
		"Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI",
		"Index", "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6",
		"L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
		"Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot",
		"Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
	};
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (strcmp(types[i], name) == 0)
			return 1;
	return 0;
}

/* The structure type of n, or NULL when it makes no element.  Kinds are
 * compared, not names: this runs for every ancestor of every object. */
static const char *struct_type(const fo_node_t *n)
{
	static const struct { fo_kind_t fo; const char *tag; } map[] = {
		{ FO_K_BLOCK_CONTAINER, "Div" }, { FO_K_LIST_BLOCK, "L" }, { FO_K_LIST_ITEM, "LI" },
		{ FO_K_LIST_LABEL, "Lbl" }, { FO_K_LIST_BODY, "LBody" },
		{ FO_K_TABLE, "Table" }, { FO_K_TABLE_HEADER, "THead" }, { FO_K_TABLE_BODY, "TBody" },
		{ FO_K_TABLE_FOOTER, "TFoot" }, { FO_K_TABLE_ROW, "TR" }, { FO_K_FOOTNOTE_BODY, "Note" },
	};
	const char *role = fo_attr(n, "role");
	if (role && fo_tag_is_structure_type(role))
		return role;
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (map[i].fo == n->kind)
			return map[i].tag;
	if (n->kind == FO_K_TABLE_CELL)
		return in_kind(n, FO_K_TABLE_HEADER) ? "TH" : "TD";
	if (n->kind == FO_K_BLOCK)
		return has_inline_content(n) ? "P" : "Div";
	return NULL;
}

void fo_tag_begin(cairo_t *cr, const char *name, const char *attributes)
{
	cairo_save(cr);
	cairo_reset_clip(cr);
	cairo_tag_begin(cr, name, attributes);
	cairo_restore(cr);
}

void fo_tag_end(cairo_t *cr, const char *name)
{
	cairo_save(cr);
	cairo_reset_clip(cr);
	cairo_tag_end(cr, name);
	cairo_restore(cr);
}

static void tag_close(fo_tags_t *t, cairo_t *cr)
{
	t->depth--;
	fo_tag_end(cr, t->stack[t->depth].name);
}

static void tag_open(fo_tags_t *t, cairo_t *cr, const fo_node_t *n, const char *name)
{
	if (t->depth >= MAX_DEPTH)
		return;
	open_tag_t *o = &t->stack[t->depth++];
	o->node = n;
	snprintf(o->name, sizeof o->name, "%s", name);
	fo_tag_begin(cr, o->name, "");
}

int fo_tags_continues(const fo_tags_t *t, const fo_item_t *it)
{
	return t->depth > 0 && (it->blk ? it->blk->node : NULL) == t->last;
}

void fo_tags_item(fo_tags_t *t, cairo_t *cr, const fo_item_t *it)
{
	const fo_node_t *obj = it->blk ? it->blk->node : NULL;
	if (fo_tags_continues(t, it))
		return;  /* the next line of the same paragraph */
	t->last = obj;
	if (t->depth == 0)
		tag_open(t, cr, NULL, "Document");
	/* The path of elements from the outermost, after Document. */
	const fo_node_t *path[MAX_DEPTH];
	int n = 0;
	int in_static = 0;
	/* From the FO tree, not the areas: a table cell's content is laid out
	 * on its own, yet belongs inside its row and table. */
	for (const fo_node_t *f = it->blk ? it->blk->node : NULL; f; f = f->parent) {
		if (f->kind == FO_K_STATIC_CONTENT)
			in_static = 1;
		if (struct_type(f) && n < MAX_DEPTH)
			path[n++] = f;
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
	t->last = NULL;
	while (t->depth > 0)
		tag_close(t, cr);
}

/* ---------- alternative text ---------- */

void fo_tags_figure(fo_tags_t *t, cairo_t *cr, const char *alt)
{
	t->alts = xgrow(t->alts, &t->alt_cap, t->nalts + 1, sizeof *t->alts);
	t->alts[t->nalts++] = alt;
	if (alt)
		t->has_alt = 1;
	fo_tag_begin(cr, "Figure", "");
}

/* A PDF text string: literal when ASCII, else UTF-16BE in hex. */
static void text_string_put(buf_t *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	int ascii = 1;
	for (const unsigned char *q = p; *q; q++)
		ascii &= *q < 0x80;
	if (ascii) {
		buf_putc(b, '(');
		for (; *p; p++) {
			if (*p == '(' || *p == ')' || *p == '\\')
				buf_putc(b, '\\');
			buf_putc(b, (char)*p);
		}
		buf_putc(b, ')');
		return;
	}
	buf_puts(b, "<FEFF");
	while (*p) {
		unsigned c = *p++;
		int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
		c &= extra == 3 ? 0x07 : extra == 2 ? 0x0F : extra == 1 ? 0x1F : 0x7F;
		for (; extra > 0 && (*p & 0xC0) == 0x80; extra--)
			c = (c << 6) | (*p++ & 0x3F);
		if (c >= 0x10000) {
			c -= 0x10000;
			buf_printf(b, "%04X%04X", 0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF));
		} else {
			buf_printf(b, "%04X", c);
		}
	}
	buf_putc(b, '>');
}

static char *file_read_all(FILE *f, size_t *len)
{
	if (fseek(f, 0, SEEK_END) != 0)
		return NULL;
	long n = ftell(f);
	if (n <= 0 || fseek(f, 0, SEEK_SET) != 0)
		return NULL;
	char *data = xmalloc((size_t)n + 1);
	*len = fread(data, 1, (size_t)n, f);
	data[*len] = '\0';
	return data;
}

/* The first occurrence of the n bytes of w in the len bytes at s. */
static char *mem_find(char *s, size_t len, const char *w, size_t n)
{
	for (size_t i = 0; i + n <= len; i++)
		if (s[i] == w[0] && memcmp(s + i, w, n) == 0)
			return s + i;
	return NULL;
}

/* cairo writes structure elements depth first, as they were begun: the
 * i-th Figure in the file is the i-th one drawn. */
size_t fo_tags_alt_objects(const fo_tags_t *t, FILE *pdf, long base, buf_t *b,
                           fo_tags_obj_t **objs)
{
	*objs = NULL;
	if (!t->has_alt)
		return 0;
	size_t len = 0, n = 0, cap = 0, fig = 0;
	char *data = file_read_all(pdf, &len);
	if (data == NULL)
		return 0;
	static const char key[] = "/Type /StructElem\n   /S /Figure\n";
	for (char *p = data; (p = mem_find(p, len - (size_t)(p - data), key, sizeof key - 1)) != NULL;
	     p += sizeof key - 1, fig++) {
		const char *alt = fig < t->nalts ? t->alts[fig] : NULL;
		char *start = p;
		while (start > data && !(start[-1] == '\n' && isdigit((unsigned char)start[0])))
			start--;
		char *end = mem_find(p, len - (size_t)(p - data), ">>\nendobj", 9);
		if (alt == NULL || end == NULL || start == data)
			continue;
		*objs = xgrow(*objs, &cap, n + 1, sizeof **objs);
		(*objs)[n].num = strtol(start, NULL, 10);
		(*objs)[n].offset = base + (long)b->len;
		n++;
		buf_append(b, start, (size_t)(end - start));
		buf_puts(b, "   /Alt ");
		text_string_put(b, alt);
		buf_puts(b, "\n>>\nendobj\n");
	}
	free(data);
	return n;
}
