/* review: the annual review register (see review.h). */
#include "review.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../model/query.h"
#include "../util/xalloc.h"
#include "brand.h"
#include "proforma.h"
#include "vxml.h"

int view_review_default_year(const model_t *m, date_t on, char *out)
{
	model_review_dates_t w;
	if (model_review_latest(m, on, &w) != 0)
		return -1;
	snprintf(out, 8, "%s", w.next_fy);
	return 0;
}

int view_review_has_returns(const model_t *m, const char *year)
{
	const model_review_t *rv = model_review_register(m, year);
	return rv != NULL && rv->nreturns > 0;
}

/* The register's figures.  remain, withdraw and late count the returns of
 * the members the review asked, so asked = remain + withdraw + outstanding;
 * a return from a school that was not a member when the review opened is
 * listed (returned) and counted apart (unasked). */
typedef struct tally {
	unsigned asked, returned, remain, withdraw, late, outstanding, unasked;
	unsigned asked_schools;   /* of asked: the schools, the rest organisations */
} tally_t;

static void member_id_attrs(xmlNode *n, const model_member_t *s)
{
	vxml_attr(n, "member", s->id);
	vxml_attr(n, "name", s->name);
	vxml_attr(n, "urn", s->urn);
	vxml_attr(n, "kind", s->kind == MODEL_MEMBER_SCHOOL ? "school" : "organisation");
}

static void view_return(xmlNode *parent, const model_t *m, const model_return_t *ret,
                        const model_review_dates_t *w, tally_t *t)
{
	const model_member_t *s = ret->member;
	xmlNode *n = vxml_node(parent, "return");
	member_id_attrs(n, s);
	vxml_attr(n, "choice", ret->choice);
	vxml_date(n, "date", ret->date);
	vxml_person(n, "by", ret->by);
	int late = !ret->remain && w->notice_months && date_cmp(ret->date, w->notice_by) > 0;
	vxml_yesno(n, "late", late);
	vxml_yesno(n, "after-return-by", date_is_set(w->return_by) && date_cmp(ret->date, w->return_by) > 0);
	int asked = model_member_is_member(m, s, w->opens);
	vxml_yesno(n, "asked", asked);
	t->returned++;
	if (!asked) {
		t->unasked++;
		return;
	}
	t->remain += (unsigned)ret->remain;
	t->withdraw += (unsigned)!ret->remain;
	t->late += (unsigned)late;
}

static void view_contact(xmlNode *parent, const char *role, const model_person_t *p)
{
	if (p == NULL)
		return;
	xmlNode *n = vxml_node(parent, "contact");
	vxml_attr(n, "role", role);
	vxml_attr(n, "name", p->name);
	vxml_attr(n, "job", p->job);
	vxml_attr(n, "email", p->email);
}

/* A school's headteacher and chair; an organisation's people (or a
 * school's, when neither is recorded). */
static void view_contacts(xmlNode *n, const model_t *m, const model_member_t *s)
{
	view_contact(n, "Headteacher", s->headteacher);
	view_contact(n, "Chair of governors", s->chair);
	if (s->headteacher || s->chair)
		return;
	const model_records_t *r = model_records(m);
	for (size_t i = 0; i < r->npeople; i++)
		if (r->people[i]->org == s)
			view_contact(n, r->people[i]->job ? r->people[i]->job : "Contact", r->people[i]);
}

static void view_outstanding(xmlNode *parent, const model_t *m, const model_review_dates_t *w,
                             tally_t *t)
{
	const model_records_t *r = model_records(m);
	xmlNode *list = vxml_node(parent, "outstanding");
	for (int kind = MODEL_MEMBER_SCHOOL; kind >= MODEL_MEMBER_ORGANISATION; kind--)
		for (size_t i = 0; i < r->nmembers; i++) {
			const model_member_t *s = r->members[i];
			if ((int)s->kind != kind || !model_member_is_member(m, s, w->opens))
				continue;
			t->asked++;
			t->asked_schools += (unsigned)(s->kind == MODEL_MEMBER_SCHOOL);
			if (model_member_return(s, w->next_fy))
				continue;
			xmlNode *n = vxml_node(list, "member");
			member_id_attrs(n, s);
			vxml_attr(n, "address", s->address);
			view_contacts(n, m, s);
			t->outstanding++;
		}
}

static void view_tally(xmlNode *n, const tally_t *t)
{
	vxml_uint(n, "asked", t->asked);
	vxml_uint(n, "asked-schools", t->asked_schools);
	vxml_uint(n, "asked-organisations", t->asked - t->asked_schools);
	vxml_uint(n, "returned", t->returned);
	vxml_uint(n, "remain", t->remain);
	vxml_uint(n, "withdraw", t->withdraw);
	vxml_uint(n, "late", t->late);
	vxml_uint(n, "outstanding", t->outstanding);
	vxml_uint(n, "unasked", t->unasked);
}

xmlDocPtr view_review_build(const model_t *m, const char *year, date_t today, diag_t *d)
{
	const model_records_t *r = model_records(m);
	view_review_t rv;
	char latest[8] = "";
	if (year == NULL && view_review_default_year(m, today, latest) == 0)
		year = latest;
	if (year == NULL || view_review_compute(m, today, year, &rv) != 0) {
		diag_add(d, DIAG_ERROR, r->agreement.pos.file, r->agreement.pos.line,
		         r->agreement.pos.col, NULL, "'%s' is not a financial year the annual review of "
		         "\"%s\" renews (write it as 2026-27)", year ? year : "", r->agreement.title);
		return NULL;
	}
	xmlNode *root;
	xmlDocPtr doc = vxml_doc_new("review-register", &root);
	vxml_date(root, "as-of", view_as_of(m));
	vxml_date(root, "today", today);
	vxml_attr(root, "agreement", r->agreement.title);
	vxml_yesno(root, "return-date-passed", date_cmp(today, rv.when.return_by) > 0);
	vxml_yesno(root, "notice-date-passed",
	           date_is_set(rv.when.notice_by) && date_cmp(today, rv.when.notice_by) > 0);
	view_brand(root, m);
	view_review_node(root, m, &rv);
	xmlNode *tally = vxml_node(root, "tally");
	tally_t t = { 0 };
	xmlNode *returned = vxml_node(root, "returned");
	const model_review_t *reg = model_review_register(m, rv.when.next_fy);
	for (size_t i = 0; reg && i < reg->nreturns; i++)
		view_return(returned, m, reg->returns[i], &rv.when, &t);
	view_outstanding(root, m, &rv.when, &t);
	view_tally(tally, &t);
	return doc;
}
