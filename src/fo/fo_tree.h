/*
 * fo_tree: the formatting-object tree built from an XSL-FO libxml2
 * document, with every node's computed style, plus the layout-master-set
 * (page masters and page-sequence masters) and the document metadata.
 *
 * fo_doc_t owns every node and master; nodes point into the xmlDoc for
 * their text and attribute strings, so the xmlDoc must outlive the
 * fo_doc_t.  Building reports unknown elements and properties once each
 * (warnings) and structural errors (no layout-master-set, unknown
 * master-reference, a page-sequence without fo:flow) as errors.
 */
#ifndef LPDOC_FO_TREE_H
#define LPDOC_FO_TREE_H

#include <libxml/tree.h>

#include "fo_props.h"
#include "../util/diag.h"

#define FO_NS "http://www.w3.org/1999/XSL/Format"
#define FOX_NS "http://xmlgraphics.apache.org/fop/extensions"  /* FOP's extensions */

/* Every FO element lpdoc reads: X(KIND, "element name"), giving the enum
 * below and fo_tree.c's name table from one list. */
#define FO_ELEMENTS(X) \
	X(ROOT, "root") X(LAYOUT_MASTER_SET, "layout-master-set") \
	X(SIMPLE_PAGE_MASTER, "simple-page-master") X(REGION_BODY, "region-body") \
	X(REGION_BEFORE, "region-before") X(REGION_AFTER, "region-after") \
	X(REGION_START, "region-start") X(REGION_END, "region-end") \
	X(PAGE_SEQUENCE_MASTER, "page-sequence-master") \
	X(SINGLE_MASTER_REF, "single-page-master-reference") \
	X(REPEATABLE_MASTER_REF, "repeatable-page-master-reference") \
	X(REPEATABLE_ALTS, "repeatable-page-master-alternatives") \
	X(CONDITIONAL_REF, "conditional-page-master-reference") \
	X(DECLARATIONS, "declarations") X(PAGE_SEQUENCE, "page-sequence") X(TITLE, "title") \
	X(STATIC_CONTENT, "static-content") X(FLOW, "flow") X(BLOCK, "block") \
	X(INLINE, "inline") X(WRAPPER, "wrapper") X(CHARACTER, "character") \
	X(PAGE_NUMBER, "page-number") X(CITATION, "page-number-citation") \
	X(CITATION_LAST, "page-number-citation-last") \
	/* change bars (fo_changebar) */ \
	X(CHANGE_BAR_BEGIN, "change-bar-begin") X(CHANGE_BAR_END, "change-bar-end") \
	/* links, bookmarks, markers, containers, graphics (fo_nav, fo_marker, \
	 * fo_container, fo_image) */ \
	X(BASIC_LINK, "basic-link") X(BOOKMARK_TREE, "bookmark-tree") X(BOOKMARK, "bookmark") \
	X(BOOKMARK_TITLE, "bookmark-title") X(MARKER, "marker") \
	X(RETRIEVE_MARKER, "retrieve-marker") X(BLOCK_CONTAINER, "block-container") \
	X(RETRIEVE_TABLE_MARKER, "retrieve-table-marker") \
	X(EXTERNAL_GRAPHIC, "external-graphic") \
	X(INSTREAM_FOREIGN_OBJECT, "instream-foreign-object") X(FOOTNOTE, "footnote") \
	X(FOOTNOTE_BODY, "footnote-body") \
	/* tables, lists, leaders (fo_table, fo_list, fo_leader) */ \
	X(TABLE, "table") X(TABLE_COLUMN, "table-column") X(TABLE_HEADER, "table-header") \
	X(TABLE_FOOTER, "table-footer") X(TABLE_BODY, "table-body") X(TABLE_ROW, "table-row") \
	X(TABLE_CELL, "table-cell") X(LIST_BLOCK, "list-block") X(LIST_ITEM, "list-item") \
	X(LIST_LABEL, "list-item-label") X(LIST_BODY, "list-item-body") X(LEADER, "leader") \
	X(TABLE_AND_CAPTION, "table-and-caption") X(TABLE_CAPTION, "table-caption") \
	X(FLOAT, "float") X(INLINE_CONTAINER, "inline-container") \
	/* right to left (fo_bidi) */ \
	X(BIDI_OVERRIDE, "bidi-override")

#define FO_K_ENUM(kind, name) FO_K_##kind,
typedef enum fo_kind {
	FO_ELEMENTS(FO_K_ENUM)
	FO_K_TEXT,          /* character data */
	FO_K_COUNT
} fo_kind_t;
#undef FO_K_ENUM

typedef struct fo_node fo_node_t;
struct fo_node {
	fo_kind_t kind;
	xmlNode *xml;             /* the element or text node */
	fo_node_t *parent, *first, *last, *next;
	const fo_style_t *style;  /* shared, owned by the doc; NULL for FO_K_TEXT */
	const char *id;           /* the id property, in the xmlDoc */
	const char *text;         /* FO_K_TEXT: the content, in the xmlDoc */
	size_t text_len;
	unsigned line, col;
};

/* Regions of a simple-page-master, in this order. */
enum { FO_REG_BODY, FO_REG_BEFORE, FO_REG_AFTER, FO_REG_START, FO_REG_END, FO_REGIONS };

typedef struct fo_region {
	int present;
	const char *name;         /* region-name */
	fo_len_t extent;          /* before/after/start/end; % of the turned page */
	int precedence;           /* before/after: true */
	fo_len_t margin[FO_SIDES];/* body */
	int columns;              /* body: column-count (1 or more) */
	double column_gap;        /* body: column-gap, points */
	int orient;               /* reference-orientation: 0, 90, 180, 270 */
	fo_node_t *node;
} fo_region_t;

typedef struct fo_spm {
	const char *name;
	double width, height;
	fo_len_t margin[FO_SIDES];
	fo_region_t region[FO_REGIONS];
	int orient;               /* reference-orientation: 0, 90, 180, 270 */
	fo_node_t *node;
} fo_spm_t;

typedef enum fo_pos { FO_POS_ANY, FO_POS_FIRST, FO_POS_REST, FO_POS_LAST, FO_POS_ONLY } fo_pos_t;
typedef enum fo_parity { FO_PAR_ANY, FO_PAR_ODD, FO_PAR_EVEN } fo_parity_t;
typedef enum fo_blank { FO_BLANK_ANY, FO_BLANK_BLANK, FO_BLANK_NOT } fo_blank_t;

typedef struct fo_cond {
	const fo_spm_t *master;
	fo_pos_t position;
	fo_parity_t parity;
	fo_blank_t blank;
} fo_cond_t;

typedef enum fo_sub_kind { FO_SUB_SINGLE, FO_SUB_REPEATABLE, FO_SUB_ALTS } fo_sub_kind_t;

typedef struct fo_subseq {
	fo_sub_kind_t kind;
	int max_repeats;          /* -1: no limit */
	const fo_spm_t *master;   /* single / repeatable */
	fo_cond_t *conds;         /* alternatives */
	size_t nconds;
} fo_subseq_t;

typedef struct fo_psm {
	const char *name;
	fo_subseq_t *subs;
	size_t nsubs;
} fo_psm_t;

typedef enum fo_force { FO_FORCE_AUTO, FO_FORCE_EVEN, FO_FORCE_ODD, FO_FORCE_END_EVEN,
	FO_FORCE_END_ODD, FO_FORCE_NONE } fo_force_t;

typedef enum fo_numfmt { FO_FMT_DECIMAL, FO_FMT_ROMAN_LOWER, FO_FMT_ROMAN_UPPER,
	FO_FMT_ALPHA_LOWER, FO_FMT_ALPHA_UPPER } fo_numfmt_t;

typedef struct fo_pseq {
	fo_node_t *node;
	const fo_spm_t *spm;      /* when master-reference names a simple master */
	const fo_psm_t *psm;      /* or a page-sequence-master */
	int initial;              /* initial-page-number; 0 auto, -1 auto-odd, -2 auto-even */
	fo_force_t force;
	fo_numfmt_t format;
	int digits;               /* zero padding of decimal format ("01" is 2) */
	fo_node_t *flow;
	fo_node_t **statics;      /* static-content children */
	size_t nstatics;
	const char *title;
} fo_pseq_t;

typedef struct fo_doc {
	const char *file;         /* name used in messages */
	fo_node_t *root;
	fo_spm_t **spms;
	size_t nspms, spm_cap;
	fo_psm_t **psms;
	size_t npsms, psm_cap;
	fo_pseq_t *seqs;
	size_t nseqs, seq_cap;
	/* metadata (strings owned by the doc) */
	char *title, *author, *subject, *keywords, *language;
	size_t nnodes;
	/* computed styles, interned: most objects share one */
	fo_style_t **styles;
	size_t nstyles, style_cap;
} fo_doc_t;

/* Builds the tree.  Returns NULL when errors were reported to d. */
fo_doc_t *fo_doc_build(xmlDocPtr xml, const char *file, diag_t *d);
void fo_doc_free(fo_doc_t *doc);

/* The text of an attribute of an FO element (no namespace), or NULL. */
const char *fo_attr(const fo_node_t *n, const char *name);
/* The text of n's attribute name of FOP's extension namespace (fox:), or
 * NULL. */
const char *fo_attr_fox(const fo_node_t *n, const char *name);
/* n's reference-orientation as 0, 90, 180 or 270 (-90 is 270...); 0 when
 * absent or not a multiple of 90. */
int fo_orientation(const fo_node_t *n);
/* The text content of x with white space collapsed (titles); the caller
 * frees it. */
char *fo_node_text(xmlNode *x);
/* Appends n to parent's children (nothing when parent is NULL). */
void fo_node_append(fo_node_t *parent, fo_node_t *n);
/* Frees n, its following siblings and their descendants (copies of nodes
 * made outside the tree, e.g. retrieved markers). */
void fo_nodes_free(fo_node_t *n);
/* The name of a kind, e.g. "block". */
const char *fo_kind_name(fo_kind_t k);
/* Block-level kinds (those that stack in a flow). */
int fo_kind_is_block(fo_kind_t k);

#endif
