/*
 * model: a learning partnership's records, loaded from data/<name>/ into
 * C structures that every later stage (checks, views, documents) reads.
 *
 * model_load() parses every record file safely (util/xmlsafe), validates
 * it against its RELAX NG schema in data/schema/, builds the structures,
 * then resolves every reference between them (a seat's person, a
 * meeting's body, an action's owner, ...).  It reports every problem it
 * finds in one run and returns NULL when there was any error.
 *
 * Ownership: the model_t owns everything reachable from it (one arena);
 * model_free() releases it all.  After model_load() returns, the model is
 * read-only: nothing may change it.  Every object keeps the file, line
 * and column it came from (pos), for diagnostics.
 *
 * Unresolved ids never survive a successful load: every pointer named
 * like a reference (person, body, member, ...) is non-NULL when its id
 * attribute was given, NULL when the attribute was absent.
 */
#ifndef LPDOC_MODEL_MODEL_H
#define LPDOC_MODEL_MODEL_H

#include <stddef.h>

#include "../util/date.h"
#include "../util/diag.h"
#include "../util/money.h"

typedef struct model_pos {
	const char *file;
	unsigned line, col;
} model_pos_t;

typedef struct model_body model_body_t;
typedef struct model_person model_person_t;
typedef struct model_office model_office_t;
typedef struct model_member model_member_t;
typedef struct model_meeting model_meeting_t;
typedef struct model_item model_item_t;
typedef struct model_clause model_clause_t;
typedef struct model_term model_term_t;
typedef struct model_academic_year model_academic_year_t;

/* ---- prose: paragraphs, lists, definitions, sub-clauses in order ---- */

typedef enum model_block_kind {
	MODEL_BLOCK_P,
	MODEL_BLOCK_LIST,
	MODEL_BLOCK_DEFINITION,
	MODEL_BLOCK_CLAUSE
} model_block_kind_t;

typedef struct model_block {
	model_block_kind_t kind;
	model_pos_t pos;       /* the <p>, <list> or <definition> (unset for bare text) */
	char *text;            /* P, DEFINITION */
	char *term;            /* DEFINITION */
	char *style;           /* LIST: bullet, roman, alpha, number */
	char **items;          /* LIST */
	size_t nitems;
	model_clause_t *clause; /* CLAUSE */
} model_block_t;

typedef struct model_prose {
	model_block_t *blocks;
	size_t nblocks;
} model_prose_t;

/* ---- partnership.xml ---- */

struct model_clause {
	model_pos_t pos;
	char *num;             /* NULL for an unnumbered heading */
	char *title;           /* may be NULL */
	model_clause_t *parent;
	unsigned depth;        /* 0 for top-level clauses */
	model_prose_t content; /* paragraphs, lists, definitions, sub-clauses */
};

typedef struct model_party {
	model_pos_t pos;
	char *id, *org_id, *short_name;
	model_member_t *org;
} model_party_t;

typedef struct model_signature {
	model_pos_t pos;
	char *party_id, *by;
	model_party_t *party;
	date_t date;
} model_signature_t;

/* A change to the agreement (a variation), with each party's signature. */
typedef struct model_change {
	model_pos_t pos;
	char *id, *title, *agreed_at_id;
	model_meeting_t *agreed_at;
	date_t date;
	const model_clause_t *clause;
	model_signature_t **signatures;
	size_t nsignatures;
} model_change_t;

typedef struct model_agreement {
	model_pos_t pos;
	char *title, *short_name, *kind, *return_to, *return_email;
	date_t date, return_by;
	model_prose_t preamble, closing;
	model_party_t **parties;
	size_t nparties;
	model_clause_t **top;      /* top-level clauses */
	size_t ntop;
	model_clause_t **clauses;  /* every clause, document order */
	size_t nclauses;
	model_change_t **changes;
	size_t nchanges;
} model_agreement_t;

typedef enum model_body_kind {
	MODEL_BODY_BOARD, MODEL_BODY_EXECUTIVE, MODEL_BODY_DIRECTORS,
	MODEL_BODY_STRATEGIC_GROUP, MODEL_BODY_GROUPING, MODEL_BODY_DEVELOPMENT_GROUP,
	MODEL_BODY_TASK_AND_FINISH, MODEL_BODY_MEMBERS_MEETING, MODEL_BODY_AGM,
	MODEL_BODY_COMMITTEE
} model_body_kind_t;
extern const char *const model_body_kind_names[];

typedef struct model_seat {
	model_pos_t pos;
	model_body_t *body;
	char *id, *role;
	unsigned count;            /* places, or the minimum when is_min */
	int is_min;
	char *per;                 /* "party", "phase" or NULL */
	char *nominated_by_id;
	model_member_t *nominated_by;
	int voting;
	const model_clause_t *clause;
} model_seat_t;

typedef enum model_quorum_kind {
	MODEL_QUORUM_NONE, MODEL_QUORUM_FRACTION, MODEL_QUORUM_PERCENTAGE, MODEL_QUORUM_FIXED
} model_quorum_kind_t;

typedef struct model_quorum {
	model_pos_t pos;
	model_quorum_kind_t kind;
	unsigned numerator, denominator;  /* FRACTION */
	unsigned percent_x100;            /* PERCENTAGE: 25% is 2500 */
	unsigned count;                   /* FIXED */
	const model_clause_t *clause;
} model_quorum_t;

typedef enum model_period { MODEL_PERIOD_NONE, MODEL_PERIOD_HALF_TERM, MODEL_PERIOD_TERM, MODEL_PERIOD_YEAR } model_period_t;
typedef enum model_relative { MODEL_RELATIVE_NONE, MODEL_RELATIVE_BEFORE, MODEL_RELATIVE_AFTER } model_relative_t;
typedef enum model_season { MODEL_SEASON_NONE, MODEL_SEASON_AUTUMN, MODEL_SEASON_SPRING, MODEL_SEASON_SUMMER } model_season_t;
extern const char *const model_period_names[];
extern const char *const model_relative_names[];
extern const char *const model_season_names[];

typedef struct model_meets {
	model_pos_t pos;
	unsigned at_least;             /* with per */
	model_period_t per;
	model_relative_t relative;     /* or relative to other's meetings */
	char *other_id;
	model_body_t *other;
	unsigned within_days;          /* 0: no limit */
	model_season_t in_term;
	const model_clause_t *clause;
} model_meets_t;

typedef enum model_report_at {
	MODEL_REPORT_FINAL_MEETING_OF_TERM, MODEL_REPORT_EACH_TERM,
	MODEL_REPORT_EACH_MEETING, MODEL_REPORT_EACH_YEAR
} model_report_at_t;
extern const char *const model_report_at_names[];

typedef struct model_report {
	model_pos_t pos;
	char *paper;                   /* a paper kind, e.g. "financial-report" */
	model_report_at_t at;
	char *to;
	const model_clause_t *clause;
} model_report_t;

typedef struct model_holding model_holding_t;

struct model_body {
	model_pos_t pos;
	char *id, *name, *short_name;
	model_body_kind_t kind;
	const model_clause_t *clause;
	int members_based;             /* membership="members" */
	char *parent_id, *reports_to_id;
	model_body_t *parent, *reports_to;
	char *phase;
	date_t from, to;
	model_prose_t description;
	model_seat_t **seats;
	size_t nseats;
	model_quorum_t quorum;         /* kind NONE when absent */
	model_meets_t **meets;
	size_t nmeets;
	model_report_t **reports;
	size_t nreports;
	unsigned term_years;           /* 0: no term-of-office rule */
	int re_electable;
	model_pos_t term_pos;
	const model_clause_t *term_clause;
	/* computed */
	model_holding_t **holdings;    /* every seat ever held on this body, by person name */
	size_t nholdings;
	model_meeting_t **meetings;    /* by date, then start time, then id */
	size_t nmeetings;
	model_office_t **offices;      /* every office of this body, in people's
	                                * record order (model_office_holder) */
	size_t noffices;
};

typedef enum model_rule_kind {
	MODEL_RULE_WITHDRAWAL_NOTICE, MODEL_RULE_ANNUAL_REVIEW, MODEL_RULE_SPENDING_LIMIT,
	MODEL_RULE_ANNUAL_REPORT, MODEL_RULE_DELIVERY_PLAN, MODEL_RULE_PERFORMANCE_PLAN,
	MODEL_RULE_SPECIAL_MEETINGS, MODEL_RULE_MINUTES, MODEL_RULE_CONFIDENTIALITY,
	MODEL_RULE_MEMBERSHIP, MODEL_RULE_DECLARATIONS, MODEL_RULE_VARIATION,
	MODEL_RULE_BROKERAGE,
	MODEL_RULE_COUNT
} model_rule_kind_t;
extern const char *const model_rule_names[];   /* element names */

typedef struct model_rule {
	model_pos_t pos;
	model_rule_kind_t kind;
	int present;
	unsigned months;               /* WITHDRAWAL_NOTICE, ANNUAL_REPORT (within), ANNUAL_REVIEW (month) */
	char *office;                  /* SPENDING_LIMIT */
	money_t amount;                /* SPENDING_LIMIT */
	char *report_to_id;            /* SPENDING_LIMIT */
	model_body_t *report_to;
	int next_meeting;              /* MINUTES: approve-at="next-meeting" */
	int requires_subscription, requires_mou;   /* MEMBERSHIP */
	const model_clause_t *clause;
} model_rule_t;

/* <body-count>: so many bodies of a kind (and phase) must exist. */
typedef struct model_body_count {
	model_pos_t pos;
	model_body_kind_t kind;
	char *phase;                   /* NULL: any phase */
	unsigned count;
	const model_clause_t *clause;
} model_body_count_t;

/* <office-holder>: an office that must be filled (of a body, or of the partnership). */
typedef struct model_office_rule {
	model_pos_t pos;
	char *title, *body_id;
	model_body_t *body;
	const model_clause_t *clause;
} model_office_rule_t;

/* <meeting-notice>: notice of a meeting (of a body, or of every body) is
 * sent at least `days` days before it; is_default: lpdoc's default, the
 * agreement setting none. */
typedef struct model_notice_rule {
	model_pos_t pos;
	unsigned days;
	char *body_id;
	model_body_t *body;
	int is_default;
	const model_clause_t *clause;
} model_notice_rule_t;

/* <standing-item>: an item of every agenda (of a body, or of every body). */
typedef enum model_standing_kind {
	MODEL_STANDING_APOLOGIES, MODEL_STANDING_DECLARATIONS, MODEL_STANDING_MINUTES,
	MODEL_STANDING_MATTERS_ARISING, MODEL_STANDING_AOB, MODEL_STANDING_NEXT_MEETING
} model_standing_kind_t;
extern const char *const model_standing_kind_names[];

typedef struct model_standing_item {
	model_pos_t pos;
	model_standing_kind_t kind;
	char *title;                   /* NULL: the kind's usual title */
	char *body_id;
	model_body_t *body;
	const model_clause_t *clause;
} model_standing_item_t;

/* ---- members.xml ---- */

typedef struct model_subscription {
	model_pos_t pos;
	char *year;
	money_t amount;
	date_t paid;                   /* unset: not paid */
} model_subscription_t;

typedef struct model_mou {
	model_pos_t pos;
	date_t signed_on;
	char *signatory_id, *signatory_name, *position;
	model_person_t *signatory;
} model_mou_t;

/* A member's return to an annual review: <review year><return .../></review>. */
typedef struct model_review model_review_t;
typedef struct model_return {
	model_pos_t pos;
	char *member_id, *choice, *by_id;
	model_member_t *member;
	model_person_t *by;            /* who signed it, NULL when not recorded */
	date_t date;                   /* the day it was received */
	int remain;                    /* choice is remain (else withdraw) */
	model_review_t *review;
} model_return_t;

/* The register of one annual review: the returns received. */
struct model_review {
	model_pos_t pos;
	char *year;                    /* the financial year membership is renewed for */
	model_return_t **returns;      /* record order */
	size_t nreturns;
};

typedef enum model_member_kind { MODEL_MEMBER_ORGANISATION, MODEL_MEMBER_SCHOOL } model_member_kind_t;

struct model_member {
	model_pos_t pos;
	model_member_kind_t kind;
	char *id, *name, *short_name;
	char *org_kind;                /* organisations: local-authority, ... */
	char *urn, *phase, *type;      /* schools */
	char *grouping_id;
	model_body_t *grouping;
	date_t joined, left;
	int teaching_school;
	unsigned pupils;
	char *headteacher_id, *chair_id, *address;
	model_person_t *headteacher, *chair;
	model_subscription_t **subscriptions;
	size_t nsubscriptions;
	model_mou_t **mous;
	size_t nmous;
	model_return_t **returns;      /* computed: its returns, in register order */
	size_t nreturns;
	int has_withdrawal;
	model_pos_t withdrawal_pos;
	date_t withdrawal_notice, withdrawal_effective;
};

/* ---- people.xml ---- */

struct model_holding {
	model_pos_t pos;
	model_person_t *person;
	char *body_id, *seat_id, *nominated_by_id;
	model_body_t *body;
	model_seat_t *seat;
	model_member_t *nominated_by;
	date_t from, to;               /* to unset: open-ended */
};

struct model_office {
	model_pos_t pos;
	model_person_t *person;
	char *title;                   /* chair, vice-chair, ceo, ... */
	char *body_id;
	model_body_t *body;            /* NULL: a partnership office */
	date_t from, to;
};

typedef struct model_interest {
	model_pos_t pos;
	date_t declared;
	char *text;
} model_interest_t;

struct model_person {
	model_pos_t pos;
	char *id, *name, *title, *org_id, *job, *email;
	model_member_t *org;
	model_holding_t **holdings;
	size_t nholdings;
	model_office_t **offices;
	size_t noffices;
	model_interest_t **interests;
	size_t ninterests;
};

/* ---- calendar.xml ---- */

typedef struct model_half_term {
	model_pos_t pos;
	char *id;
	date_t start, end;
	model_term_t *term;
} model_half_term_t;

struct model_term {
	model_pos_t pos;
	char *id, *name;
	model_season_t season;
	date_t start, end;
	model_half_term_t **half_terms;
	size_t nhalf_terms;
	model_academic_year_t *year;
};

struct model_academic_year {
	model_pos_t pos;
	char *id;                      /* "2025-26" */
	date_t start, end;
	model_term_t **terms;
	size_t nterms;
};

typedef struct model_financial_year {
	model_pos_t pos;
	char *id;
	date_t start, end;
} model_financial_year_t;

/* ---- meetings ---- */

typedef enum model_meeting_kind { MODEL_MEETING_ORDINARY, MODEL_MEETING_SPECIAL, MODEL_MEETING_AGM } model_meeting_kind_t;
typedef enum model_meeting_status { MODEL_MEETING_HELD, MODEL_MEETING_SCHEDULED, MODEL_MEETING_CANCELLED } model_meeting_status_t;
typedef enum model_attend { MODEL_ATTEND_PRESENT, MODEL_ATTEND_APOLOGIES, MODEL_ATTEND_ABSENT, MODEL_ATTEND_IN_ATTENDANCE } model_attend_t;
typedef enum model_action_status { MODEL_ACTION_OPEN, MODEL_ACTION_DONE, MODEL_ACTION_DROPPED } model_action_status_t;
extern const char *const model_meeting_kind_names[];
extern const char *const model_meeting_status_names[];
extern const char *const model_attend_names[];   /* element names: present, ... */
extern const char *const model_action_status_names[];

typedef struct model_attendee {
	model_pos_t pos;
	model_attend_t kind;
	char *person_id, *for_id;
	model_person_t *person;        /* NULL for a named guest */
	model_member_t *for_member;
	char *name, *role;             /* guests in attendance */
} model_attendee_t;

typedef struct model_declaration {
	model_pos_t pos;
	char *person_id, *item_id, *text;
	model_person_t *person;
	model_item_t *item;
} model_declaration_t;

typedef struct model_paper {
	model_pos_t pos;
	char *kind, *title, *by_id, *year;
	model_person_t *by;
	char *file;                    /* a PDF inside the partnership folder, or NULL */
	char *body_id;                 /* group-report: whose report */
	model_body_t *body;
} model_paper_t;

typedef struct model_decision {
	model_pos_t pos;
	char *id, *text;
	int has_vote;
	unsigned votes_for, votes_against, votes_abstain;
	model_item_t *item;
	model_item_t *ratified_by;     /* computed: the first item (in date order) ratifying it */
} model_decision_t;

/* <ratifies decision="ID"/>: an item ratifies a decision taken while its
 * meeting was inquorate. */
typedef struct model_ratification {
	model_pos_t pos;
	char *decision_id;
	model_decision_t *decision;
} model_ratification_t;

typedef struct model_action {
	model_pos_t pos;
	char *id, *owner_id, *text;
	model_person_t *owner;
	date_t due, done;
	model_action_status_t status;
	model_item_t *item;
} model_action_t;

typedef struct model_approval {
	model_pos_t pos;
	char *meeting_id;
	model_meeting_t *meeting;
} model_approval_t;

struct model_item {
	model_pos_t pos;
	char *id, *title;
	char *minute;                  /* as printed: given, or computed */
	int minute_given;
	int confidential;
	char *presenter_id, *purpose;  /* planned business: who presents, decision/information/discussion */
	model_person_t *presenter;
	unsigned index;                /* 1-based within the meeting */
	model_meeting_t *meeting;
	model_prose_t text;
	model_paper_t **papers;
	size_t npapers;
	model_decision_t **decisions;
	size_t ndecisions;
	model_action_t **actions;
	size_t nactions;
	model_approval_t **approvals;
	size_t napprovals;
	model_ratification_t **ratifications;
	size_t nratifications;
};

struct model_meeting {
	model_pos_t pos;
	char *id, *body_id, *venue, *reason;
	char start[6], end[6];         /* "HH:MM" or "" */
	model_body_t *body;
	date_t date, notice;
	model_meeting_kind_t kind;
	model_meeting_status_t status;
	model_attendee_t **attendees;
	size_t nattendees;
	model_declaration_t **declarations;
	size_t ndeclarations;
	model_item_t **items;
	size_t nitems;
	int is_signed;
	model_pos_t signed_pos;
	char *signed_by_id;
	model_person_t *signed_by;
	date_t signed_on;
	/* computed */
	model_item_t *approved_by;     /* the first later item approving these minutes */
	model_academic_year_t *year;   /* NULL when outside the calendar */
	model_term_t *term;
	model_half_term_t *half_term;
};

/* ---- finance.xml ---- */

typedef struct model_fund {
	model_pos_t pos;
	char *id, *name, *provider_id;
	model_member_t *provider;
	money_t total;
	date_t from, to;
	const model_clause_t *clause;
} model_fund_t;

typedef struct model_commitment {
	model_pos_t pos;
	char *id, *from_id, *per, *fund_id, *purpose;
	model_member_t *from;
	model_fund_t *fund;
	money_t amount;
	unsigned years;
	const model_clause_t *clause;
} model_commitment_t;

typedef struct model_priority model_priority_t;

typedef struct model_budget_line {
	model_pos_t pos;
	char *id, *name, *priority_id, *commitment_id;
	model_priority_t *priority;
	struct model_commitment *commitment;   /* the money the line spends, when
	                                        * the agreement commits it */
	money_t amount;
	struct model_budget *budget;
} model_budget_line_t;

typedef struct model_budget {
	model_pos_t pos;
	char *year, *approved_at_id;
	model_meeting_t *approved_at;
	date_t approved;
	model_budget_line_t **lines;
	size_t nlines;
	money_t total;                 /* computed */
} model_budget_t;

typedef struct model_ceo_decision model_ceo_decision_t;

typedef struct model_income {
	model_pos_t pos;
	char *id, *source, *from_id, *fund_id, *commitment_id, *description;
	model_member_t *from;
	model_fund_t *fund;
	model_commitment_t *commitment;
	date_t date;
	money_t amount;
} model_income_t;

typedef struct model_expenditure {
	model_pos_t pos;
	char *id, *line_id, *payee, *ceo_decision_id, *description, *decision_id;
	model_budget_line_t *line;
	model_ceo_decision_t *ceo_decision;
	model_decision_t *decision;    /* the meeting's decision it acts on */
	date_t date;
	money_t amount;
} model_expenditure_t;

struct model_ceo_decision {
	model_pos_t pos;
	char *id, *by_id, *purpose, *line_id, *reported_at_id;
	model_person_t *by;
	model_budget_line_t *line;
	model_meeting_t *reported_at;
	date_t date;
	money_t amount;
};

typedef struct model_grant {
	model_pos_t pos;
	char *id, *school_id, *fund_id, *decided_at_id, *purpose;
	model_member_t *school;
	model_fund_t *fund;
	model_meeting_t *decided_at;
	date_t awarded;
	money_t amount;
} model_grant_t;

typedef struct model_credit {
	model_pos_t pos;
	char *id, *school_id, *supported_id, *description;
	model_member_t *school, *supported;
	date_t date;
	char *days;                    /* decimal as written */
} model_credit_t;

typedef struct model_balance {
	model_pos_t pos;
	char *year;
	money_t opening;
} model_balance_t;

/* ---- performance.xml ---- */

typedef struct model_inspection {
	model_pos_t pos;
	char *school_id, *outcome;
	model_member_t *school;
	date_t date;
} model_inspection_t;

typedef struct model_direction {
	model_pos_t pos;
	char *school_id, *travel;
	model_member_t *school;
	date_t date;
} model_direction_t;

typedef struct model_measure_value {
	model_pos_t pos;
	char *year;
	char *actual, *target;         /* decimals as written, NULL when absent */
} model_measure_value_t;

typedef struct model_measure {
	model_pos_t pos;
	char *id, *name, *unit, *priority_id;
	char *computed;                /* "good-or-outstanding": lpdoc computes its actuals; NULL */
	model_priority_t *priority;
	int higher_is_better;
	model_measure_value_t **values;
	size_t nvalues;
} model_measure_t;

/* ---- plans.xml ---- */

typedef struct model_objective {
	model_pos_t pos;
	char *id, *title;
	const model_clause_t *clause;
	model_prose_t text;
} model_objective_t;

typedef struct model_milestone {
	model_pos_t pos;
	char *id, *text;
	date_t due, done;
	const model_clause_t *clause;
} model_milestone_t;

struct model_priority {
	model_pos_t pos;
	char *id, *title, *objective_id, *lead_id;
	model_objective_t *objective;
	model_person_t *lead;
	const model_clause_t *clause;
	model_prose_t summary;
	model_milestone_t **milestones;
	size_t nmilestones;
};

typedef struct model_contribution {
	model_pos_t pos;
	char *party_id;
	model_party_t *party;
	money_t amount;
} model_contribution_t;

typedef struct model_activity {
	model_pos_t pos;
	char *id, *title, *priority_id, *objective_id, *lead_id, *rag;
	model_priority_t *priority;
	model_objective_t *objective;
	model_person_t *lead;
	date_t start, due, done;
	int has_cost;
	money_t cost;
	char **outputs;
	size_t noutputs;
	model_contribution_t **contributions;
	size_t ncontributions;
} model_activity_t;

typedef struct model_delivery_plan {
	model_pos_t pos;
	char *year, *agreed_at_id;
	model_meeting_t *agreed_at;
	date_t agreed;
	model_prose_t strategy;
	model_activity_t **activities;
	size_t nactivities;
} model_delivery_plan_t;

typedef struct model_progress {
	model_pos_t pos;
	char *priority_id, *rag;
	model_priority_t *priority;
	model_prose_t text;
} model_progress_t;

typedef struct model_annual_report {
	model_pos_t pos;
	char *year, *presented_at_id;
	model_meeting_t *presented_at;
	date_t published;
	model_prose_t summary;
	model_progress_t **progress;
	size_t nprogress;
	model_prose_t compliance;      /* what was done about the year's breaches */
	model_prose_t *changes;        /* procedure changes */
	size_t nchanges;
} model_annual_report_t;

typedef struct model_performance_plan {
	model_pos_t pos;
	char *year;
	date_t agreed;
	model_prose_t analysis, learners;
	model_prose_t *successes, *shortfalls;
	size_t nsuccesses, nshortfalls;
} model_performance_plan_t;

/* ---- the whole model ---- */

typedef struct model model_t;   /* opaque parts: arena, id maps */

typedef struct model_records {
	char *dir;                     /* the folder as given */
	char **files;                  /* the record files read, in the order
	                                  read (what messages call them) */
	size_t nfiles;
	char *id, *name, *short_name, *legal_form, *company_number, *address;
	date_t founded, as_of;
	int fy_start_month, fy_start_day;
	char *logo, *logo_alt, *primary_colour, *accent_colour, *website;
	model_pos_t pos;
	model_agreement_t agreement;
	model_body_t **bodies;         /* record order */
	size_t nbodies;
	model_rule_t rules[MODEL_RULE_COUNT];   /* present=0 when absent */
	model_body_count_t **body_counts;
	size_t nbody_counts;
	model_office_rule_t **office_rules;
	size_t noffice_rules;
	model_notice_rule_t **notice_rules;
	size_t nnotice_rules;
	model_standing_item_t **standing_items;
	size_t nstanding_items;
	model_member_t **members;      /* schools and organisations, record order */
	size_t nmembers;
	model_review_t **reviews;      /* annual review registers, record order */
	size_t nreviews;
	model_person_t **people;
	size_t npeople;
	model_academic_year_t **years;
	size_t nyears;
	model_financial_year_t **fys;
	size_t nfys;
	model_meeting_t **meetings;    /* by date, start time, id */
	size_t nmeetings;
	model_fund_t **funds;
	size_t nfunds;
	model_commitment_t **commitments;
	size_t ncommitments;
	model_balance_t **balances;
	size_t nbalances;
	model_budget_t **budgets;
	size_t nbudgets;
	model_income_t **income;
	size_t nincome;
	model_expenditure_t **expenditure;
	size_t nexpenditure;
	model_ceo_decision_t **ceo_decisions;
	size_t nceo_decisions;
	model_grant_t **grants;
	size_t ngrants;
	model_credit_t **credits;
	size_t ncredits;
	model_inspection_t **inspections;
	size_t ninspections;
	model_direction_t **directions;
	size_t ndirections;
	model_measure_t **measures;
	size_t nmeasures;
	model_objective_t **objectives;
	size_t nobjectives;
	model_priority_t **priorities;
	size_t npriorities;
	model_delivery_plan_t **delivery_plans;
	size_t ndelivery_plans;
	model_annual_report_t **annual_reports;
	size_t nannual_reports;
	model_performance_plan_t **performance_plans;
	size_t nperformance_plans;
} model_records_t;

/* Loads the partnership in folder dir.  Returns NULL after reporting
 * every problem to d (as errors; the caller exits 2). */
model_t *model_load(const char *dir, diag_t *d);
void model_free(model_t *m);
/* The records; the pointer lives as long as m. */
const model_records_t *model_records(const model_t *m);
/* Bytes the model holds (for the benchmarks). */
size_t model_bytes(const model_t *m);

#endif
