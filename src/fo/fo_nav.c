/* fo_nav: see fo_nav.h. */
#include "fo_nav.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <cairo-pdf.h>

#include "fo_msg.h"
#include "fo_tag.h"
#include "../util/buf.h"
#include "../util/xalloc.h"

struct fo_nav {
	const char **ids;        /* sorted */
	size_t nids, cap;
};

static int str_compare(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int nav_has(const fo_nav_t *nav, const char *id)
{
	/* bsearch() may not be given a null array, even an empty one */
	return id && nav->nids > 0
	       && bsearch(&id, nav->ids, nav->nids, sizeof *nav->ids, str_compare) != NULL;
}

/* Ids of laid-out objects: not those inside fo:marker, which only show
 * where retrieved (in static content, never a link target). */
static void ids_collect(fo_nav_t *nav, const fo_node_t *n)
{
	for (; n; n = n->next) {
		if (n->kind == FO_K_MARKER)
			continue;
		if (n->id) {
			nav->ids = xgrow(nav->ids, &nav->cap, nav->nids + 1, sizeof *nav->ids);
			nav->ids[nav->nids++] = n->id;
		}
		ids_collect(nav, n->first);
	}
}

/* url('x'), url(x) or x, as FOP reads a URI specification. */
char *fo_uri_spec(const char *v)
{
	while (isspace((unsigned char)*v))
		v++;
	size_t len = strlen(v);
	while (len > 0 && isspace((unsigned char)v[len - 1]))
		len--;
	if (len >= 5 && strncmp(v, "url(", 4) == 0 && v[len - 1] == ')') {
		v += 4;
		len -= 5;
		if (len >= 2 && (v[0] == '\'' || v[0] == '"') && v[len - 1] == v[0]) {
			v++;
			len -= 2;
		}
	}
	return xstrndup(v, len);
}

static void target_check(const fo_nav_t *nav, const fo_doc_t *doc, const fo_node_t *n,
                         diag_t *d)
{
	const char *id = fo_attr(n, "internal-destination");
	if (id == NULL || nav_has(nav, id))
		return;
	char *key = xasprintf("dest:%s", id);
	if (diag_once(d, key))
		fo_report(d, doc->file, n->line, n->col, FO_MSG_LINK_NOWHERE, fo_kind_name(n->kind), id);
	free(key);
}

static void targets_check(const fo_nav_t *nav, const fo_doc_t *doc, const fo_node_t *n,
                          diag_t *d)
{
	for (; n; n = n->next) {
		if (n->kind == FO_K_BASIC_LINK || n->kind == FO_K_BOOKMARK)
			target_check(nav, doc, n, d);
		targets_check(nav, doc, n->first, d);
	}
}

fo_nav_t *fo_nav_new(const fo_doc_t *doc, diag_t *d)
{
	fo_nav_t *nav = xcalloc(1, sizeof *nav);
	ids_collect(nav, doc->root);
	if (nav->nids > 1)
		qsort(nav->ids, nav->nids, sizeof *nav->ids, str_compare);
	targets_check(nav, doc, doc->root, d);
	return nav;
}

void fo_nav_free(fo_nav_t *nav)
{
	if (nav == NULL)
		return;
	free(nav->ids);
	free(nav);
}

/* ---------- links ---------- */

/* cairo's attribute strings cannot quote every id: destinations are
 * named by the id's bytes in hex. */
static void dest_name(buf_t *b, const char *id)
{
	buf_puts(b, "id");
	for (const unsigned char *p = (const unsigned char *)id; *p; p++)
		buf_printf(b, "%02x", *p);
}

void fo_link_collect(fo_extra_t **links, const fo_nav_t *nav, const fo_node_t *n,
                     size_t start, size_t end)
{
	const char *in = fo_attr(n, "internal-destination");
	const char *ex = fo_attr(n, "external-destination");
	if (end <= start || (in == NULL && ex == NULL))
		return;
	if (in && !nav_has(nav, in))
		return;
	fo_extra_t *e = xcalloc(1, sizeof *e);
	e->kind = FO_EX_LINK;
	e->node = n;
	e->start = start;
	e->end = end;
	e->dest = in ? in : ex;
	e->external = in == NULL;
	e->next = *links;
	*links = e;
}

void fo_link_attach(fo_extra_t **extra, const fo_extra_t *links, const fo_para_t *p, int i)
{
	for (const fo_extra_t *l = links; l; l = l->next) {
		double r[4];
		if (l->w <= 0 && !fo_para_range_rect(p, i, l->start, l->end, r))
			continue;
		fo_extra_t *e = xmalloc(sizeof *e);
		*e = *l;
		e->next = NULL;
		fo_extra_append(extra, e);
	}
}

void fo_link_line(fo_extra_t **extra, const fo_nav_t *nav, const fo_node_t *n, double w)
{
	fo_extra_t *e = NULL;
	fo_link_collect(&e, nav, n, 0, 1);
	if (e == NULL)
		return;
	e->w = w;
	fo_extra_append(extra, e);
}

/* A URI in cairo's quoted attribute syntax: quotes and backslashes escaped. */
static void uri_put(buf_t *b, const char *spec)
{
	char *uri = fo_uri_spec(spec);
	for (const char *p = uri; *p; p++) {
		if (*p == '\'' || *p == '\\')
			buf_putc(b, '\\');
		buf_putc(b, *p);
	}
	free(uri);
}

static void link_target(buf_t *b, const fo_extra_t *e)
{
	if (e->external) {
		buf_puts(b, "uri='");
		uri_put(b, e->dest);
	} else {
		buf_puts(b, "dest='");
		dest_name(b, e->dest);
	}
	buf_puts(b, "'");
}

/* The area of link e on item it: its text on a line (as FOP's, as tall
 * as the text, not the line), or the graphic. */
static int link_rect(const fo_item_t *it, const fo_extra_t *e, double r[4])
{
	if (it->para && e->w > 0) {  /* the whole line (fo_link_line()) */
		r[0] = r[1] = 0;
		r[2] = e->w;
		r[3] = it->h;
		return 1;
	}
	if (it->para)
		return fo_para_range_rect(it->para, it->line, e->start, e->end, r);
	for (const fo_extra_t *g = it->extra; g; g = g->next) {
		if (g->kind == FO_EX_GRAPHIC) {
			r[0] = g->x;
			r[1] = g->y;
			r[2] = g->w;
			r[3] = g->h;
			return 1;
		}
	}
	return 0;
}

/* cairo reads a link's rect and a destination's position in device
 * space: r (x, y, w, h), in user space, becomes the box around it there,
 * so that links and destinations on turned pages and in turned or placed
 * containers are where their text is drawn. */
static void rect_to_device(cairo_t *cr, double r[4])
{
	double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
	for (int i = 0; i < 4; i++) {
		double x = r[0] + (i & 1 ? r[2] : 0), y = r[1] + (i & 2 ? r[3] : 0);
		cairo_user_to_device(cr, &x, &y);
		x0 = fmin(x0, x);
		y0 = fmin(y0, y);
		x1 = fmax(x1, x);
		y1 = fmax(y1, y);
	}
	r[0] = x0;
	r[1] = y0;
	r[2] = x1 - x0;
	r[3] = y1 - y0;
}

void fo_link_draw(cairo_t *cr, const fo_item_t *it, double x, double y)
{
	for (const fo_extra_t *e = it->extra; e; e = e->next) {
		double r[4];
		if (e->kind != FO_EX_LINK || !link_rect(it, e, r))
			continue;
		buf_t b = BUF_INIT;
		link_target(&b, e);
		r[0] += x;
		r[1] += y;
		rect_to_device(cr, r);
		buf_printf(&b, " rect=[%.3f %.3f %.3f %.3f]", r[0], r[1], r[2], r[3]);
		fo_tag_begin(cr, CAIRO_TAG_LINK, b.data);
		fo_tag_end(cr, CAIRO_TAG_LINK);
		buf_free(&b);
	}
}

void fo_nav_dest(cairo_t *cr, const char *id, double x, double y)
{
	buf_t b = BUF_INIT;
	buf_puts(&b, "name='");
	dest_name(&b, id);
	double r[4] = { x, y, 0, 0 };
	rect_to_device(cr, r);
	buf_printf(&b, "' x=%.3f y=%.3f", r[0], r[1]);
	fo_tag_begin(cr, CAIRO_TAG_DEST, b.data);
	fo_tag_end(cr, CAIRO_TAG_DEST);
	buf_free(&b);
}

/* ---------- the outline ---------- */

static char *bookmark_title(const fo_node_t *bm)
{
	for (const fo_node_t *t = bm->first; t; t = t->next)
		if (t->kind == FO_K_BOOKMARK_TITLE)
			return fo_node_text(t->xml);
	return xstrdup("");
}

static void outline_add(cairo_surface_t *s, int parent, const fo_node_t *n,
                        const fo_nav_t *nav)
{
	for (; n; n = n->next) {
		if (n->kind != FO_K_BOOKMARK)
			continue;
		const char *in = fo_attr(n, "internal-destination");
		const char *ex = fo_attr(n, "external-destination");
		buf_t b = BUF_INIT;
		if (in && nav_has(nav, in)) {
			fo_extra_t e = { .dest = in };
			link_target(&b, &e);
		} else if (ex) {
			fo_extra_t e = { .dest = ex, .external = 1 };
			link_target(&b, &e);
		}
		const char *state = fo_attr(n, "starting-state");
		int open = state == NULL || strcmp(state, "hide") != 0;
		char *title = bookmark_title(n);
		int id = cairo_pdf_surface_add_outline(s, parent, title, b.data ? b.data : "",
		                                       open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
		free(title);
		buf_free(&b);
		outline_add(s, id, n->first, nav);
	}
}

void fo_nav_outline(cairo_surface_t *s, const fo_doc_t *doc, const fo_nav_t *nav)
{
	for (const fo_node_t *n = doc->root->first; n; n = n->next)
		if (n->kind == FO_K_BOOKMARK_TREE)
			outline_add(s, CAIRO_PDF_OUTLINE_ROOT, n->first, nav);
}
