/* doc_kind: the table of document kinds (doc_kind.h). */
#include "doc_kind.h"

#include "../view/agenda.h"
#include "../view/compliance.h"
#include "../view/minutes.h"
#include "../view/pack.h"
#include "../view/plan.h"
#include "../view/proforma.h"
#include "../view/report.h"
#include "../view/review.h"

static xmlDocPtr minutes_view(const doc_kind_args_t *a, diag_t *d)
{
	(void)d;
	view_minutes_opt_t opt = { a->public_edition, a->today, a->today_given };
	return view_minutes_build(a->m, a->meeting, &opt);
}

static xmlDocPtr pack_view(const doc_kind_args_t *a, diag_t *d)
{
	(void)d;
	view_minutes_opt_t opt = { a->public_edition, a->today, a->today_given };
	return view_pack_build(a->m, a->term, &opt);
}

static xmlDocPtr report_view(const doc_kind_args_t *a, diag_t *d)
{
	return view_report_build(a->m, a->year, a->today, d);
}

static xmlDocPtr performance_plan_view(const doc_kind_args_t *a, diag_t *d)
{
	return view_performance_plan_build(a->m, a->year, a->today, d);
}

static xmlDocPtr delivery_plan_view(const doc_kind_args_t *a, diag_t *d)
{
	return view_plan_build(a->m, a->year, a->today, d);
}

static xmlDocPtr proformas_view(const doc_kind_args_t *a, diag_t *d)
{
	(void)d;
	return view_proforma_build(a->m, a->year, a->return_by, a->members, a->nmembers);
}

static xmlDocPtr agreement_view(const doc_kind_args_t *a, diag_t *d)
{
	return view_agreement_build(a->m, d);
}

static xmlDocPtr review_view(const doc_kind_args_t *a, diag_t *d)
{
	return view_review_build(a->m, a->year, a->today, d);
}

static xmlDocPtr compliance_view(const doc_kind_args_t *a, diag_t *d)
{
	(void)d;
	return view_compliance_build(a->m, a->today);
}

static xmlDocPtr agenda_view(const doc_kind_args_t *a, diag_t *d)
{
	view_agenda_opt_t opt = { a->public_edition, a->today };
	return view_agenda_build(a->m, a->meeting, &opt, d);
}

static xmlDocPtr interests_view(const doc_kind_args_t *a, diag_t *d)
{
	(void)d;
	return view_interests_build(a->m, a->body, a->today);
}

enum {
	OPTS_OUTPUT = DOC_OPT_TODAY | DOC_OPT_FO | DOC_OPT_VIEW
};

static const doc_kind_t doc_kinds[DOC_NKINDS] = {
	{ DOC_MINUTES, "minutes", "minutes.xsl", "minutes", 1, 1,
	  OPTS_OUTPUT | DOC_OPT_PUBLIC, minutes_view },
	{ DOC_PACK, "pack", "pack.xsl", "packs", 1, 1,
	  OPTS_OUTPUT | DOC_OPT_PUBLIC, pack_view },
	{ DOC_REPORT, "report", "report.xsl", "annual-report.pdf", 0, 0,
	  OPTS_OUTPUT | DOC_OPT_YEAR, report_view },
	{ DOC_PERFORMANCE_PLAN, "report", "report.xsl", "performance-plan.pdf", 0, 0,
	  OPTS_OUTPUT | DOC_OPT_YEAR, performance_plan_view },
	{ DOC_DELIVERY_PLAN, "plan", "plan.xsl", "delivery-plan.pdf", 0, 0,
	  OPTS_OUTPUT | DOC_OPT_YEAR, delivery_plan_view },
	{ DOC_PROFORMAS, "proforma", "proforma.xsl", "mou-proformas.pdf", 0, 0,
	  DOC_OPT_FO | DOC_OPT_YEAR, proformas_view },
	{ DOC_AGREEMENT, "agreement", "agreement.xsl", "agreement.pdf", 0, 0,
	  DOC_OPT_FO, agreement_view },
	{ DOC_REVIEW_REGISTER, "review", "review.xsl", "review-register.pdf", 0, 0,
	  OPTS_OUTPUT | DOC_OPT_YEAR, review_view },
	{ DOC_COMPLIANCE_REPORT, "compliance", "compliance.xsl", "compliance-report.pdf", 0, 0,
	  OPTS_OUTPUT, compliance_view },
	{ DOC_AGENDA, "agenda", "agenda.xsl", "agendas", 1, 1,
	  OPTS_OUTPUT | DOC_OPT_PUBLIC, agenda_view },
	{ DOC_INTERESTS, "interests", "interests.xsl", "register-of-interests.pdf", 0, 0,
	  OPTS_OUTPUT, interests_view },
};

const doc_kind_t *doc_kind(doc_kind_id_t id)
{
	return &doc_kinds[id];
}

int doc_kind_write(const doc_kind_t *k, xmlDocPtr view, const char *dir, const char *out,
                   int view_only, int fo_only, diag_t *d)
{
	if (view_only)
		return doc_save_xml(view, out, d);
	doc_t *doc = doc_open(k->stylesheet, dir, d);
	if (doc == NULL)
		return -1;
	doc_options_t opt;
	doc_options_init(&opt);
	opt.fo_only = fo_only;
	int rc = doc_write(doc, view, NULL, out, out, &opt, d, NULL);
	doc_close(doc);
	return rc;
}
