/*
 * fields: flat records described field by field — which attribute goes
 * to which struct member as which type — so that one reader (read.c)
 * fills every such record from XML and one writer (view/vxml.c) prints
 * it, instead of a hand-written function per record for each.
 *
 * A record kind lists its fields in the order views print them.  Every
 * described record starts with its model_pos_t pos; the partnership's
 * own attributes, its branding and its agreement are read the same way
 * into model_records_t and model_agreement_t, which are no records.  The
 * tables are constant; nothing here owns memory.
 */
#ifndef LPDOC_MODEL_FIELDS_H
#define LPDOC_MODEL_FIELDS_H

#include <stddef.h>

#include "model.h"

typedef enum model_id_kind {
	MODEL_ID_BODY, MODEL_ID_PERSON, MODEL_ID_MEMBER, MODEL_ID_URN, MODEL_ID_PARTY, MODEL_ID_CLAUSE, MODEL_ID_MEETING, MODEL_ID_ITEM,
	MODEL_ID_ACTION, MODEL_ID_DECISION, MODEL_ID_ACADEMIC_YEAR, MODEL_ID_TERM, MODEL_ID_HALF_TERM, MODEL_ID_FINANCIAL_YEAR,
	MODEL_ID_FUND, MODEL_ID_COMMITMENT, MODEL_ID_BUDGET_LINE, MODEL_ID_INCOME, MODEL_ID_EXPENDITURE, MODEL_ID_CEO_DECISION,
	MODEL_ID_GRANT, MODEL_ID_CREDIT, MODEL_ID_MEASURE, MODEL_ID_OBJECTIVE, MODEL_ID_PRIORITY, MODEL_ID_MILESTONE,
	MODEL_ID_ACTIVITY, MODEL_ID_CHANGE,
	MODEL_ID_KIND_COUNT
} model_id_kind_t;

/* How each kind is named in messages ("unknown person 'x'"). */
extern const char *const model_id_kind_names[];

typedef enum model_field_type {
	MODEL_FIELD_ID,        /* char *: the record's own id, of kind `kind` */
	MODEL_FIELD_TEXT,      /* char * */
	MODEL_FIELD_YEAR,      /* char *: "2025-26", checked */
	MODEL_FIELD_DATE,      /* date_t */
	MODEL_FIELD_MONEY,     /* money_t */
	MODEL_FIELD_UINT,      /* unsigned */
	MODEL_FIELD_YESNO,     /* int, default no */
	MODEL_FIELD_REF,       /* char * id; the object of kind `kind` at ref_offset */
	MODEL_FIELD_CLAUSE,    /* const model_clause_t * at ref_offset */
	MODEL_FIELD_CONTENT,   /* char *: the element's text */
	MODEL_FIELD_ENUM       /* an enum (int-sized): index of the value in names */
} model_field_type_t;

typedef struct model_field {
	const char *attr;
	model_field_type_t type;
	size_t offset;
	size_t ref_offset;
	model_id_kind_t kind;
	int dflt;              /* YESNO, ENUM: the value when the attribute is absent;
	                        * MONEY: 1 when the amount may be negative */
	const char *const *names;   /* ENUM: the values, NULL-terminated */
} model_field_t;

/* Two DATE fields of a record that must be in order (the second, when
 * set, not before the first), named as their attributes. */
typedef struct model_span {
	const char *from, *to;      /* NULL: the record has no such span */
	size_t from_offset, to_offset;
} model_span_t;

typedef struct model_record_kind {
	const char *element;
	size_t size;
	const model_field_t *fields;
	size_t nfields;
	model_span_t span;
} model_record_kind_t;

extern const model_record_kind_t model_record_academic_year, model_record_financial_year,
	model_record_fund, model_record_commitment,
	model_record_balance, model_record_budget, model_record_budget_line,
	model_record_income, model_record_expenditure, model_record_ceo_decision,
	model_record_grant, model_record_credit, model_record_inspection,
	model_record_direction, model_record_measure, model_record_measure_value,
	model_record_subscription, model_record_mou, model_record_review, model_record_return,
	model_record_holding, model_record_office, model_record_interest,
	model_record_paper, model_record_milestone, model_record_contribution,
	model_record_party, model_record_meeting, model_record_item, model_record_declaration,
	model_record_decision, model_record_action, model_record_approval,
	model_record_ratification, model_record_objective,
	model_record_priority, model_record_activity, model_record_delivery_plan,
	model_record_annual_report, model_record_progress, model_record_performance_plan,
	model_record_body, model_record_organisation, model_record_school, model_record_person,
	model_record_change, model_record_signature, model_record_body_count,
	model_record_office_rule, model_record_notice_rule, model_record_standing_item,
	model_record_partnership, model_record_branding, model_record_agreement, model_record_report;

/* The name of a referenced person, member, body or party (its
 * organisation's); NULL for other kinds. */
const char *model_ref_name(model_id_kind_t kind, const void *target);
/* The date of a referenced meeting; unset for other kinds. */
date_t model_ref_date(model_id_kind_t kind, const void *target);

#endif
