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

typedef enum fo_kind {
	FO_K_ROOT, FO_K_LAYOUT_MASTER_SET, FO_K_SIMPLE_PAGE_MASTER,
	FO_K_REGION_BODY, FO_K_REGION_BEFORE, FO_K_REGION_AFTER,
	FO_K_REGION_START, FO_K_REGION_END,
	FO_K_PAGE_SEQUENCE_MASTER, FO_K_SINGLE_MASTER_REF, FO_K_REPEATABLE_MASTER_REF,
	FO_K_REPEATABLE_ALTS, FO_K_CONDITIONAL_REF,
	FO_K_DECLARATIONS, FO_K_PAGE_SEQUENCE, FO_K_TITLE, FO_K_STATIC_CONTENT, FO_K_FLOW,
	FO_K_BLOCK, FO_K_INLINE, FO_K_WRAPPER, FO_K_CHARACTER,
	FO_K_PAGE_NUMBER, FO_K_CITATION, FO_K_CITATION_LAST,
	/* links, bookmarks, markers, containers, graphics (fo_nav, fo_marker,
	 * fo_container, fo_image) */
	FO_K_BASIC_LINK, FO_K_BOOKMARK_TREE, FO_K_BOOKMARK, FO_K_BOOKMARK_TITLE,
	FO_K_MARKER, FO_K_RETRIEVE_MARKER, FO_K_BLOCK_CONTAINER,
	FO_K_EXTERNAL_GRAPHIC, FO_K_INSTREAM_FOREIGN_OBJECT, FO_K_FOOTNOTE, FO_K_FOOTNOTE_BODY,
	/* tables, lists, leaders (fo_table, fo_list, fo_leader) */
	FO_K_TABLE, FO_K_TABLE_COLUMN, FO_K_TABLE_HEADER, FO_K_TABLE_FOOTER, FO_K_TABLE_BODY,
	FO_K_TABLE_ROW, FO_K_TABLE_CELL, FO_K_LIST_BLOCK, FO_K_LIST_ITEM, FO_K_LIST_LABEL,
	FO_K_LIST_BODY, FO_K_LEADER,
	FO_K_TEXT,          /* character data */
	FO_K_COUNT
} fo_kind_t;

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
	double extent;            /* before/after/start/end */
	int precedence;           /* before/after: true */
	fo_len_t margin[FO_SIDES];/* body */
	fo_node_t *node;
} fo_region_t;

typedef struct fo_spm {
	const char *name;
	double width, height;
	fo_len_t margin[FO_SIDES];
	fo_region_t region[FO_REGIONS];
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
