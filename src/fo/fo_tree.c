/* fo_tree: see fo_tree.h. */
#include "fo_tree.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fo_msg.h"
#include "fo_tag.h"
#include "../util/buf.h"
#include "../util/xalloc.h"
#include "../util/xmlsafe.h"

typedef struct build {
	fo_doc_t *doc;
	diag_t *diag;
	fo_style_ctx_t sctx;
	int errors;
	const fo_node_t **ids;   /* nodes with an id, to find duplicates */
	size_t nids, ids_cap;
} build_t;

#define ELEMENT_NAME(kind, name) [FO_K_##kind] = name,
static const char *const element_names[FO_K_TEXT] = { FO_ELEMENTS(ELEMENT_NAME) };
#undef ELEMENT_NAME

const char *fo_kind_name(fo_kind_t k)
{
	return k < FO_K_TEXT ? element_names[k] : "#text";
}

int fo_kind_is_block(fo_kind_t k)
{
	return k == FO_K_BLOCK || k == FO_K_BLOCK_CONTAINER || k == FO_K_TABLE ||
	       k == FO_K_LIST_BLOCK || k == FO_K_LIST_ITEM || k == FO_K_TABLE_AND_CAPTION ||
	       k == FO_K_TABLE_CAPTION;
}

static int fo_kind_is_inline(fo_kind_t k)
{
	return k == FO_K_INLINE || k == FO_K_WRAPPER || k == FO_K_CHARACTER || k == FO_K_BIDI_OVERRIDE ||
	       k == FO_K_PAGE_NUMBER || k == FO_K_CITATION || k == FO_K_CITATION_LAST ||
	       k == FO_K_BASIC_LINK || k == FO_K_RETRIEVE_MARKER || k == FO_K_RETRIEVE_TABLE_MARKER ||
	       k == FO_K_EXTERNAL_GRAPHIC ||
	       k == FO_K_INSTREAM_FOREIGN_OBJECT || k == FO_K_MARKER || k == FO_K_FOOTNOTE ||
	       k == FO_K_TEXT || k == FO_K_LEADER || k == FO_K_FLOAT || k == FO_K_INLINE_CONTAINER ||
	       k == FO_K_CHANGE_BAR_BEGIN || k == FO_K_CHANGE_BAR_END;
}

const char *fo_attr(const fo_node_t *n, const char *name)
{
	if (n == NULL || n->xml == NULL || n->xml->type != XML_ELEMENT_NODE)
		return NULL;
	for (xmlAttr *a = n->xml->properties; a; a = a->next)
		if (a->ns == NULL && strcmp((const char *)a->name, name) == 0)
			return a->children && a->children->content
			       ? (const char *)a->children->content : "";
	return NULL;
}

const char *fo_attr_fox(const fo_node_t *n, const char *name)
{
	if (n == NULL || n->xml == NULL || n->xml->type != XML_ELEMENT_NODE)
		return NULL;
	for (xmlAttr *a = n->xml->properties; a; a = a->next)
		if (a->ns && a->ns->href && strcmp((const char *)a->ns->href, FOX_NS) == 0 &&
		    strcmp((const char *)a->name, name) == 0)
			return a->children && a->children->content
			       ? (const char *)a->children->content : "";
	return NULL;
}

int fo_orientation(const fo_node_t *n)
{
	const char *v = fo_attr(n, "reference-orientation");
	int o = v ? atoi(v) : 0;
	o = ((o % 360) + 360) % 360;
	return o == 90 || o == 180 || o == 270 ? o : 0;
}

static int is_fo(const xmlNode *x)
{
	return x->type == XML_ELEMENT_NODE && x->ns && x->ns->href &&
	       strcmp((const char *)x->ns->href, FO_NS) == 0;
}

/* error_at(b, n, FO_MSG_..., arguments): an error of fo_msg.h at node n. */
#define error_at(b, n, ...) \
	((b)->errors++, fo_report((b)->diag, (b)->doc->file, (n)->line, (n)->col, __VA_ARGS__))

/* A warning of fo_msg.h with one argument, once per document and key. */
static void warn_once(build_t *b, const xmlNode *x, const char *key, fo_msg_t id,
                      const char *arg)
{
	if (diag_once(b->diag, key))
		fo_report(b->diag, b->doc->file, xml_node_line(x), xml_node_col(x), id, arg);
}

/* Which children an element may hold: block-level, inline, or structure. */
static int allows_content(fo_kind_t k)
{
	return k == FO_K_FLOW || k == FO_K_STATIC_CONTENT || k == FO_K_BLOCK ||
	       k == FO_K_INLINE || k == FO_K_WRAPPER || k == FO_K_TITLE || k == FO_K_BASIC_LINK ||
	       k == FO_K_BIDI_OVERRIDE ||
	       k == FO_K_BLOCK_CONTAINER || k == FO_K_MARKER || k == FO_K_BOOKMARK_TITLE || k == FO_K_FOOTNOTE_BODY ||
	       k == FO_K_TABLE_CELL || k == FO_K_LIST_LABEL || k == FO_K_LIST_BODY ||
	       k == FO_K_TABLE_AND_CAPTION || k == FO_K_TABLE_CAPTION || k == FO_K_FLOAT ||
	       k == FO_K_INLINE_CONTAINER || k == FO_K_LEADER;  /* leader: use-content */
}

/* Known XSL-FO elements lpdoc does not lay out yet: their content is left
 * out with a warning, never silently. */
static const char *const unsupported[] = {
	"index-page-citation-list",
	"wrapper-not-here",
};

static void unknown_element(build_t *b, xmlNode *x)
{
	const char *name = (const char *)x->name;
	int known = 0;
	for (size_t i = 0; i < sizeof unsupported / sizeof unsupported[0]; i++)
		known |= strcmp(unsupported[i], name) == 0;
	char *key = xasprintf("element:%s", name);
	warn_once(b, x, key, known ? FO_MSG_ELEMENT_UNSUPPORTED : FO_MSG_ELEMENT_UNKNOWN, name);
	free(key);
}

void fo_node_append(fo_node_t *parent, fo_node_t *n)
{
	if (parent == NULL)
		return;
	if (parent->last)
		parent->last->next = n;
	else
		parent->first = n;
	parent->last = n;
}

static fo_node_t *node_new(build_t *b, fo_node_t *parent, fo_kind_t kind, xmlNode *x)
{
	fo_node_t *n = xcalloc(1, sizeof *n);
	n->kind = kind;
	n->xml = x;
	n->parent = parent;
	n->line = xml_node_line(x);
	n->col = xml_node_col(x);
	fo_node_append(parent, n);
	b->doc->nnodes++;
	return n;
}

static int text_is_blank(const xmlChar *s)
{
	for (; s && *s; s++)
		if (!isspace(*s))
			return 0;
	return 1;
}

static void build_children(build_t *b, fo_node_t *parent);

/* FNV-1a over the style's bytes, eight at a time (a style is several
 * hundred bytes and every element's is hashed). */
static uint32_t style_hash(const fo_style_t *s)
{
	const unsigned char *p = (const unsigned char *)s;
	uint64_t h = 14695981039346656037u;
	size_t i = 0;
	for (; i + 8 <= sizeof *s; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		h = (h ^ w) * 1099511628211u;
	}
	for (; i < sizeof *s; i++)
		h = (h ^ p[i]) * 1099511628211u;
	return (uint32_t)(h ^ (h >> 32));
}

/* Computes a style and returns the doc's shared copy of it: thousands of
 * paragraphs have the same computed style, so one copy serves them all. */
static const fo_style_t *style_of(build_t *b, const fo_style_t *parent, xmlNode *x)
{
	fo_doc_t *doc = b->doc;
	fo_style_t s;
	memset(&s, 0, sizeof s);
	fo_style_compute(&s, parent, x, &b->sctx);
	if ((doc->nstyles + 1) * 2 > doc->style_cap) {
		size_t cap = doc->style_cap ? doc->style_cap * 2 : 64;
		fo_style_t **v = xcalloc(cap, sizeof *v);
		for (size_t i = 0; i < doc->style_cap; i++) {
			if (doc->styles[i] == NULL)
				continue;
			size_t j = style_hash(doc->styles[i]) & (cap - 1);
			while (v[j])
				j = (j + 1) & (cap - 1);
			v[j] = doc->styles[i];
		}
		free(doc->styles);
		doc->styles = v;
		doc->style_cap = cap;
	}
	size_t j = style_hash(&s) & (doc->style_cap - 1);
	while (doc->styles[j] && memcmp(doc->styles[j], &s, sizeof s) != 0)
		j = (j + 1) & (doc->style_cap - 1);
	if (doc->styles[j] == NULL) {
		doc->styles[j] = xmalloc(sizeof s);
		memcpy(doc->styles[j], &s, sizeof s);
		doc->nstyles++;
	}
	return doc->styles[j];
}

/* A role that is no PDF structure type is left out of the tagged PDF. */
static void role_check(build_t *b, const fo_node_t *n)
{
	const char *role = fo_attr(n, "role");
	if (role == NULL || fo_tag_is_structure_type(role))
		return;
	char *key = xasprintf("role:%s", role);
	warn_once(b, n->xml, key, FO_MSG_ROLE_UNKNOWN, role);
	free(key);
}

/* fo:table-and-caption stacks its caption and its table as blocks: the
 * caption first, or last for caption-side after or bottom (XSL 1.1
 * 6.7.2; FOP 2.8 leaves the whole object out).  start, end, left and
 * right, a caption beside the table, are not laid out: before is used. */
static void caption_place(build_t *b, fo_node_t *tc)
{
	const char *side = fo_attr(tc, "caption-side");
	if (side == NULL || strcmp(side, "before") == 0 || strcmp(side, "top") == 0)
		return;
	if (strcmp(side, "after") != 0 && strcmp(side, "bottom") != 0) {
		if (diag_once(b->diag, "caption-side"))
			fo_report(b->diag, b->doc->file, tc->line, tc->col, FO_MSG_VALUE_UNSUPPORTED,
			          "caption-side", side);
		return;
	}
	fo_node_t **at = &tc->first, *cap = NULL;
	while (*at && (*at)->kind != FO_K_TABLE_CAPTION)
		at = &(*at)->next;
	if (*at == NULL || (*at)->next == NULL)
		return;
	cap = *at;
	*at = cap->next;
	cap->next = NULL;
	tc->last->next = cap;
	tc->last = cap;
}

/* The fo:multi-case of multi-switch sw shown: the first whose
 * starting-state is "show" (its initial value), else the first. */
static const xmlNode *multi_case_shown(const xmlNode *sw)
{
	const xmlNode *first = NULL;
	for (const xmlNode *c = sw ? sw->children : NULL; c; c = c->next) {
		if (!is_fo(c) || strcmp((const char *)c->name, "multi-case") != 0)
			continue;
		if (first == NULL)
			first = c;
		xmlChar *st = xmlGetProp(c, (const xmlChar *)"starting-state");
		int shown = st == NULL || strcmp((const char *)st, "show") == 0;
		xmlFree(st);
		if (shown)
			return c;
	}
	return first;
}

/* fo:multi-switch, fo:multi-case, fo:multi-toggle, fo:multi-properties:
 * what is shown at the start, as a wrapper (a case not shown and
 * fo:multi-property-set are left out).  Returns 0 for other elements. */
static int build_multi(build_t *b, fo_node_t *parent, xmlNode *x)
{
	static const char multi[] = " multi-switch multi-case multi-toggle multi-properties ";
	const char *name = (const char *)x->name;
	char key[40];
	snprintf(key, sizeof key, " %s ", name);
	if (strcmp(name, "multi-property-set") == 0 ||
	    (strcmp(name, "multi-case") == 0 && multi_case_shown(x->parent) != x))
		return 1;
	if (strlen(name) > 20 || strstr(multi, key) == NULL)
		return 0;
	fo_node_t *n = node_new(b, parent, FO_K_WRAPPER, x);
	n->style = style_of(b, parent->style, x);
	build_children(b, n);
	return 1;
}

static void build_element(build_t *b, fo_node_t *parent, xmlNode *x)
{
	const char *name = (const char *)x->name;
	if (build_multi(b, parent, x))
		return;
	for (fo_kind_t k = 0; k < FO_K_TEXT; k++) {
		if (strcmp(element_names[k], name) != 0)
			continue;
		if (allows_content(parent->kind) && !fo_kind_is_inline(k) && !fo_kind_is_block(k)) {
			char *key = xasprintf("misplaced:%s", name);
			warn_once(b, x, key, FO_MSG_ELEMENT_MISPLACED, name);
			free(key);
			return;
		}
		fo_node_t *n = node_new(b, parent, k, x);
		n->style = style_of(b, parent->style, x);
		role_check(b, n);
		n->id = fo_attr(n, "id");
		if (n->id) {
			b->ids = xgrow(b->ids, &b->ids_cap, b->nids + 1, sizeof *b->ids);
			b->ids[b->nids++] = n;
		}
		if (k != FO_K_DECLARATIONS && k != FO_K_INSTREAM_FOREIGN_OBJECT)
			build_children(b, n);
		if (k == FO_K_TABLE_AND_CAPTION)
			caption_place(b, n);
		return;
	}
	unknown_element(b, x);
}

static void build_text(build_t *b, fo_node_t *parent, xmlNode *x)
{
	if (!allows_content(parent->kind)) {
		if (!text_is_blank(x->content) && diag_once(b->diag, "text-misplaced"))
			fo_report(b->diag, b->doc->file, x->line, 0, FO_MSG_TEXT_MISPLACED,
			          fo_kind_name(parent->kind));
		return;
	}
	if ((parent->kind == FO_K_FLOW || parent->kind == FO_K_STATIC_CONTENT) &&
	    text_is_blank(x->content))
		return;
	fo_node_t *n = node_new(b, parent, FO_K_TEXT, x);
	n->text = (const char *)x->content;
	n->text_len = x->content ? strlen(n->text) : 0;
	n->line = (unsigned)x->line;
}

static void build_children(build_t *b, fo_node_t *parent)
{
	for (xmlNode *x = parent->xml->children; x; x = x->next) {
		if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
			build_text(b, parent, x);
		} else if (is_fo(x)) {
			build_element(b, parent, x);
		} else if (x->type == XML_ELEMENT_NODE) {
			int is_fox = x->ns && x->ns->href && strcmp((const char *)x->ns->href, FOX_NS) == 0;
			char *key = xasprintf("foreign:%s", (const char *)x->name);
			warn_once(b, x, key, is_fox ? FO_MSG_FOX_UNSUPPORTED : FO_MSG_ELEMENT_FOREIGN,
			          (const char *)x->name);
			free(key);
		}
	}
}

/* ---------- layout-master-set ---------- */

/* The length attribute name of n into *out, a percentage too when pct_ok;
 * 0 (reported when wrong) leaves *out as it was. */
static int attr_len_read(build_t *b, fo_node_t *n, const char *name, int pct_ok, fo_len_t *out)
{
	const char *v = fo_attr(n, name);
	fo_len_t l;
	if (v == NULL || strcmp(v, "auto") == 0 || strcmp(v, "indefinite") == 0)
		return 0;
	int rc = fo_len_parse(v, n->style->font_size, &l);
	if (rc == FO_LEN_OUT_OF_RANGE) {
		error_at(b, n, FO_MSG_LENGTH_OUT_OF_RANGE, name, v);
		return 0;
	}
	if (rc < 0 || (l.pct != 0 && !pct_ok)) {
		fo_report(b->diag, b->doc->file, n->line, n->col, FO_MSG_LENGTH_INVALID, v, name);
		return 0;
	}
	*out = l;
	return 1;
}

static double attr_len(build_t *b, fo_node_t *n, const char *name, double dflt)
{
	fo_len_t l = { dflt, 0 };
	attr_len_read(b, n, name, 0, &l);
	return l.pt;
}

static const char *const region_default_names[FO_REGIONS] = {
	"xsl-region-body", "xsl-region-before", "xsl-region-after",
	"xsl-region-start", "xsl-region-end",
};

/* column-count and column-gap of a region-body (XSL 1.1 7.27.1/2).
 * The gap's initial value is 12pt in XSL, but FOP 2.8 sets columns 18pt
 * apart when no gap is given (85-columns): FOP's is followed. */
static void region_columns(build_t *b, fo_region_t *reg, fo_node_t *r)
{
	const char *cc = fo_attr(r, "column-count");
	char *end = NULL;
	long n = cc ? strtol(cc, &end, 10) : 1;
	if (cc && (end == cc || *end != '\0' || n < 1 || n > 100)) {
		warn_once(b, r->xml, "column-count", FO_MSG_COLUMN_COUNT, cc);
		n = 1;
	}
	reg->columns = (int)n;
	reg->column_gap = attr_len(b, r, "column-gap", 18);
}

static void build_region(build_t *b, fo_spm_t *m, fo_node_t *r)
{
	int idx = (int)(r->kind - FO_K_REGION_BODY);
	fo_region_t *reg = &m->region[idx];
	reg->present = 1;
	reg->node = r;
	const char *name = fo_attr(r, "region-name");
	reg->name = name ? name : region_default_names[idx];
	reg->extent = (fo_len_t){ 0, 0 };
	attr_len_read(b, r, "extent", 1, &reg->extent);  /* a share of the page */
	const char *prec = fo_attr(r, "precedence");
	reg->precedence = prec && strcmp(prec, "true") == 0;
	memcpy(reg->margin, r->style->margin, sizeof reg->margin);
	region_columns(b, reg, r);
	reg->orient = fo_orientation(r);
}

static int node_before(const fo_node_t *a, const fo_node_t *b)
{
	return a->line < b->line || (a->line == b->line && a->col < b->col);
}

/* A region-name names one kind of region (XSL 1.1 6.4.13): static
 * content flows into every region of that name, so one name on two kinds
 * (before and after, say) is an error, as in FOP. */
static void region_name_check(build_t *b, const fo_spm_t *m, int idx)
{
	const fo_region_t *reg = &m->region[idx];
	for (size_t i = 0; i <= b->doc->nspms; i++) {
		const fo_spm_t *o = i < b->doc->nspms ? b->doc->spms[i] : m;
		for (int k = 0; k < FO_REGIONS; k++) {
			const fo_region_t *other = &o->region[k];
			if (k == idx || !other->present || strcmp(other->name, reg->name) != 0
			    || !node_before(other->node, reg->node))
				continue;  /* reported at the later of the two */
			error_at(b, reg->node, FO_MSG_REGION_NAME_SHARED, reg->name,
			         region_default_names[k], region_default_names[idx]);
			return;
		}
	}
}

static void build_spm(build_t *b, fo_node_t *n)
{
	fo_spm_t *m = xcalloc(1, sizeof *m);
	m->node = n;
	m->name = fo_attr(n, "master-name");
	if (m->name == NULL)
		error_at(b, n, FO_MSG_MASTER_NO_NAME);
	m->width = attr_len(b, n, "page-width", 8.26 * 72);
	m->height = attr_len(b, n, "page-height", 11 * 72);
	if (m->width <= 0 || m->height <= 0)
		error_at(b, n, FO_MSG_PAGE_SIZE_ZERO);
	memcpy(m->margin, n->style->margin, sizeof m->margin);
	m->orient = fo_orientation(n);
	for (fo_node_t *c = n->first; c; c = c->next)
		if (c->kind >= FO_K_REGION_BODY && c->kind <= FO_K_REGION_END)
			build_region(b, m, c);
	if (!m->region[FO_REG_BODY].present)
		error_at(b, n, FO_MSG_MASTER_NO_REGION_BODY, m->name ? m->name : "");
	for (int k = 0; k < FO_REGIONS; k++)
		if (m->region[k].present)
			region_name_check(b, m, k);
	b->doc->spms = xgrow(b->doc->spms, &b->doc->spm_cap, b->doc->nspms + 1, sizeof *b->doc->spms);
	b->doc->spms[b->doc->nspms++] = m;
}

static const fo_spm_t *spm_find(const fo_doc_t *doc, const char *name)
{
	for (size_t i = 0; name && i < doc->nspms; i++)
		if (doc->spms[i]->name && strcmp(doc->spms[i]->name, name) == 0)
			return doc->spms[i];
	return NULL;
}

static const fo_psm_t *psm_find(const fo_doc_t *doc, const char *name)
{
	for (size_t i = 0; name && i < doc->npsms; i++)
		if (doc->psms[i]->name && strcmp(doc->psms[i]->name, name) == 0)
			return doc->psms[i];
	return NULL;
}

static const fo_spm_t *master_ref(build_t *b, fo_node_t *n)
{
	const char *ref = fo_attr(n, "master-reference");
	const fo_spm_t *m = spm_find(b->doc, ref);
	if (m == NULL)
		error_at(b, n, FO_MSG_MASTER_UNKNOWN, ref ? ref : "");
	return m;
}

static int max_repeats(fo_node_t *n)
{
	const char *v = fo_attr(n, "maximum-repeats");
	if (v == NULL || strcmp(v, "no-limit") == 0)
		return -1;
	return atoi(v) < 0 ? 0 : atoi(v);
}

static int enum_of(const char *v, const char *const *names, int n)
{
	for (int i = 0; v && i < n; i++)
		if (strcmp(v, names[i]) == 0)
			return i;
	return 0;
}

static void build_cond(build_t *b, fo_subseq_t *s, fo_node_t *c)
{
	static const char *const pos[] = { "any", "first", "rest", "last", "only" };
	static const char *const par[] = { "any", "odd", "even" };
	static const char *const blank[] = { "any", "blank", "not-blank" };
	fo_cond_t cond = {
		master_ref(b, c),
		(fo_pos_t)enum_of(fo_attr(c, "page-position"), pos, 5),
		(fo_parity_t)enum_of(fo_attr(c, "odd-or-even"), par, 3),
		(fo_blank_t)enum_of(fo_attr(c, "blank-or-not-blank"), blank, 3),
	};
	size_t cap = s->nconds;
	s->conds = xgrow(s->conds, &cap, s->nconds + 1, sizeof *s->conds);
	s->conds[s->nconds++] = cond;
}

static void build_psm(build_t *b, fo_node_t *n)
{
	fo_psm_t *p = xcalloc(1, sizeof *p);
	p->name = fo_attr(n, "master-name");
	size_t cap = 0;
	for (fo_node_t *c = n->first; c; c = c->next) {
		fo_subseq_t s = { FO_SUB_SINGLE, 1, NULL, NULL, 0 };
		if (c->kind == FO_K_SINGLE_MASTER_REF) {
			s.master = master_ref(b, c);
		} else if (c->kind == FO_K_REPEATABLE_MASTER_REF) {
			s.kind = FO_SUB_REPEATABLE;
			s.max_repeats = max_repeats(c);
			s.master = master_ref(b, c);
		} else if (c->kind == FO_K_REPEATABLE_ALTS) {
			s.kind = FO_SUB_ALTS;
			s.max_repeats = max_repeats(c);
			for (fo_node_t *a = c->first; a; a = a->next)
				if (a->kind == FO_K_CONDITIONAL_REF)
					build_cond(b, &s, a);
			/* with no condition no page could ever get a master */
			if (s.nconds == 0)
				error_at(b, c, FO_MSG_ALTERNATIVES_EMPTY, p->name ? p->name : "");
		} else {
			continue;
		}
		p->subs = xgrow(p->subs, &cap, p->nsubs + 1, sizeof *p->subs);
		p->subs[p->nsubs++] = s;
	}
	if (p->nsubs == 0)
		error_at(b, n, FO_MSG_SEQUENCE_MASTER_EMPTY, p->name ? p->name : "");
	b->doc->psms = xgrow(b->doc->psms, &b->doc->psm_cap, b->doc->npsms + 1, sizeof *b->doc->psms);
	b->doc->psms[b->doc->npsms++] = p;
}

static void build_masters(build_t *b, fo_node_t *lms)
{
	for (fo_node_t *c = lms->first; c; c = c->next)
		if (c->kind == FO_K_SIMPLE_PAGE_MASTER)
			build_spm(b, c);
	for (fo_node_t *c = lms->first; c; c = c->next)
		if (c->kind == FO_K_PAGE_SEQUENCE_MASTER)
			build_psm(b, c);
}

/* ---------- page sequences ---------- */

static void parse_format(fo_pseq_t *s, const char *f)
{
	s->format = FO_FMT_DECIMAL;
	s->digits = 1;
	if (f == NULL)
		return;
	if (strcmp(f, "i") == 0) s->format = FO_FMT_ROMAN_LOWER;
	else if (strcmp(f, "I") == 0) s->format = FO_FMT_ROMAN_UPPER;
	else if (strcmp(f, "a") == 0) s->format = FO_FMT_ALPHA_LOWER;
	else if (strcmp(f, "A") == 0) s->format = FO_FMT_ALPHA_UPPER;
	else if (f[0] == '0')
		s->digits = (int)strspn(f, "0") + (f[strspn(f, "0")] == '1');
}

static void parse_initial(build_t *b, fo_pseq_t *s, fo_node_t *n)
{
	const char *v = fo_attr(n, "initial-page-number");
	s->initial = 0;
	if (v == NULL || strcmp(v, "auto") == 0)
		return;
	if (strcmp(v, "auto-odd") == 0) { s->initial = -1; return; }
	if (strcmp(v, "auto-even") == 0) { s->initial = -2; return; }
	char *end = NULL;
	long k = strtol(v, &end, 10);
	if (end == v || *end || k < 1 || k > 1000000) {
		fo_report(b->diag, b->doc->file, n->line, n->col, FO_MSG_INITIAL_PAGE_NUMBER, v);
		return;
	}
	s->initial = (int)k;
}

static void parse_force(fo_pseq_t *s, const char *v)
{
	static const char *const names[] = { "auto", "even", "odd", "end-on-even",
		"end-on-odd", "no-force" };
	s->force = (fo_force_t)enum_of(v, names, 6);
}

char *fo_node_text(xmlNode *x)
{
	xmlChar *c = xmlNodeGetContent(x);
	buf_t b = BUF_INIT;
	int space = 1;
	for (const xmlChar *p = c; p && *p; p++) {
		if (isspace(*p)) {
			if (!space)
				buf_putc(&b, ' ');
			space = 1;
		} else {
			buf_putc(&b, (char)*p);
			space = 0;
		}
	}
	xmlFree(c);
	if (b.len > 0 && b.data[b.len - 1] == ' ')
		b.data[--b.len] = '\0';
	return buf_take(&b);
}

static void build_pseq(build_t *b, fo_node_t *n)
{
	fo_doc_t *doc = b->doc;
	doc->seqs = xgrow(doc->seqs, &doc->seq_cap, doc->nseqs + 1, sizeof *doc->seqs);
	fo_pseq_t *s = &doc->seqs[doc->nseqs++];
	memset(s, 0, sizeof *s);
	s->node = n;
	const char *ref = fo_attr(n, "master-reference");
	s->spm = spm_find(doc, ref);
	s->psm = s->spm ? NULL : psm_find(doc, ref);
	if (s->spm == NULL && s->psm == NULL)
		error_at(b, n, FO_MSG_SEQUENCE_MASTER_UNKNOWN, ref ? ref : "");
	parse_initial(b, s, n);
	parse_force(s, fo_attr(n, "force-page-count"));
	parse_format(s, fo_attr(n, "format"));
	size_t cap = 0;
	for (fo_node_t *c = n->first; c; c = c->next) {
		if (c->kind == FO_K_FLOW) {
			if (s->flow)
				error_at(b, c, FO_MSG_SECOND_FLOW);
			s->flow = c;
		} else if (c->kind == FO_K_STATIC_CONTENT) {
			s->statics = xgrow(s->statics, &cap, s->nstatics + 1, sizeof *s->statics);
			s->statics[s->nstatics++] = c;
		} else if (c->kind == FO_K_TITLE && doc->title == NULL) {
			doc->title = fo_node_text(c->xml);
		}
	}
	if (s->flow == NULL)
		error_at(b, n, FO_MSG_NO_FLOW);
}

/* XMP as FOP reads it: dc:title, dc:creator, dc:description, pdf:Keywords. */
static void build_declarations(fo_doc_t *doc, xmlNode *x)
{
	static const char dc[] = "http://purl.org/dc/elements/1.1/";
	static const char pdf[] = "http://ns.adobe.com/pdf/1.3/";
	for (xmlNode *c = x->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		const char *ns = c->ns && c->ns->href ? (const char *)c->ns->href : "";
		const char *name = (const char *)c->name;
		char **slot = NULL;
		if (strcmp(ns, dc) == 0 && strcmp(name, "title") == 0) slot = &doc->title;
		else if (strcmp(ns, dc) == 0 && strcmp(name, "creator") == 0) slot = &doc->author;
		else if (strcmp(ns, dc) == 0 && strcmp(name, "description") == 0) slot = &doc->subject;
		else if (strcmp(ns, pdf) == 0 && strcmp(name, "Keywords") == 0) slot = &doc->keywords;
		if (slot) {
			free(*slot);
			*slot = fo_node_text(c);
		} else {
			build_declarations(doc, c);
		}
	}
}

static int id_compare(const void *pa, const void *pb)
{
	const fo_node_t *a = *(const fo_node_t *const *)pa, *b = *(const fo_node_t *const *)pb;
	int c = strcmp(a->id, b->id);
	if (c != 0)
		return c;
	return a->line != b->line ? (a->line < b->line ? -1 : 1) : (a->col > b->col) - (a->col < b->col);
}

/* Ids name one object each (XSL 1.1 7.30.8): FOP stops on a duplicate. */
static void check_ids(build_t *b)
{
	if (b->nids > 1)
		qsort(b->ids, b->nids, sizeof *b->ids, id_compare);
	for (size_t i = 1; i < b->nids; i++) {
		if (strcmp(b->ids[i]->id, b->ids[i - 1]->id) != 0)
			continue;
		error_at(b, b->ids[i], FO_MSG_DUPLICATE_ID, b->ids[i]->id, b->ids[i - 1]->line);
	}
}

static void build_root(build_t *b, fo_node_t *root)
{
	fo_node_t *lms = NULL;
	for (fo_node_t *c = root->first; c; c = c->next) {
		if (c->kind == FO_K_LAYOUT_MASTER_SET && lms == NULL) {
			lms = c;
			build_masters(b, c);
		} else if (c->kind == FO_K_DECLARATIONS) {
			build_declarations(b->doc, c->xml);
		}
	}
	if (lms == NULL) {
		error_at(b, root, FO_MSG_NO_LAYOUT_MASTER_SET);
		return;
	}
	for (fo_node_t *c = root->first; c; c = c->next)
		if (c->kind == FO_K_PAGE_SEQUENCE)
			build_pseq(b, c);
	if (b->doc->nseqs == 0)
		error_at(b, root, FO_MSG_NO_PAGE_SEQUENCE);
	if (root->style->language)
		b->doc->language = xstrdup(root->style->language);
}

fo_doc_t *fo_doc_build(xmlDocPtr xml, const char *file, diag_t *d)
{
	fo_doc_t *doc = xcalloc(1, sizeof *doc);
	doc->file = file;
	build_t b = { doc, d, { file, d }, 0, NULL, 0, 0 };
	xmlNode *top = xmlDocGetRootElement(xml);
	if (top == NULL || !is_fo(top) || strcmp((const char *)top->name, "root") != 0) {
		fo_report(d, file, xml_node_line(top), xml_node_col(top), FO_MSG_NOT_ROOT, FO_NS);
		fo_doc_free(doc);
		return NULL;
	}
	fo_style_t initial;
	fo_style_init(&initial);
	doc->root = node_new(&b, NULL, FO_K_ROOT, top);
	doc->root->style = style_of(&b, &initial, top);
	doc->root->id = fo_attr(doc->root, "id");
	build_children(&b, doc->root);
	build_root(&b, doc->root);
	check_ids(&b);
	free(b.ids);
	if (b.errors) {
		fo_doc_free(doc);
		return NULL;
	}
	return doc;
}

void fo_nodes_free(fo_node_t *n)
{
	/* Iterative over siblings, recursive over depth (bounded by libxml2). */
	while (n) {
		fo_node_t *next = n->next;
		fo_nodes_free(n->first);
		free(n);
		n = next;
	}
}

void fo_doc_free(fo_doc_t *doc)
{
	if (doc == NULL)
		return;
	fo_nodes_free(doc->root);
	for (size_t i = 0; i < doc->nspms; i++)
		free(doc->spms[i]);
	free(doc->spms);
	for (size_t i = 0; i < doc->npsms; i++) {
		for (size_t j = 0; j < doc->psms[i]->nsubs; j++)
			free(doc->psms[i]->subs[j].conds);
		free(doc->psms[i]->subs);
		free(doc->psms[i]);
	}
	free(doc->psms);
	for (size_t i = 0; i < doc->nseqs; i++)
		free(doc->seqs[i].statics);
	free(doc->seqs);
	for (size_t i = 0; i < doc->style_cap; i++)
		free(doc->styles[i]);
	free(doc->styles);
	free(doc->title);
	free(doc->author);
	free(doc->subject);
	free(doc->keywords);
	free(doc->language);
	free(doc);
}
