/* fields: the tables of flat records (see fields.h). */
#include "fields.h"

#define ID(type, kind_)           { "id", MODEL_FIELD_ID, offsetof(type, id), 0, kind_, 0, NULL }
#define TEXT(type, attr, m)       { attr, MODEL_FIELD_TEXT, offsetof(type, m), 0, 0, 0, NULL }
#define YEAR(type, attr, m)       { attr, MODEL_FIELD_YEAR, offsetof(type, m), 0, 0, 0, NULL }
#define DATE(type, attr, m)       { attr, MODEL_FIELD_DATE, offsetof(type, m), 0, 0, 0, NULL }
#define MONEY(type, attr, m)      { attr, MODEL_FIELD_MONEY, offsetof(type, m), 0, 0, 0, NULL }
/* money that may be below zero (dflt 1: signed) */
#define MONEY_SIGNED(type, attr, m) { attr, MODEL_FIELD_MONEY, offsetof(type, m), 0, 0, 1, NULL }
#define UINT(type, attr, m)       { attr, MODEL_FIELD_UINT, offsetof(type, m), 0, 0, 0, NULL }
#define YESNO(type, attr, m, d)   { attr, MODEL_FIELD_YESNO, offsetof(type, m), 0, 0, d, NULL }
#define REF(type, attr, m, p, k)  { attr, MODEL_FIELD_REF, offsetof(type, m), offsetof(type, p), k, 0, NULL }
#define CLAUSE(type)              { "clause", MODEL_FIELD_CLAUSE, 0, offsetof(type, clause), 0, 0, NULL }
#define CONTENT(type, m)          { "", MODEL_FIELD_CONTENT, offsetof(type, m), 0, 0, 0, NULL }
#define ENUM(type, attr, m, n, d) { attr, MODEL_FIELD_ENUM, offsetof(type, m), 0, 0, d, n }
#define KIND(name, element, type, table) \
	const model_record_kind_t name = { element, sizeof(type), table, sizeof table / sizeof table[0], \
	                                   { NULL, NULL, 0, 0 } }
/* A kind whose dates from and to (attributes named as the members) must be in order. */
#define KIND_SPAN(name, element, type, table, from, to) \
	const model_record_kind_t name = { element, sizeof(type), table, sizeof table / sizeof table[0], \
	                                   { #from, #to, offsetof(type, from), offsetof(type, to) } }

/* A year's id is its name, "2025-26"; the calendar defines it once its
 * span is read. */
static const model_field_t academic_year_fields[] = {
	YEAR(model_academic_year_t, "id", id),
};
KIND(model_record_academic_year, "academic-year", model_academic_year_t, academic_year_fields);

static const model_field_t financial_year_fields[] = {
	YEAR(model_financial_year_t, "id", id),
};
KIND(model_record_financial_year, "financial-year", model_financial_year_t, financial_year_fields);

static const model_field_t fund_fields[] = {
	ID(model_fund_t, MODEL_ID_FUND), TEXT(model_fund_t, "name", name),
	MONEY(model_fund_t, "total", total), DATE(model_fund_t, "from", from),
	DATE(model_fund_t, "to", to),
	REF(model_fund_t, "provider", provider_id, provider, MODEL_ID_MEMBER), CLAUSE(model_fund_t),
};
KIND_SPAN(model_record_fund, "fund", model_fund_t, fund_fields, from, to);

static const model_field_t commitment_fields[] = {
	ID(model_commitment_t, MODEL_ID_COMMITMENT),
	REF(model_commitment_t, "from", from_id, from, MODEL_ID_MEMBER),
	MONEY(model_commitment_t, "amount", amount), TEXT(model_commitment_t, "per", per),
	UINT(model_commitment_t, "years", years),
	REF(model_commitment_t, "fund", fund_id, fund, MODEL_ID_FUND),
	TEXT(model_commitment_t, "purpose", purpose), CLAUSE(model_commitment_t),
};
KIND(model_record_commitment, "commitment", model_commitment_t, commitment_fields);

static const model_field_t balance_fields[] = {
	YEAR(model_balance_t, "year", year), MONEY_SIGNED(model_balance_t, "opening", opening),
};
KIND(model_record_balance, "balance", model_balance_t, balance_fields);

static const model_field_t budget_fields[] = {
	YEAR(model_budget_t, "year", year), DATE(model_budget_t, "approved", approved),
	REF(model_budget_t, "approved-at", approved_at_id, approved_at, MODEL_ID_MEETING),
};
KIND(model_record_budget, "budget", model_budget_t, budget_fields);

static const model_field_t line_fields[] = {
	ID(model_budget_line_t, MODEL_ID_BUDGET_LINE), TEXT(model_budget_line_t, "name", name),
	REF(model_budget_line_t, "priority", priority_id, priority, MODEL_ID_PRIORITY),
	REF(model_budget_line_t, "commitment", commitment_id, commitment, MODEL_ID_COMMITMENT),
	MONEY(model_budget_line_t, "amount", amount),
};
KIND(model_record_budget_line, "line", model_budget_line_t, line_fields);

static const model_field_t income_fields[] = {
	ID(model_income_t, MODEL_ID_INCOME), DATE(model_income_t, "date", date),
	TEXT(model_income_t, "source", source),
	REF(model_income_t, "from", from_id, from, MODEL_ID_MEMBER),
	REF(model_income_t, "fund", fund_id, fund, MODEL_ID_FUND),
	REF(model_income_t, "commitment", commitment_id, commitment, MODEL_ID_COMMITMENT),
	MONEY(model_income_t, "amount", amount), TEXT(model_income_t, "description", description),
};
KIND(model_record_income, "income", model_income_t, income_fields);

static const model_field_t expenditure_fields[] = {
	ID(model_expenditure_t, MODEL_ID_EXPENDITURE), DATE(model_expenditure_t, "date", date),
	REF(model_expenditure_t, "line", line_id, line, MODEL_ID_BUDGET_LINE),
	MONEY(model_expenditure_t, "amount", amount), TEXT(model_expenditure_t, "payee", payee),
	REF(model_expenditure_t, "ceo-decision", ceo_decision_id, ceo_decision, MODEL_ID_CEO_DECISION),
	TEXT(model_expenditure_t, "description", description),
	REF(model_expenditure_t, "decision", decision_id, decision, MODEL_ID_DECISION),
};
KIND(model_record_expenditure, "expenditure", model_expenditure_t, expenditure_fields);

static const model_field_t ceo_decision_fields[] = {
	ID(model_ceo_decision_t, MODEL_ID_CEO_DECISION), DATE(model_ceo_decision_t, "date", date),
	REF(model_ceo_decision_t, "by", by_id, by, MODEL_ID_PERSON),
	MONEY(model_ceo_decision_t, "amount", amount), TEXT(model_ceo_decision_t, "purpose", purpose),
	REF(model_ceo_decision_t, "line", line_id, line, MODEL_ID_BUDGET_LINE),
	REF(model_ceo_decision_t, "reported-at", reported_at_id, reported_at, MODEL_ID_MEETING),
};
KIND(model_record_ceo_decision, "ceo-decision", model_ceo_decision_t, ceo_decision_fields);

static const model_field_t grant_fields[] = {
	ID(model_grant_t, MODEL_ID_GRANT),
	REF(model_grant_t, "school", school_id, school, MODEL_ID_MEMBER),
	REF(model_grant_t, "fund", fund_id, fund, MODEL_ID_FUND),
	MONEY(model_grant_t, "amount", amount), DATE(model_grant_t, "awarded", awarded),
	REF(model_grant_t, "decided-at", decided_at_id, decided_at, MODEL_ID_MEETING),
	TEXT(model_grant_t, "purpose", purpose),
};
KIND(model_record_grant, "grant", model_grant_t, grant_fields);

static const model_field_t credit_fields[] = {
	ID(model_credit_t, MODEL_ID_CREDIT),
	REF(model_credit_t, "school", school_id, school, MODEL_ID_MEMBER),
	DATE(model_credit_t, "date", date), TEXT(model_credit_t, "days", days),
	REF(model_credit_t, "supported", supported_id, supported, MODEL_ID_MEMBER),
	TEXT(model_credit_t, "description", description),
};
KIND(model_record_credit, "credit", model_credit_t, credit_fields);

static const model_field_t inspection_fields[] = {
	REF(model_inspection_t, "school", school_id, school, MODEL_ID_MEMBER),
	DATE(model_inspection_t, "date", date), TEXT(model_inspection_t, "outcome", outcome),
};
KIND(model_record_inspection, "inspection", model_inspection_t, inspection_fields);

static const model_field_t direction_fields[] = {
	REF(model_direction_t, "school", school_id, school, MODEL_ID_MEMBER),
	DATE(model_direction_t, "date", date), TEXT(model_direction_t, "travel", travel),
};
KIND(model_record_direction, "direction", model_direction_t, direction_fields);

static const model_field_t measure_fields[] = {
	ID(model_measure_t, MODEL_ID_MEASURE), TEXT(model_measure_t, "name", name),
	TEXT(model_measure_t, "unit", unit),
	REF(model_measure_t, "priority", priority_id, priority, MODEL_ID_PRIORITY),
	YESNO(model_measure_t, "higher-is-better", higher_is_better, 1),
	TEXT(model_measure_t, "computed", computed),
};
KIND(model_record_measure, "measure", model_measure_t, measure_fields);

static const model_field_t value_fields[] = {
	YEAR(model_measure_value_t, "year", year), TEXT(model_measure_value_t, "actual", actual),
	TEXT(model_measure_value_t, "target", target),
};
KIND(model_record_measure_value, "value", model_measure_value_t, value_fields);

static const model_field_t subscription_fields[] = {
	YEAR(model_subscription_t, "year", year), MONEY(model_subscription_t, "amount", amount),
	DATE(model_subscription_t, "paid", paid),
};
KIND(model_record_subscription, "subscription", model_subscription_t, subscription_fields);

static const model_field_t mou_fields[] = {
	DATE(model_mou_t, "signed", signed_on),
	REF(model_mou_t, "signatory", signatory_id, signatory, MODEL_ID_PERSON),
	TEXT(model_mou_t, "signatory-name", signatory_name), TEXT(model_mou_t, "position", position),
};
KIND(model_record_mou, "mou", model_mou_t, mou_fields);

static const model_field_t review_fields[] = {
	YEAR(model_review_t, "year", year),
};
KIND(model_record_review, "review", model_review_t, review_fields);

static const model_field_t return_fields[] = {
	REF(model_return_t, "member", member_id, member, MODEL_ID_MEMBER),
	DATE(model_return_t, "date", date), TEXT(model_return_t, "choice", choice),
	REF(model_return_t, "by", by_id, by, MODEL_ID_PERSON),
};
KIND(model_record_return, "return", model_return_t, return_fields);

static const model_field_t holding_fields[] = {
	REF(model_holding_t, "body", body_id, body, MODEL_ID_BODY),
	TEXT(model_holding_t, "seat", seat_id),
	DATE(model_holding_t, "from", from), DATE(model_holding_t, "to", to),
	REF(model_holding_t, "nominated-by", nominated_by_id, nominated_by, MODEL_ID_MEMBER),
};
KIND_SPAN(model_record_holding, "seat", model_holding_t, holding_fields, from, to);

static const model_field_t office_fields[] = {
	TEXT(model_office_t, "title", title),
	REF(model_office_t, "body", body_id, body, MODEL_ID_BODY),
	DATE(model_office_t, "from", from), DATE(model_office_t, "to", to),
};
KIND_SPAN(model_record_office, "office", model_office_t, office_fields, from, to);

static const model_field_t interest_fields[] = {
	DATE(model_interest_t, "declared", declared), CONTENT(model_interest_t, text),
};
KIND(model_record_interest, "interest", model_interest_t, interest_fields);

static const model_field_t paper_fields[] = {
	TEXT(model_paper_t, "kind", kind), TEXT(model_paper_t, "title", title),
	REF(model_paper_t, "by", by_id, by, MODEL_ID_PERSON),
	YEAR(model_paper_t, "year", year), TEXT(model_paper_t, "file", file),
	REF(model_paper_t, "body", body_id, body, MODEL_ID_BODY),
};
KIND(model_record_paper, "paper", model_paper_t, paper_fields);

static const model_field_t milestone_fields[] = {
	ID(model_milestone_t, MODEL_ID_MILESTONE), DATE(model_milestone_t, "due", due),
	DATE(model_milestone_t, "done", done), CLAUSE(model_milestone_t),
	CONTENT(model_milestone_t, text),
};
KIND(model_record_milestone, "milestone", model_milestone_t, milestone_fields);

static const model_field_t contribution_fields[] = {
	REF(model_contribution_t, "party", party_id, party, MODEL_ID_PARTY),
	MONEY(model_contribution_t, "amount", amount),
};
KIND(model_record_contribution, "contribution", model_contribution_t, contribution_fields);

/* ENUM fields are read and written as int. */
_Static_assert(sizeof(model_meeting_kind_t) == sizeof(int), "enum size");
_Static_assert(sizeof(model_meeting_status_t) == sizeof(int), "enum size");
_Static_assert(sizeof(model_action_status_t) == sizeof(int), "enum size");
_Static_assert(sizeof(model_body_kind_t) == sizeof(int), "enum size");
_Static_assert(sizeof(model_report_at_t) == sizeof(int), "enum size");

static const model_field_t partnership_fields[] = {
	TEXT(model_records_t, "id", id), TEXT(model_records_t, "name", name),
	TEXT(model_records_t, "short-name", short_name), TEXT(model_records_t, "legal-form", legal_form),
	TEXT(model_records_t, "company-number", company_number),
	DATE(model_records_t, "founded", founded), DATE(model_records_t, "as-of", as_of),
};
KIND(model_record_partnership, "partnership", model_records_t, partnership_fields);

static const model_field_t branding_fields[] = {
	TEXT(model_records_t, "logo", logo), TEXT(model_records_t, "logo-alt", logo_alt),
	TEXT(model_records_t, "primary-colour", primary_colour),
	TEXT(model_records_t, "accent-colour", accent_colour), TEXT(model_records_t, "website", website),
};
KIND(model_record_branding, "branding", model_records_t, branding_fields);

static const model_field_t agreement_fields[] = {
	TEXT(model_agreement_t, "title", title), TEXT(model_agreement_t, "short", short_name),
	TEXT(model_agreement_t, "kind", kind), TEXT(model_agreement_t, "return-to", return_to),
	TEXT(model_agreement_t, "return-email", return_email),
	DATE(model_agreement_t, "date", date), DATE(model_agreement_t, "return-by", return_by),
};
KIND(model_record_agreement, "agreement", model_agreement_t, agreement_fields);

static const model_field_t report_fields[] = {
	TEXT(model_report_t, "paper", paper),
	ENUM(model_report_t, "at", at, model_report_at_names, MODEL_REPORT_EACH_MEETING),
	TEXT(model_report_t, "to", to), CLAUSE(model_report_t),
};
KIND(model_record_report, "report", model_report_t, report_fields);

static const model_field_t party_fields[] = {
	ID(model_party_t, MODEL_ID_PARTY), REF(model_party_t, "org", org_id, org, MODEL_ID_MEMBER),
	TEXT(model_party_t, "short", short_name),
};
KIND(model_record_party, "party", model_party_t, party_fields);

static const model_field_t meeting_fields[] = {
	ID(model_meeting_t, MODEL_ID_MEETING),
	REF(model_meeting_t, "body", body_id, body, MODEL_ID_BODY),
	DATE(model_meeting_t, "date", date), TEXT(model_meeting_t, "venue", venue),
	ENUM(model_meeting_t, "kind", kind, model_meeting_kind_names, MODEL_MEETING_ORDINARY),
	TEXT(model_meeting_t, "reason", reason), DATE(model_meeting_t, "notice", notice),
	ENUM(model_meeting_t, "status", status, model_meeting_status_names, MODEL_MEETING_HELD),
};
KIND(model_record_meeting, "meeting", model_meeting_t, meeting_fields);

static const model_field_t item_fields[] = {
	ID(model_item_t, MODEL_ID_ITEM), TEXT(model_item_t, "minute", minute),
	TEXT(model_item_t, "title", title), YESNO(model_item_t, "confidential", confidential, 0),
	REF(model_item_t, "presenter", presenter_id, presenter, MODEL_ID_PERSON),
	TEXT(model_item_t, "purpose", purpose),
};
KIND(model_record_item, "item", model_item_t, item_fields);

static const model_field_t declaration_fields[] = {
	REF(model_declaration_t, "person", person_id, person, MODEL_ID_PERSON),
	REF(model_declaration_t, "item", item_id, item, MODEL_ID_ITEM),
	CONTENT(model_declaration_t, text),
};
KIND(model_record_declaration, "declaration", model_declaration_t, declaration_fields);

static const model_field_t decision_fields[] = {
	ID(model_decision_t, MODEL_ID_DECISION), UINT(model_decision_t, "for", votes_for),
	UINT(model_decision_t, "against", votes_against),
	UINT(model_decision_t, "abstain", votes_abstain), CONTENT(model_decision_t, text),
};
KIND(model_record_decision, "decision", model_decision_t, decision_fields);

static const model_field_t action_fields[] = {
	ID(model_action_t, MODEL_ID_ACTION), REF(model_action_t, "owner", owner_id, owner, MODEL_ID_PERSON),
	DATE(model_action_t, "due", due),
	ENUM(model_action_t, "status", status, model_action_status_names, MODEL_ACTION_OPEN),
	DATE(model_action_t, "done", done), CONTENT(model_action_t, text),
};
KIND(model_record_action, "action", model_action_t, action_fields);

static const model_field_t approval_fields[] = {
	REF(model_approval_t, "meeting", meeting_id, meeting, MODEL_ID_MEETING),
};
KIND(model_record_approval, "approves", model_approval_t, approval_fields);

static const model_field_t ratification_fields[] = {
	REF(model_ratification_t, "decision", decision_id, decision, MODEL_ID_DECISION),
};
KIND(model_record_ratification, "ratifies", model_ratification_t, ratification_fields);

static const model_field_t objective_fields[] = {
	ID(model_objective_t, MODEL_ID_OBJECTIVE), TEXT(model_objective_t, "title", title),
	CLAUSE(model_objective_t),
};
KIND(model_record_objective, "objective", model_objective_t, objective_fields);

static const model_field_t priority_fields[] = {
	ID(model_priority_t, MODEL_ID_PRIORITY), TEXT(model_priority_t, "title", title),
	REF(model_priority_t, "objective", objective_id, objective, MODEL_ID_OBJECTIVE),
	REF(model_priority_t, "lead", lead_id, lead, MODEL_ID_PERSON), CLAUSE(model_priority_t),
};
KIND(model_record_priority, "priority", model_priority_t, priority_fields);

static const model_field_t activity_fields[] = {
	ID(model_activity_t, MODEL_ID_ACTIVITY), TEXT(model_activity_t, "title", title),
	REF(model_activity_t, "priority", priority_id, priority, MODEL_ID_PRIORITY),
	REF(model_activity_t, "objective", objective_id, objective, MODEL_ID_OBJECTIVE),
	REF(model_activity_t, "lead", lead_id, lead, MODEL_ID_PERSON),
	DATE(model_activity_t, "start", start), DATE(model_activity_t, "due", due),
	TEXT(model_activity_t, "rag", rag), DATE(model_activity_t, "done", done),
};
KIND_SPAN(model_record_activity, "activity", model_activity_t, activity_fields, start, due);

static const model_field_t delivery_plan_fields[] = {
	YEAR(model_delivery_plan_t, "year", year), DATE(model_delivery_plan_t, "agreed", agreed),
	REF(model_delivery_plan_t, "agreed-at", agreed_at_id, agreed_at, MODEL_ID_MEETING),
};
KIND(model_record_delivery_plan, "delivery-plan", model_delivery_plan_t, delivery_plan_fields);

static const model_field_t annual_report_fields[] = {
	YEAR(model_annual_report_t, "year", year),
	DATE(model_annual_report_t, "published", published),
	REF(model_annual_report_t, "presented-at", presented_at_id, presented_at, MODEL_ID_MEETING),
};
KIND(model_record_annual_report, "annual-report", model_annual_report_t, annual_report_fields);

static const model_field_t progress_fields[] = {
	REF(model_progress_t, "priority", priority_id, priority, MODEL_ID_PRIORITY),
	TEXT(model_progress_t, "rag", rag),
};
KIND(model_record_progress, "progress", model_progress_t, progress_fields);

static const model_field_t performance_plan_fields[] = {
	YEAR(model_performance_plan_t, "year", year),
	DATE(model_performance_plan_t, "agreed", agreed),
};
KIND(model_record_performance_plan, "performance-plan", model_performance_plan_t,
     performance_plan_fields);

static const char *const membership_names[] = { "seats", "members", NULL };

static const model_field_t body_fields[] = {
	ID(model_body_t, MODEL_ID_BODY), TEXT(model_body_t, "name", name),
	TEXT(model_body_t, "short", short_name),
	ENUM(model_body_t, "kind", kind, model_body_kind_names, MODEL_BODY_COMMITTEE),
	CLAUSE(model_body_t), ENUM(model_body_t, "membership", members_based, membership_names, 0),
	REF(model_body_t, "parent", parent_id, parent, MODEL_ID_BODY),
	REF(model_body_t, "reports-to", reports_to_id, reports_to, MODEL_ID_BODY),
	TEXT(model_body_t, "phase", phase), DATE(model_body_t, "from", from),
	DATE(model_body_t, "to", to),
};
KIND(model_record_body, "body", model_body_t, body_fields);

static const model_field_t organisation_fields[] = {
	ID(model_member_t, MODEL_ID_MEMBER), TEXT(model_member_t, "name", name),
	TEXT(model_member_t, "short", short_name), TEXT(model_member_t, "kind", org_kind),
	DATE(model_member_t, "joined", joined), DATE(model_member_t, "left", left),
};
KIND_SPAN(model_record_organisation, "organisation", model_member_t, organisation_fields,
          joined, left);

static const model_field_t school_fields[] = {
	ID(model_member_t, MODEL_ID_MEMBER), TEXT(model_member_t, "urn", urn),
	TEXT(model_member_t, "name", name), TEXT(model_member_t, "phase", phase),
	TEXT(model_member_t, "type", type),
	REF(model_member_t, "grouping", grouping_id, grouping, MODEL_ID_BODY),
	DATE(model_member_t, "joined", joined), DATE(model_member_t, "left", left),
	YESNO(model_member_t, "teaching-school", teaching_school, 0),
	UINT(model_member_t, "pupils", pupils),
	REF(model_member_t, "headteacher", headteacher_id, headteacher, MODEL_ID_PERSON),
	REF(model_member_t, "chair-of-governors", chair_id, chair, MODEL_ID_PERSON),
	TEXT(model_member_t, "address", address),
};
KIND_SPAN(model_record_school, "school", model_member_t, school_fields, joined, left);

static const model_field_t person_fields[] = {
	ID(model_person_t, MODEL_ID_PERSON), TEXT(model_person_t, "name", name),
	TEXT(model_person_t, "title", title), REF(model_person_t, "org", org_id, org, MODEL_ID_MEMBER),
	TEXT(model_person_t, "job", job), TEXT(model_person_t, "email", email),
};
KIND(model_record_person, "person", model_person_t, person_fields);

static const model_field_t change_fields[] = {
	ID(model_change_t, MODEL_ID_CHANGE), DATE(model_change_t, "date", date),
	TEXT(model_change_t, "title", title),
	REF(model_change_t, "agreed-at", agreed_at_id, agreed_at, MODEL_ID_MEETING),
	CLAUSE(model_change_t),
};
KIND(model_record_change, "change", model_change_t, change_fields);

static const model_field_t signature_fields[] = {
	REF(model_signature_t, "party", party_id, party, MODEL_ID_PARTY),
	DATE(model_signature_t, "date", date), TEXT(model_signature_t, "by", by),
};
KIND(model_record_signature, "signature", model_signature_t, signature_fields);

static const model_field_t body_count_fields[] = {
	ENUM(model_body_count_t, "kind", kind, model_body_kind_names, MODEL_BODY_COMMITTEE),
	TEXT(model_body_count_t, "phase", phase), UINT(model_body_count_t, "count", count),
	CLAUSE(model_body_count_t),
};
KIND(model_record_body_count, "body-count", model_body_count_t, body_count_fields);

static const model_field_t office_rule_fields[] = {
	TEXT(model_office_rule_t, "title", title),
	REF(model_office_rule_t, "body", body_id, body, MODEL_ID_BODY), CLAUSE(model_office_rule_t),
};
KIND(model_record_office_rule, "office-holder", model_office_rule_t, office_rule_fields);

static const model_field_t notice_rule_fields[] = {
	UINT(model_notice_rule_t, "days", days),
	REF(model_notice_rule_t, "body", body_id, body, MODEL_ID_BODY),
	YESNO(model_notice_rule_t, "default", is_default, 0), CLAUSE(model_notice_rule_t),
};
KIND(model_record_notice_rule, "meeting-notice", model_notice_rule_t, notice_rule_fields);

const char *const model_standing_kind_names[] = {
	"apologies", "declarations", "minutes", "matters-arising", "any-other-business",
	"next-meeting", NULL
};

static const model_field_t standing_item_fields[] = {
	ENUM(model_standing_item_t, "kind", kind, model_standing_kind_names, MODEL_STANDING_APOLOGIES),
	TEXT(model_standing_item_t, "title", title),
	REF(model_standing_item_t, "body", body_id, body, MODEL_ID_BODY), CLAUSE(model_standing_item_t),
};
KIND(model_record_standing_item, "standing-item", model_standing_item_t, standing_item_fields);

const char *model_ref_name(model_id_kind_t kind, const void *target)
{
	if (target == NULL)
		return NULL;
	switch (kind) {
	case MODEL_ID_PERSON: return ((const model_person_t *)target)->name;
	case MODEL_ID_MEMBER: return ((const model_member_t *)target)->name;
	case MODEL_ID_BODY: return ((const model_body_t *)target)->name;
	case MODEL_ID_PARTY: {
		const model_member_t *org = ((const model_party_t *)target)->org;
		return org ? org->name : NULL;
	}
	default: return NULL;
	}
}

date_t model_ref_date(model_id_kind_t kind, const void *target)
{
	if (target == NULL || kind != MODEL_ID_MEETING)
		return DATE_NONE;
	return ((const model_meeting_t *)target)->date;
}
