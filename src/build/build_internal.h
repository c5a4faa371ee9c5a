/*
 * build_internal: what the passes of the build (build.h) share — the
 * plan of documents and one entry per document.
 *
 * A build_plan_t owns its items and their strings; it borrows the model
 * and the options, which outlive it.  It holds no view: each is built,
 * digested and freed as the plan is made (so a plan of thousands of
 * documents stays small), and built again by the worker that renders
 * it (build_plan_view(): the same records give the same view).
 */
#ifndef LPDOC_BUILD_INTERNAL_H
#define LPDOC_BUILD_INTERNAL_H

#include <stddef.h>
#include <libxml/tree.h>

#include "../doc/doc_kind.h"
#include "../model/model.h"
#include "build.h"

/* The documents' kinds are the rows of doc/doc_kind.h (which give the
 * stylesheet, the view builder and the file name); compliance.txt, which
 * has no view, is the build's own. */
typedef enum build_kind {
	BUILD_MINUTES = DOC_MINUTES, BUILD_PACK = DOC_PACK, BUILD_REPORT = DOC_REPORT,
	BUILD_PERFORMANCE_PLAN = DOC_PERFORMANCE_PLAN, BUILD_DELIVERY_PLAN = DOC_DELIVERY_PLAN,
	BUILD_PROFORMAS = DOC_PROFORMAS, BUILD_AGREEMENT = DOC_AGREEMENT,
	BUILD_REVIEW_REGISTER = DOC_REVIEW_REGISTER, BUILD_COMPLIANCE_REPORT = DOC_COMPLIANCE_REPORT,
	BUILD_AGENDA = DOC_AGENDA,
	BUILD_COMPLIANCE_TEXT = DOC_NKINDS
} build_kind_t;

typedef enum build_state {
	BUILD_PENDING,           /* to be rendered */
	BUILD_UP_TO_DATE,        /* made from the same inputs before */
	BUILD_MADE,
	BUILD_FAILED,
	BUILD_WITHHELD           /* not compliant, and --strict */
} build_state_t;

typedef struct build_item {
	build_kind_t kind;
	char *title;             /* "Minutes: Executive Board, 18 September 2025" */
	char *file;              /* relative to the year folder: "minutes/eb-1.pdf" */
	const char *stylesheet;  /* the kind's (doc_kind()); NULL for
	                          * compliance.txt (no view) */
	/* what its view is made of, with the kind (build_plan_view()) */
	const model_meeting_t *meeting;    /* BUILD_MINUTES, BUILD_AGENDA */
	const model_term_t *term;          /* BUILD_PACK */
	int public_edition;                /* BUILD_MINUTES, BUILD_PACK */
	char *text;              /* compliance.txt's content */
	int not_compliant;       /* an error-level finding touches it */
	int published;           /* written for the public (public minutes and
	                          * packs, the annual report): never marked,
	                          * it states its findings in plain words */
	int marked;              /* carries the NOT COMPLIANT mark: not
	                          * compliant and not published */
	char digest[65];         /* SHA-256 of everything it is made from, hex */
	build_state_t state;
	size_t pages;
} build_item_t;

/* One line of a manifest: a file the last build made and from what. */
typedef struct build_entry {
	char digest[65];
	size_t pages;
	char content[65];        /* SHA-256 of the file as made, hex: a file
	                          * replaced since (by hand, or by another
	                          * build) is made again; "" for none known */
	char stamp[96];          /* the file's device, inode, size and times
	                          * then: while they are unchanged, content is
	                          * taken as the file's without reading it */
	char *file;
} build_entry_t;

/* A file name and the index of the manifest entry or item that has it;
 * sorted by file (then index), so the build finds one among thousands
 * without a scan. */
typedef struct build_file_ref {
	const char *file;
	size_t i;
} build_file_ref_t;

typedef struct build_plan {
	const build_options_t *opt;
	const model_t *m;
	const char *year_id;     /* the year folder's name */
	const model_academic_year_t *ay;   /* may be NULL */
	const model_financial_year_t *fy;  /* may be NULL */
	const model_term_t *term;          /* --term, else NULL */
	date_t today;
	char *root;              /* OUTDIR/<partnership>/<year> */
	char common[65];         /* digest of what every document shares */
	const model_member_t **schools;    /* those with a pro-forma */
	size_t nschools;
	char review_year[8];     /* the year the review register renews ("" none) */
	char **skipped;          /* "skipped FILE: why", documents the agreement
	                          * does not call for */
	size_t nskipped, capskipped;
	build_item_t *items;
	size_t n, cap;
	diag_t *findings;        /* the checker's, sorted */
	build_entry_t *old;      /* the last build's manifest */
	size_t nold;
	build_file_ref_t *old_by_file, *items_by_file;   /* see above */
	char **removed;          /* "removed FILE: why", for files of the last
	                          * build removed now */
	size_t nremoved, capremoved;
	/* A --term build: the minutes and packs the year's other terms call
	 * for (file names), which it keeps; any other minutes or pack the
	 * last build made and this one does not is no longer due. */
	char **elsewhere;
	size_t nelsewhere, capelsewhere;
	build_file_ref_t *elsewhere_by_file;
} build_plan_t;

/* build_plan.c: chooses the period and lists its documents with their
 * views (reported to d: an unknown year or term, a view that cannot be
 * built).  Returns NULL after an error that stops the whole build. */
build_plan_t *build_plan_new(const build_options_t *o, const model_t *m, diag_t *d);
void build_plan_free(build_plan_t *p);
/* The view of item it (which has a stylesheet), or NULL after reporting
 * to d why it cannot be built; the caller frees it. */
xmlDocPtr build_plan_view(const build_plan_t *p, const build_item_t *it, diag_t *d);

/* build_manifest.c */
/* Fills p->common: the digest of the lpdoc binary, the stylesheets and
 * the logo. */
void build_manifest_common(build_plan_t *p);
/* Fills it->digest from common, the item's file, stylesheet, mark and
 * text, and view (may be NULL), which it only reads. */
void build_manifest_digest(build_item_t *it, const char *common, xmlDocPtr view);
/* Marks items whose file exists and whose digest the manifest of the
 * last build has as BUILD_UP_TO_DATE (with the pages it recorded), and
 * removes files of the last build that the plan no longer has (a whole
 * year's build only) or withholds.  Problems go to d. */
void build_manifest_compare(build_plan_t *p, diag_t *d);
/* After build_manifest_compare(): writes the manifest of this build
 * (keeping entries the plan did not cover when it was a term's build).
 * Returns 0, or -1 after reporting. */
int build_manifest_save(const build_plan_t *p, diag_t *d);

#define BUILD_MANIFEST ".lpdoc-manifest"

#endif
