/* fo_render: the passes of the engine, tying tree, layout, pages and PDF
 * together (see fo.h). */
#include "fo.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fo_layout.h"
#include "fo_bidi.h"
#include "fo_columns.h"
#include "fo_container.h"
#include "fo_footnote.h"
#include "fo_image.h"
#include "fo_marker.h"
#include "fo_msg.h"
#include "fo_nav.h"
#include "fo_page.h"
#include "fo_pdf.h"
#include "fo_pipe.h"
#include "fo_table.h"
#include "fo_text.h"
#include "fo_tree.h"
#include "../util/atomic.h"
#include "../util/xalloc.h"
#include "../util/xmlsafe.h"

#define DEFAULT_MAX_HELD 150
#define MAX_PASSES 4

void fo_options_init(fo_options_t *opt)
{
	memset(opt, 0, sizeof *opt);
	opt->max_held_pages = DEFAULT_MAX_HELD;
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	if (sde && *sde) {
		char *end = NULL;
		errno = 0;
		long long v = strtoll(sde, &end, 10);
		if (errno == 0 && end && *end == '\0' && v >= 0) {
			opt->has_date = 1;
			opt->date = (time_t)v;
		}
	}
}

/* ---------- ids: where each id's areas start and end ---------- */

typedef struct idpos {
	const char *id;          /* in the xmlDoc */
	size_t first, last;      /* page indices */
} idpos_t;

typedef struct idmap {
	idpos_t *v;
	size_t cap, len;
} idmap_t;

static uint32_t str_hash(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static idpos_t *idmap_slot(const idmap_t *m, const char *id)
{
	if (m->cap == 0)
		return NULL;
	size_t i = str_hash(id) & (m->cap - 1);
	while (m->v[i].id && strcmp(m->v[i].id, id) != 0)
		i = (i + 1) & (m->cap - 1);
	return &m->v[i];
}

static const idpos_t *idmap_get(const idmap_t *m, const char *id)
{
	idpos_t *s = idmap_slot(m, id);
	return s && s->id ? s : NULL;
}

static void idmap_put(idmap_t *m, const char *id, size_t page, int last)
{
	if ((m->len + 1) * 2 > m->cap) {
		idmap_t n = { xcalloc(m->cap ? m->cap * 2 : 64, sizeof *n.v), m->cap ? m->cap * 2 : 64, 0 };
		for (size_t i = 0; i < m->cap; i++)
			if (m->v[i].id)
				*idmap_slot(&n, m->v[i].id) = m->v[i];
		n.len = m->len;
		free(m->v);
		*m = n;
	}
	idpos_t *s = idmap_slot(m, id);
	if (s->id == NULL) {
		*s = (idpos_t){ id, page, page };
		m->len++;
	}
	if (last || page > s->last)
		s->last = page;
}

static void idmap_free(idmap_t *m)
{
	free(m->v);
	memset(m, 0, sizeof *m);
}

/* ---------- a pass ---------- */

typedef enum mode { MODE_STREAM, MODE_HOLD, MODE_DRY } mode_t_;

typedef struct used_cite {
	const char *id;
	int last;
	char text[48];
} used_cite_t;

typedef struct render {
	fo_doc_t *doc;
	fo_fonts_t *fonts;
	diag_t *d;
	const fo_options_t *opt;
	mode_t_ mode;
	idmap_t ids, hint;
	idmap_t all_ids;         /* every id in the document */
	char (*labels)[48];      /* per page index */
	char (*hint_labels)[48]; /* the labels of the pass the hint comes from */
	size_t hint_npages;
	size_t *page_seq;
	int *page_num;
	size_t npages, pages_cap;
	fo_page_t **held;
	size_t nheld, held_cap;
	used_cite_t *used;
	size_t nused, used_cap;
	fo_pdf_t *pdf;
	fo_gen_t *gen;           /* the flow being paginated */
	fo_pipe_t *pipe;         /* the drawing thread, while pages are drawn */
	fo_nav_t *nav;
	fo_markers_t *markers;
	fo_gen_env_t env;
	int done;                /* the pass reached the end: ids are final */
	char cite_buf[48];
} render_t;

static const char *cite_text(void *ud, const char *id, int last, const fo_node_t *n)
{
	render_t *r = ud;
	if (idmap_get(&r->all_ids, id) == NULL) {
		char *key = xasprintf("cite:%s", id);
		if (diag_once(r->d, key))
			fo_report(r->d, r->doc->file, n->line, n->col, FO_MSG_CITATION_NOWHERE,
			          fo_kind_name(n->kind), id);
		free(key);
		return "?";
	}
	const idpos_t *p = idmap_get(&r->ids, id);
	int final = p && (r->done || !last);
	if (!final)
		p = idmap_get(&r->hint, id);
	size_t page = p ? (last ? p->last : p->first) : 0;
	if (p && final && page < r->npages)
		snprintf(r->cite_buf, sizeof r->cite_buf, "%s", r->labels[page]);
	else if (p && !final && page < r->hint_npages)
		snprintf(r->cite_buf, sizeof r->cite_buf, "%s", r->hint_labels[page]);
	else
		snprintf(r->cite_buf, sizeof r->cite_buf, "00");  /* a guess; checked after the pass */
	if (!final) {
		r->used = xgrow(r->used, &r->used_cap, r->nused + 1, sizeof *r->used);
		used_cite_t *u = &r->used[r->nused++];
		u->id = id;
		u->last = last;
		snprintf(u->text, sizeof u->text, "%s", r->cite_buf);
	}
	return r->cite_buf;
}

/* Did every citation made before its target was known get the right text? */
static int cites_stable(render_t *r)
{
	for (size_t i = 0; i < r->nused; i++) {
		const idpos_t *p = idmap_get(&r->ids, r->used[i].id);
		if (p == NULL)
			continue;  /* an id only in content that was left out */
		if (strcmp(r->labels[r->used[i].last ? p->last : p->first], r->used[i].text) != 0)
			return 0;
	}
	return 1;
}

/* ---------- pages: laid out here, drawn on the drawing thread ---------- */

/* Static content laid out for one page. */
typedef struct static_area {
	int reg;
	const fo_node_t *content; /* the static-content */
	fo_rect_t rc;
	fo_itemq_t q;
	double *y;
} static_area_t;

/* A page ready to draw: everything the drawing needs is laid out (body,
 * static content, footnote separator), so that drawing calls no Pango
 * and reads nothing the layout still changes. */
typedef struct page_job {
	fo_page_t *pg;
	static_area_t *areas;    /* in painting order */
	size_t nareas, nbefore;  /* the first nbefore go under the body */
	fo_cont_t *sep;          /* the footnote separator, when there are notes */
	fo_cont_t *float_sep;    /* the before-float separator, when there are floats */
} page_job_t;

/* The layout's environment on page pg, in an area width wide. */
static fo_gen_env_t page_env(const render_t *r, const fo_page_t *pg, double width)
{
	fo_gen_env_t env = r->env;
	env.width = width;
	env.before_floats = 0;  /* static content, separators, table headers again */
	env.page_number = pg->label;
	env.page_index = pg->index;
	return env;
}

static void static_layout(render_t *r, page_job_t *job, int reg)
{
	const fo_page_t *pg = job->pg;
	const fo_region_t *region = &pg->spm->region[reg];
	const fo_pseq_t *s = &r->doc->seqs[pg->seq];
	if (!region->present)
		return;
	for (size_t i = 0; i < s->nstatics; i++) {
		const char *fn = fo_attr(s->statics[i], "flow-name");
		if (fn == NULL || strcmp(fn, region->name) != 0)
			continue;
		static_area_t *a = &job->areas[job->nareas++];
		a->reg = reg;
		a->content = s->statics[i];
		fo_region_rect(pg->spm, reg, &a->rc);
		fo_gen_env_t env = page_env(r, pg, a->rc.w);
		fo_gen_t *g = fo_gen_new(s->statics[i], &env);
		while (fo_gen_step(g, &a->q))
			;
		fo_gen_free(g);
		a->y = xmalloc((a->q.len ? a->q.len : 1) * sizeof *a->y);
		fo_items_place(a->q.v, a->q.len, a->y);
	}
}

/* Takes pg over. */
static page_job_t *page_prepare(render_t *r, fo_page_t *pg)
{
	page_job_t *job = xcalloc(1, sizeof *job);
	job->pg = pg;
	/* each static content at most once per region */
	job->areas = xcalloc(r->doc->seqs[pg->seq].nstatics * FO_REGIONS + 1, sizeof *job->areas);
	/* FOP's painting order, before, start, body, end, after: a watermark
	 * placed from the header lies under the body text, not over it. */
	static_layout(r, job, FO_REG_BEFORE);
	static_layout(r, job, FO_REG_START);
	job->nbefore = job->nareas;
	static_layout(r, job, FO_REG_END);
	static_layout(r, job, FO_REG_AFTER);
	fo_rect_t body;
	fo_region_rect(pg->spm, FO_REG_BODY, &body);
	fo_gen_env_t env = page_env(r, pg, body.w);
	const fo_pseq_t *s = &r->doc->seqs[pg->seq];
	if (fo_footnotes_height(pg->notes, pg->items, pg->n) > 0)
		job->sep = fo_footnote_separator(s, "xsl-footnote-separator", &env, body.w);
	if (fo_extras_height(pg->items, pg->n, FO_EX_FLOAT_BEFORE) > 0)
		job->float_sep = fo_footnote_separator(s, "xsl-before-float-separator", &env, body.w);
	return job;
}

static void page_job_free(void *p)
{
	page_job_t *job = p;
	for (size_t i = 0; i < job->nareas; i++) {
		fo_itemq_free(&job->areas[i].q);
		free(job->areas[i].y);
	}
	free(job->areas);
	fo_cont_free(job->sep);
	fo_cont_free(job->float_sep);
	fo_page_free(job->pg);
	free(job);
}

static void draw_backgrounds(fo_pdf_t *pdf, const fo_page_t *pg)
{
	for (int reg = 0; reg < FO_REGIONS; reg++) {
		const fo_region_t *region = &pg->spm->region[reg];
		if (!region->present || region->node->style->background.a <= 0)
			continue;
		fo_rect_t rc;
		fo_region_viewport(pg->spm, reg, &rc);
		fo_pdf_fill(pdf, rc.x, rc.y, rc.w, rc.h, &region->node->style->background);
	}
}

/* Draws from here on in region reg's frame, turned by its reference-
 * orientation and mirrored when the content (flow or static-content
 * content) is right to left (fo_bidi), until region_end(); *ox, *oy: its
 * content's corner. */
static void region_begin(fo_pdf_t *pdf, const fo_spm_t *m, int reg, const fo_node_t *content,
                         double *ox, double *oy)
{
	fo_rect_t v, rc;
	fo_region_viewport(m, reg, &v);
	fo_region_rect(m, reg, &rc);
	cairo_save(fo_pdf_cairo(pdf));
	*ox = v.x;
	*oy = v.y;
	if (m->region[reg].orient != 0) {
		fo_pdf_turn(pdf, m->region[reg].orient, v.x, v.y, v.w, v.h);
		*ox = *oy = 0;
	}
	fo_bidi_frame(fo_pdf_cairo(pdf), content && content->style->rtl, *ox, rc.w);
}

static void region_end(fo_pdf_t *pdf)
{
	cairo_restore(fo_pdf_cairo(pdf));
}

static void draw_statics(fo_pdf_t *pdf, const fo_spm_t *m, const page_job_t *job, size_t from,
                         size_t to)
{
	for (size_t i = from; i < to; i++) {
		const static_area_t *a = &job->areas[i];
		double ox, oy;
		region_begin(pdf, m, a->reg, a->content, &ox, &oy);
		fo_pdf_set_area_height(pdf, a->rc.h);
		fo_pdf_set_column(pdf, 0, 1, ox, a->rc.w);
		fo_pdf_draw_items(pdf, a->q.v, a->y, a->q.len, ox, oy, a->rc.w);
		region_end(pdf);
	}
}

/* On the drawing thread (or the layout's, when there is none). */
static void page_draw(void *ud, void *p)
{
	render_t *r = ud;
	const page_job_t *job = p;
	const fo_page_t *pg = job->pg;
	fo_pdf_page_begin(r->pdf, pg->spm->width, pg->spm->height, pg->label);
	cairo_save(fo_pdf_cairo(r->pdf));
	if (pg->spm->orient != 0) {
		fo_rect_t f;
		fo_spm_frame(pg->spm, &f);
		fo_pdf_turn(r->pdf, pg->spm->orient, f.x, f.y, f.w, f.h);
	}
	draw_backgrounds(r->pdf, pg);
	draw_statics(r->pdf, pg->spm, job, 0, job->nbefore);
	fo_rect_t body;
	double ox, oy;
	fo_region_rect(pg->spm, FO_REG_BODY, &body);
	region_begin(r->pdf, pg->spm, FO_REG_BODY, r->doc->seqs[pg->seq].flow, &ox, &oy);
	fo_pdf_set_area_height(r->pdf, body.h);
	fo_pdf_set_column(r->pdf, 0, 1, ox, body.w);
	/* Before-floats at the top of the body, their separator below them,
	 * then the text; footnotes at the body's foot. */
	double foot = oy + body.h;
	fo_footnote_stack_draw(r->pdf, pg->items, pg->n, FO_EX_FLOAT_BEFORE, ox, oy);
	oy += fo_extras_height(pg->items, pg->n, FO_EX_FLOAT_BEFORE);
	if (job->float_sep) {
		fo_cont_draw_at(r->pdf, job->float_sep, ox, oy);
		oy += fo_cont_height(job->float_sep);
	}
	if (pg->nareas == 0)
		fo_pdf_draw_items(r->pdf, pg->items, pg->y, pg->n, ox, oy, body.w);
	fo_cols_t cols;
	fo_cols_of(pg->spm, body.w, &cols);
	for (size_t i = 0; i < pg->nareas; i++) {
		const fo_area_t *a = &pg->areas[i];
		/* a span="all" area is as wide as the body: one column */
		int n = a->w < body.w - 1e-6 ? cols.n : 1;
		fo_pdf_set_column(r->pdf, n > 1 ? (int)floor(a->x / cols.step + 0.5) : 0, n, ox + a->x,
		                  a->w);
		fo_pdf_draw_items(r->pdf, pg->items + a->from, pg->y + a->from, a->to - a->from,
		                  ox + a->x, oy, a->w);
	}
	fo_pdf_set_column(r->pdf, 0, 1, ox, body.w);
	fo_footnotes_draw(r->pdf, pg->notes, pg->items, pg->n, ox, foot, job->sep);
	region_end(r->pdf);
	draw_statics(r->pdf, pg->spm, job, job->nbefore, job->nareas);
	cairo_restore(fo_pdf_cairo(r->pdf));
	fo_pdf_page_end(r->pdf);
}

/* SVG text on the drawing thread in the bundled fonts too (librsvg lays
 * it out with the thread's default Pango font map). */
static void drawing_start(void *ud)
{
	render_t *r = ud;
	fo_fonts_set_default(r->fonts);
}

static void drawing_end(void *ud)
{
	(void)ud;
	fo_fonts_set_default(NULL);
}

static const fo_pipe_ops_t drawing_ops = { drawing_start, page_draw, page_job_free, drawing_end };

/* Pages laid out and not drawn yet, at most: two keep both threads busy. */
#define PIPE_DEPTH 2

/* Starts drawing on a thread of its own when one can be had. */
static void drawing_begin(render_t *r)
{
	const char *threads = getenv("LPDOC_THREADS");
	if (r->opt->single_thread || (threads && strcmp(threads, "1") == 0))
		return;
	r->pipe = fo_pipe_new(&drawing_ops, r, PIPE_DEPTH);
}

/* Every page given is drawn when this returns. */
static void drawing_finish(render_t *r)
{
	fo_pipe_finish(r->pipe);
	r->pipe = NULL;
}

/* Takes pg over: draws it now, or gives it to the drawing thread. */
static void page_out(render_t *r, fo_page_t *pg)
{
	page_job_t *job = page_prepare(r, pg);
	if (r->pipe) {
		fo_pipe_push(r->pipe, job);
		return;
	}
	page_draw(r, job);
	page_job_free(job);
}

static void held_free(render_t *r)
{
	for (size_t i = 0; i < r->nheld; i++)
		fo_page_free(r->held[i]);
	r->nheld = 0;
}

static void on_begin(void *ud, fo_page_t *pg, const fo_rect_t *body)
{
	render_t *r = ud;
	if (pg->index >= r->pages_cap) {
		size_t cap = r->pages_cap;
		r->labels = xgrow(r->labels, &cap, pg->index + 1, sizeof *r->labels);
		cap = r->pages_cap;
		r->page_seq = xgrow(r->page_seq, &cap, pg->index + 1, sizeof *r->page_seq);
		cap = r->pages_cap;
		r->page_num = xgrow(r->page_num, &cap, pg->index + 1, sizeof *r->page_num);
		r->pages_cap = cap;
	}
	memcpy(r->labels[pg->index], pg->label, sizeof pg->label);
	r->page_seq[pg->index] = pg->seq;
	r->page_num[pg->index] = pg->number;
	fo_cols_t cols;
	fo_cols_of(pg->spm, body->w, &cols);
	r->env.width = cols.w;
	r->env.body_width = body->w;
	r->env.page_number = pg->label;
	if (r->gen)
		fo_gen_set_env(r->gen, &r->env);
}

static void on_end(void *ud, fo_page_t *pg)
{
	render_t *r = ud;
	for (size_t i = 0; i < pg->n; i++)
		for (const fo_idmark_t *m = pg->items[i].ids; m; m = m->next)
			idmap_put(&r->ids, m->id, pg->index, m->last);
	/* a page-sequence's id: its first page and its last */
	const fo_node_t *seq = r->doc->seqs[pg->seq].node;
	if (seq->id)
		idmap_put(&r->ids, seq->id, pg->index, 1);
	r->npages = pg->index + 1;
	fo_markers_page(r->markers, pg);
	fo_gen_env_t env = page_env(r, pg, r->env.width);
	fo_table_markers_page(r->markers, pg, &env);
	if (r->mode == MODE_HOLD && r->nheld >= r->opt->max_held_pages) {
		held_free(r);
		r->mode = MODE_DRY;  /* too many pages waiting: learn the ids first */
	}
	switch (r->mode) {
	case MODE_STREAM:
		page_out(r, pg);
		break;
	case MODE_HOLD:
		r->held = xgrow(r->held, &r->held_cap, r->nheld + 1, sizeof *r->held);
		r->held[r->nheld++] = pg;
		break;
	default:
		fo_page_free(pg);
		break;
	}
}

static void sequence_start(const fo_pseq_t *s, fo_pager_pos_t *pos)
{
	if (s->initial > 0)
		pos->number = s->initial;
	else if (s->initial == -1 && pos->number % 2 == 0)
		pos->number++;
	else if (s->initial == -2 && pos->number % 2 != 0)
		pos->number++;
}

static fo_pdf_t *pdf_open(render_t *r)
{
	const fo_doc_t *doc = r->doc;
	fo_pdf_meta_t meta = { doc->title, doc->author, doc->subject, doc->keywords,
	                       r->opt->creator, doc->language, r->opt->has_date, r->opt->date };
	return fo_pdf_new(&meta, r->d);
}

/* The room the separator static content of flow takes, measured on the
 * sequence's first page master. */
static double separator_height(render_t *r, const fo_pseq_t *s, const char *flow)
{
	fo_mstate_t ms = { 0, 0 };
	fo_rect_t body;
	fo_region_rect(fo_master_select(s, &ms, 1, 1, 0, 0), FO_REG_BODY, &body);
	fo_cont_t *sep = fo_footnote_separator(s, flow, &r->env, body.w);
	double h = sep ? fo_cont_height(sep) : 0;
	fo_cont_free(sep);
	return h;
}

static int pass_run(render_t *r)
{
	idmap_free(&r->ids);
	r->npages = 0;
	r->nused = 0;
	r->done = 0;
	fo_markers_reset(r->markers);
	if (r->mode == MODE_STREAM) {
		if ((r->pdf = pdf_open(r)) == NULL)
			return -1;
		drawing_begin(r);
	}
	fo_pager_pos_t pos = { 1, 0 };
	fo_pager_cb_t cb = { on_begin, on_end, r, 0, 0 };
	for (size_t si = 0; si < r->doc->nseqs; si++) {
		const fo_pseq_t *s = &r->doc->seqs[si];
		sequence_start(s, &pos);
		cb.footnote_sep = separator_height(r, s, "xsl-footnote-separator");
		cb.float_sep = separator_height(r, s, "xsl-before-float-separator");
		r->gen = fo_gen_new(s->flow, &r->env);
		fo_paginate(r->doc, si, r->gen, &pos, &cb);
		fo_gen_free(r->gen);
		r->gen = NULL;
	}
	drawing_finish(r);
	r->done = 1;
	if (r->mode == MODE_HOLD) {
		if ((r->pdf = pdf_open(r)) == NULL)
			return -1;
		drawing_begin(r);
		for (size_t i = 0; i < r->nheld; i++)
			page_out(r, r->held[i]);
		r->nheld = 0;    /* the pages are the jobs' now */
		drawing_finish(r);
	}
	return 0;
}

/* Static content, a citation-last, or a citation before its target in
 * document order: the pages must wait for the ids (or a pass learns them). */
static int needs_forward(const fo_node_t *n, int in_static, idmap_t *seen)
{
	int need = 0;
	for (; n; n = n->next) {
		if (n->kind == FO_K_TEXT)
			continue;
		if (n->id)
			idmap_put(seen, n->id, 0, 0);
		if (n->kind == FO_K_CITATION_LAST || (n->kind == FO_K_CITATION && in_static))
			need = 1;
		else if (n->kind == FO_K_CITATION) {
			const char *ref = fo_attr(n, "ref-id");
			need |= ref && idmap_get(seen, ref) == NULL;
		}
		need |= needs_forward(n->first, in_static || n->kind == FO_K_STATIC_CONTENT, seen);
	}
	return need;
}

static void labels_build(const render_t *r, fo_pdf_label_t **out, size_t *nout)
{
	fo_pdf_label_t *v = NULL;
	size_t n = 0, cap = 0;
	static const char styles[] = { 'D', 'r', 'R', 'a', 'A' };
	for (size_t i = 0; i < r->npages; i++) {
		const fo_pseq_t *s = &r->doc->seqs[r->page_seq[i]];
		int literal = s->digits > 1;
		int cont = i > 0 && !literal && r->page_seq[i] == r->page_seq[i - 1] &&
		           r->page_num[i] == r->page_num[i - 1] + 1;
		if (cont)
			continue;
		v = xgrow(v, &cap, n + 1, sizeof *v);
		memset(&v[n], 0, sizeof v[n]);
		v[n].start = i;
		v[n].first = r->page_num[i];
		if (literal)
			snprintf(v[n].prefix, sizeof v[n].prefix, "%s", r->labels[i]);
		else
			v[n].style = styles[s->format];
		n++;
	}
	*out = v;
	*nout = n;
}

static int output_write(render_t *r, const char *out_path)
{
	fo_pdf_label_t *labels = NULL;
	size_t nlabels = 0;
	labels_build(r, &labels, &nlabels);
	fo_nav_outline(fo_pdf_surface(r->pdf), r->doc, r->nav);
	atomic_out_t o;
	int rc = -1;
	if (atomic_out_open(&o, out_path, r->d) == 0) {
		int st = fo_pdf_finish(r->pdf, labels, nlabels, o.fp, r->d);
		if (st == 0)
			rc = atomic_out_commit(&o, r->d);
		else if (st == FO_PDF_WRITE_ERROR)
			atomic_out_fail(&o, errno, r->d);
		else
			atomic_out_abort(&o);
	}
	free(labels);
	return rc;
}

static void render_free(render_t *r)
{
	held_free(r);
	free(r->held);
	fo_pdf_free(r->pdf);
	idmap_free(&r->ids);
	idmap_free(&r->hint);
	idmap_free(&r->all_ids);
	free(r->labels);
	free(r->hint_labels);
	free(r->page_seq);
	free(r->page_num);
	free(r->used);
	fo_nav_free(r->nav);
	fo_markers_free(r->markers);
	fo_images_free(r->env.images);
}

static int render_passes(render_t *r, fo_stats_t *stats)
{
	int forward = needs_forward(r->doc->root, 0, &r->all_ids);
	mode_t_ first = forward ? MODE_HOLD : MODE_STREAM;
	r->mode = first;
	for (int pass = 1; pass <= MAX_PASSES; pass++) {
		if (stats)
			stats->passes = pass;
		if (pass_run(r) < 0)
			return -1;
		int again = r->mode == MODE_DRY || !cites_stable(r);
		if (!again || pass == MAX_PASSES)
			break;
		/* The ids learnt become the guesses of the next pass. */
		idmap_free(&r->hint);
		r->hint = r->ids;
		memset(&r->ids, 0, sizeof r->ids);
		free(r->hint_labels);
		r->hint_labels = xmalloc((r->npages ? r->npages : 1) * sizeof *r->hint_labels);
		memcpy(r->hint_labels, r->labels, r->npages * sizeof *r->hint_labels);
		r->hint_npages = r->npages;
		fo_pdf_free(r->pdf);
		r->pdf = NULL;
		r->mode = r->mode == MODE_DRY ? MODE_STREAM : first;
	}
	if (stats)
		stats->pages = r->npages;
	return 0;
}

int fo_render_doc(xmlDocPtr fo, const char *name, const fo_options_t *opt,
                  const char *out_path, diag_t *d, fo_stats_t *stats)
{
	fo_options_t defaults;
	if (opt == NULL) {
		fo_options_init(&defaults);
		opt = &defaults;
	}
	if (stats)
		memset(stats, 0, sizeof *stats);
	/* Errors reported during this call (warnings raised by -W too) mean
	 * no output; the caller's earlier messages do not count. */
	size_t errors_before = diag_count(d, DIAG_ERROR) + diag_count(d, DIAG_FATAL);
	fo_doc_t *doc = fo_doc_build(fo, name, d);
	if (doc == NULL)
		return -1;
	fo_fonts_t *fonts = opt->fonts ? opt->fonts : fo_fonts_new(d);
	if (fonts == NULL) {
		fo_doc_free(doc);
		return -1;
	}
	render_t r;
	memset(&r, 0, sizeof r);
	r.doc = doc;
	r.fonts = fonts;
	r.d = d;
	r.opt = opt;
	r.nav = fo_nav_new(doc, d);
	r.markers = fo_markers_new();
	r.env = (fo_gen_env_t){ fonts, 0, "", cite_text, &r, d, name,
	                        fo_images_new(name, opt->graphics_dir, fonts), r.markers, r.nav, 0, 0, 1, NULL };
	if (stats)
		stats->nodes = doc->nnodes;
	/* SVG text (charts) in the bundled fonts, not the system's. */
	fo_fonts_set_default(fonts);
	int rc = render_passes(&r, stats);
	if (rc == 0 && diag_count(d, DIAG_ERROR) + diag_count(d, DIAG_FATAL) > errors_before)
		rc = -1;
	if (rc == 0)
		rc = output_write(&r, out_path);
	fo_fonts_set_default(NULL);
	render_free(&r);
	if (fonts != opt->fonts)
		fo_fonts_free(fonts);
	fo_doc_free(doc);
	return rc;
}

int fo_render_file(const char *in_path, const fo_options_t *opt, const char *out_path,
                   diag_t *d, fo_stats_t *stats)
{
	const char *name = strcmp(in_path, "-") == 0 ? "<stdin>" : in_path;
	fo_options_t own;
	if (opt == NULL) {
		fo_options_init(&own);
		opt = &own;
	}
	/* The fonts load while the file is read. */
	fo_fonts_loader_t *loader = opt->fonts ? NULL : fo_fonts_load_start();
	xmlDocPtr doc = xml_safe_read_file(in_path, name, d);
	fo_options_t with_fonts = *opt;
	if (loader)  /* no font message when the file could not be read */
		with_fonts.fonts = fo_fonts_load_finish(loader, doc ? d : NULL);
	int rc = -1;
	if (doc != NULL && with_fonts.fonts != NULL)
		rc = fo_render_doc(doc, name, &with_fonts, out_path, d, stats);
	if (loader)
		fo_fonts_free(with_fonts.fonts);
	xmlFreeDoc(doc);
	return rc;
}
