/*
 * doc_kind: the one table of the documents lpdoc makes.  A row says, for
 * one kind of document, the command that makes it, its view builder, its
 * stylesheet, the file `lpdoc build` gives it, whether it has a public
 * edition beside the members' one, and which of the shared options
 * (cli/cli.h: cli_doc_parse()) its command takes.  The commands (cli/),
 * `lpdoc build` and its manifest (build/) all read it; adding a document
 * kind is one row here, one view builder (view/) and one stylesheet.
 *
 * This is the one file of doc/ that knows view/ (and so model/): the
 * table's builders call the view builders.  The rows are constant; the
 * table owns nothing and borrows nothing.
 */
#ifndef LPDOC_DOC_DOC_KIND_H
#define LPDOC_DOC_DOC_KIND_H

#include <stddef.h>
#include <libxml/tree.h>

#include "../model/model.h"
#include "../util/date.h"
#include "../util/diag.h"
#include "doc.h"

typedef enum doc_kind_id {
	DOC_MINUTES, DOC_PACK, DOC_REPORT, DOC_PERFORMANCE_PLAN, DOC_DELIVERY_PLAN,
	DOC_PROFORMAS, DOC_AGREEMENT, DOC_REVIEW_REGISTER, DOC_COMPLIANCE_REPORT, DOC_AGENDA,
	DOC_INTERESTS,
	DOC_NKINDS
} doc_kind_id_t;

/* The shared options a kind's command takes (-o and -h every one does). */
enum {
	DOC_OPT_TODAY = 1u << 0,    /* --today DATE */
	DOC_OPT_FO = 1u << 1,       /* --fo */
	DOC_OPT_VIEW = 1u << 2,     /* --view (excludes --fo) */
	DOC_OPT_PUBLIC = 1u << 3,   /* --public */
	DOC_OPT_YEAR = 1u << 4      /* --year Y */
};

/* What one document's view is made of; a builder reads the fields its
 * kind names and ignores the others.  Everything is borrowed. */
typedef struct doc_kind_args {
	const model_t *m;
	const model_meeting_t *meeting;           /* DOC_MINUTES, DOC_AGENDA */
	const model_body_t *body;                 /* DOC_INTERESTS (NULL: every body) */
	const model_term_t *term;                 /* DOC_PACK */
	const char *year;                         /* the yearly ones, review, pro-formas (NULL: the next) */
	const model_member_t *const *members;     /* DOC_PROFORMAS */
	size_t nmembers;
	date_t return_by;                         /* DOC_PROFORMAS: --return-by (unset:
	                                           * the review's own date) */
	date_t today;
	int public_edition;                       /* DOC_MINUTES, DOC_PACK, DOC_AGENDA */
	int today_given;                          /* today was given (--today): a pack
	                                           * is as at it, else as at its term's end */
} doc_kind_args_t;

typedef struct doc_kind {
	doc_kind_id_t id;
	const char *command;      /* the lpdoc command that makes it: "minutes" */
	const char *stylesheet;   /* "minutes.xsl" */
	/* lpdoc build's file: the name in the year folder, or for a kind made
	 * once a meeting or term, the folder ("minutes/ID.pdf") */
	const char *file;
	int per_item;             /* file is a folder of one file per meeting or term */
	int public_edition;       /* a public edition beside the members' one */
	unsigned options;         /* DOC_OPT_* its command takes */
	/* The view, or NULL after reporting to d (a year without records). */
	xmlDocPtr (*build)(const doc_kind_args_t *a, diag_t *d);
} doc_kind_t;

/* The row of kind id (id < DOC_NKINDS). */
const doc_kind_t *doc_kind(doc_kind_id_t id);

/* What a command writes of a view of kind k: the view itself (view_only),
 * else through k's stylesheet the XSL-FO (fo_only) or the PDF, to
 * out ("-": standard output); dir is the partnership folder the
 * stylesheet may read.  Returns 0, or -1 after reporting. */
int doc_kind_write(const doc_kind_t *k, xmlDocPtr view, const char *dir, const char *out,
                   int view_only, int fo_only, diag_t *d);

#endif
