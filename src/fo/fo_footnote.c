/* fo_footnote: see fo_footnote.h. */
#include "fo_footnote.h"

#include <stdlib.h>
#include <string.h>

#include "fo_container.h"
#include "../util/xalloc.h"

void fo_footnote_collect(fo_extra_t **notes, const fo_node_t *body, size_t off,
                         const fo_gen_env_t *env, fo_extra_kind_t k)
{
	fo_extra_t *e = xcalloc(1, sizeof *e);
	e->kind = k;
	e->node = body;
	e->start = off;
	/* At the region body's width, wherever it is cited (a table cell), as FOP. */
	fo_gen_env_t at = *env;
	if (at.body_width > 0)
		at.width = at.body_width;
	e->cont = fo_cont_layout(body, &at, at.width);
	e->h = fo_cont_height(e->cont);
	fo_extra_append(notes, e);
}

void fo_footnote_attach(fo_extra_t **extra, fo_extra_t **notes, const fo_para_t *p, int i)
{
	int last = i == fo_para_line_count(p) - 1;
	while (*notes && (fo_para_line_of(p, (*notes)->start) == i || last)) {
		fo_extra_t *e = *notes;
		*notes = e->next;
		e->next = NULL;
		fo_extra_append(extra, e);
	}
}

double fo_footnote_list_height(const fo_extra_t *list)
{
	double h = 0;
	for (const fo_extra_t *e = list; e; e = e->next)
		if (e->kind == FO_EX_FOOTNOTE)
			h += e->h;
	return h;
}

double fo_footnote_height(const fo_item_t *it)
{
	return fo_extras_height(it, 1, FO_EX_FOOTNOTE);
}

double fo_footnotes_height(const fo_extra_t *carried, const fo_item_t *items, size_t n)
{
	return fo_footnote_list_height(carried) + fo_extras_height(items, n, FO_EX_FOOTNOTE);
}

/* Draws the extras of kind k of list from *y down. */
static void extras_draw(fo_pdf_t *pdf, const fo_extra_t *list, fo_extra_kind_t k, double x,
                        double *y)
{
	for (const fo_extra_t *e = list; e; e = e->next) {
		if (e->kind != k)
			continue;
		fo_cont_draw_at(pdf, e->cont, x, *y);
		*y += e->h;
	}
}

void fo_footnotes_draw(fo_pdf_t *pdf, const fo_extra_t *carried, const fo_item_t *items,
                       size_t n, double x, double bottom, const fo_cont_t *sep)
{
	double total = fo_footnotes_height(carried, items, n);
	if (total <= 0)
		return;
	double y = bottom - total;
	if (sep)
		fo_cont_draw_at(pdf, sep, x, y - fo_cont_height(sep));
	extras_draw(pdf, carried, FO_EX_FOOTNOTE, x, &y);
	fo_footnote_stack_draw(pdf, items, n, FO_EX_FOOTNOTE, x, y);
}

void fo_footnote_stack_draw(fo_pdf_t *pdf, const fo_item_t *items, size_t n, fo_extra_kind_t k,
                            double x, double y)
{
	for (size_t i = 0; i < n; i++)
		extras_draw(pdf, items[i].extra, k, x, &y);
}

int fo_footnotes_fit(fo_extra_t *const *notes, size_t n, size_t nwhole, double room,
                     fo_note_fit_t *out)
{
	/* FOP's getFootnoteSplit(): the notes that may not be split go whole;
	 * then whole notes while they fit, then the next one cut at the last
	 * break of its body that fits; something beyond the first ones must
	 * fit. */
	double h = 0;
	size_t k = 0;
	for (; k < nwhole && k < n; k++)
		h += notes[k]->h;
	int added = 0;
	for (; k + 1 < n && h + notes[k]->h <= room + 0.001; k++, added = 1)
		h += notes[k]->h;
	*out = (fo_note_fit_t){ k, 0, 0, h };
	double part;
	if (k < n && h < room && fo_cont_fit(notes[k]->cont, room - h, &out->at, &part)) {
		out->cut = 1;
		out->h = h + part;
		added = 1;
	}
	return added && out->h <= room + 0.001;
}

fo_extra_t *fo_footnote_cut(fo_extra_t *e, size_t at)
{
	fo_extra_t *rest = xcalloc(1, sizeof *rest);
	rest->kind = FO_EX_FOOTNOTE;
	rest->node = e->node;
	rest->cont = fo_cont_cut(e->cont, at);
	rest->h = fo_cont_height(rest->cont);
	e->h = fo_cont_height(e->cont);
	return rest;
}

void fo_extra_unlink(fo_extra_t **list, const fo_extra_t *e)
{
	for (; *list; list = &(*list)->next) {
		if (*list == e) {
			*list = e->next;
			return;
		}
	}
}

fo_cont_t *fo_footnote_separator(const fo_pseq_t *s, const char *flow, const fo_gen_env_t *env,
                                 double width)
{
	for (size_t i = 0; i < s->nstatics; i++) {
		const char *fn = fo_attr(s->statics[i], "flow-name");
		if (fn && strcmp(fn, flow) == 0)
			return fo_cont_layout(s->statics[i], env, width);
	}
	return NULL;
}
