/*
 * check_msg: the one table of every message `lpdoc check` can print.
 *
 * Each message has an id (CHECK_MSG_...), a level (note < warning <
 * error; DUTY_ERROR and DUTY_WARNING mark a rule that finds a duty of the
 * cited clause broken, whose level the clause's wording decides, see
 * check_wording.h, the level named being the one when it says neither), a rule family, a short name (what --format=json and the manual
 * call it), the names of its arguments in order, and its printf format.
 * docs/diagnostics.md documents every row; a unit test holds the two
 * together (and checks each format has one conversion per argument).
 * The table is static and read-only.
 */
#ifndef LPDOC_CHECK_CHECK_MSG_H
#define LPDOC_CHECK_CHECK_MSG_H

#include "../util/diag.h"

/* X(ID, LEVEL, FAMILY, "short-name", "argument names", "format") */
#define CHECK_MESSAGES(X) \
	/* seats */ \
	X(SEAT_VACANT, DUTY_WARNING, "seats", "seat-vacant", "role body filled places", \
	  "'%s' seat on the %s: %u of %s filled") \
	X(SEAT_OVERFILLED, DUTY_ERROR, "seats", "seat-overfilled", "role body held extra", \
	  "'%s' seat on the %s: %u holders, %u more than the agreement provides") \
	X(SEAT_BELOW_MINIMUM, DUTY_ERROR, "seats", "seat-below-minimum", "role body held min", \
	  "'%s' seat on the %s: %s, at least %u required") \
	X(SEAT_PARTY_NOMINEES, DUTY_ERROR, "seats", "seat-party-nominees", "role body party held count", \
	  "'%s' seat on the %s: %s has %s, the agreement gives each party %u") \
	X(SEAT_WRONG_NOMINATOR, DUTY_ERROR, "seats", "seat-wrong-nominator", "person role body given expected", \
	  "%s holds a '%s' seat on the %s nominated by %s; the agreement gives the seat to %s") \
	X(SEAT_NOMINATOR_UNRECORDED, NOTE, "seats", "seat-nominator-unrecorded", "person role body expected", \
	  "%s holds a '%s' seat on the %s with no nominating body recorded; the agreement gives the seat to %s") \
	X(SEAT_HELD_TWICE, ERROR, "seats", "seat-held-twice", "person body role other date", \
	  "%s holds two seats on the %s at once: '%s' and '%s' (on %s)") \
	X(TERM_TOO_LONG, DUTY_ERROR, "seats", "term-too-long", "person body from to years", \
	  "%s's term on the %s runs from %s to %s, longer than the %s allowed") \
	X(TERM_EXPIRED, DUTY_ERROR, "seats", "term-expired", "person body from end years", \
	  "%s's term on the %s began on %s, so it ended on %s (terms are at most %s)") \
	X(TERM_RENEWED, DUTY_ERROR, "seats", "term-renewed", "person body from", \
	  "%s was appointed to the %s again on %s; terms of office are not renewable") \
	X(BODY_COUNT, DUTY_ERROR, "seats", "body-count", "count kind found", \
	  "the agreement provides for %u %s; the records have %u") \
	X(OFFICE_VACANT, DUTY_ERROR, "seats", "office-vacant", "office", \
	  "nobody holds the office of %s") \
	/* quorum */ \
	X(DECISION_INQUORATE, DUTY_ERROR, "quorum", "decision-inquorate", "body present membership quorum", \
	  "decision taken while the %s was inquorate: %u of %u present, quorum %u") \
	X(MEETING_INQUORATE, WARNING, "quorum", "meeting-inquorate", "body present membership quorum", \
	  "the %s was inquorate: %u of %u present, quorum %u") \
	X(ATTENDANCE_MISSING, WARNING, "quorum", "attendance-missing", "quorum membership", \
	  "no attendance recorded, so the quorum (%u of %u) cannot be shown") \
	X(VOTES_EXCEED_PRESENT, ERROR, "quorum", "votes-exceed-present", "votes present", \
	  "%s recorded but only %s present") \
	X(PRESENT_NOT_MEMBER, WARNING, "quorum", "present-not-member", "person body date", \
	  "%s is recorded as present but held no seat on the %s on %s") \
	X(PRESENT_SCHOOL_NOT_MEMBER, NOTE, "quorum", "present-school-not-member", "school date", \
	  "%s was not a member on %s, so it does not count towards the quorum") \
	X(DECISION_RATIFIED, NOTE, "quorum", "decision-ratified", "body present membership quorum date", \
	  "decision taken while the %s was inquorate (%u of %u present, quorum %u) was ratified at its quorate meeting on %s") \
	X(RATIFICATION_INVALID, ERROR, "quorum", "ratification-invalid", "decision reason", \
	  "this item ratifies decision '%s', but %s") \
	/* meeting pattern */ \
	X(TOO_FEW_MEETINGS, DUTY_ERROR, "pattern", "too-few-meetings", "body meetings period min per", \
	  "the %s held %s in %s; the agreement requires at least %u each %s") \
	X(MEETING_WRONG_TERM, DUTY_ERROR, "pattern", "meeting-wrong-term", "body date term season", \
	  "the %s met on %s, in %s; its meetings belong in the %s term") \
	X(NO_MEETING_BEFORE, DUTY_ERROR, "pattern", "no-meeting-before", "body from meeting date", \
	  "no %s between %s and the %s on %s") \
	X(NO_MEETING_AFTER, DUTY_ERROR, "pattern", "no-meeting-after", "body meeting date until", \
	  "no %s between the %s on %s and %s") \
	X(SPECIAL_NO_REASON, DUTY_ERROR, "pattern", "special-no-reason", "body", \
	  "special meeting of the %s does not state its reason") \
	X(MEETING_STILL_SCHEDULED, WARNING, "pattern", "meeting-still-scheduled", "meeting date", \
	  "the %s on %s is still marked scheduled; record it as held or cancelled") \
	X(MEETING_HELD_IN_FUTURE, WARNING, "pattern", "meeting-held-in-future", "meeting date today", \
	  "the %s on %s is marked held but is after %s, the date checked") \
	/* before the meeting */ \
	X(AGENDA_ITEM_MISSING, WARNING, "agenda", "agenda-item-missing", "meeting date paper", \
	  "the %s on %s has no planned item for the %s the agreement requires there; lpdoc agenda adds it") \
	X(NOTICE_LATE, WARNING, "agenda", "notice-late", "meeting date notice given rule days", \
	  "notice of the %s on %s was given on %s, %s before it; %s requires %s") \
	X(NOTICE_NOT_GIVEN, WARNING, "agenda", "notice-not-given", "meeting date due", \
	  "notice of the %s on %s was due by %s and is not recorded as given") \
	/* reporting duties */ \
	X(REPORT_NOT_AT_FINAL_MEETING, DUTY_ERROR, "reports", "report-not-at-final-meeting", "paper meeting term date", \
	  "no %s at the final %s of %s (%s)") \
	X(REPORT_NO_MEETING, DUTY_ERROR, "reports", "report-no-meeting", "meeting period paper", \
	  "no %s in %s to receive the %s") \
	X(REPORT_MISSING, DUTY_ERROR, "reports", "report-missing", "paper body period per", \
	  "no %s received by the %s in %s; the agreement requires one each %s") \
	X(REPORT_MISSING_AT_MEETING, DUTY_ERROR, "reports", "report-missing-at-meeting", "meeting date paper", \
	  "the %s on %s did not receive the %s") \
	X(ANNUAL_REPORT_MISSING, DUTY_ERROR, "reports", "annual-report-missing", "year due", \
	  "no annual report for the financial year %s, due by %s") \
	X(ANNUAL_REPORT_UNPUBLISHED, DUTY_ERROR, "reports", "annual-report-unpublished", "year due", \
	  "the annual report for %s has no publication date and was due by %s") \
	X(ANNUAL_REPORT_LATE, DUTY_WARNING, "reports", "annual-report-late", "year published due", \
	  "the annual report for %s was published on %s, after it was due (%s)") \
	X(DELIVERY_PLAN_MISSING, DUTY_ERROR, "reports", "delivery-plan-missing", "year", \
	  "no delivery plan for the academic year %s") \
	X(DELIVERY_PLAN_NOT_AGREED, DUTY_WARNING, "reports", "delivery-plan-not-agreed", "year", \
	  "the delivery plan for %s records no date on which it was agreed") \
	X(DELIVERY_PLAN_NO_STRATEGY, DUTY_WARNING, "reports", "delivery-plan-no-strategy", "year", \
	  "the delivery plan for %s sets out no overall strategy") \
	X(ACTIVITY_NO_OUTPUTS, DUTY_WARNING, "reports", "activity-no-outputs", "activity", \
	  "activity '%s' sets out no planned outputs") \
	X(DELIVERY_PLAN_NO_MONIES, NOTE, "reports", "delivery-plan-no-monies", "year party", \
	  "the delivery plan for %s sets out no monies from %s") \
	X(PERFORMANCE_PLAN_MISSING, DUTY_ERROR, "reports", "performance-plan-missing", "year", \
	  "no annual performance plan for %s") \
	X(PERFORMANCE_PLAN_INCOMPLETE, DUTY_WARNING, "reports", "performance-plan-incomplete", "year missing", \
	  "the performance plan for %s lacks %s") \
	X(MEASURE_RECORDED_DIFFERS, WARNING, "reports", "measure-recorded-differs", "measure year recorded computed part whole date", \
	  "'%s' for %s is recorded as %s, but the inspection records give %s (%u of %u inspected member schools on %s)") \
	X(NARRATIVE_FIGURE_DIFFERS, WARNING, "reports", "narrative-figure-differs", "year said count period", \
	  "the annual report for %s says \"%s\"; the records give %u (%s)") \
	X(MILESTONE_OVERDUE, WARNING, "reports", "milestone-overdue", "milestone priority due", \
	  "milestone '%s' of '%s' was due on %s and is not done") \
	X(MILESTONE_LATE, WARNING, "reports", "milestone-late", "milestone priority done due", \
	  "milestone '%s' of '%s' was done on %s, after it was due (%s)") \
	X(ACTIVITY_OVERDUE, WARNING, "reports", "activity-overdue", "activity due rag", \
	  "activity '%s' was due on %s and is rated %s, not complete") \
	/* money */ \
	X(CEO_DECISION_OVER_LIMIT, DUTY_ERROR, "money", "office-decision-over-limit", "office amount purpose limit", \
	  "%s decision of %s (%s) is over the %s spending limit") \
	X(CEO_DECISION_BY_OTHER, WARNING, "money", "office-decision-by-other", "date person office", \
	  "decision of %s made by %s, who did not hold the office of %s that day") \
	X(CEO_DECISION_NOT_REPORTED, DUTY_ERROR, "money", "office-decision-not-reported", "office amount date body next", \
	  "%s decision of %s on %s was not reported at the next full meeting of the %s (%s)") \
	X(CEO_DECISION_REPORTED_LATE, DUTY_ERROR, "money", "office-decision-reported-late", "office amount reported next", \
	  "%s decision of %s was reported on %s; the next full meeting was on %s") \
	X(CEO_DECISION_WRONG_BODY, DUTY_ERROR, "money", "office-decision-wrong-body", "office amount body expected", \
	  "%s decision of %s was reported to the %s, not the %s") \
	X(BUDGET_LINE_OVERSPENT, WARNING, "money", "budget-line-overspent", "line year spent budget", \
	  "spending on '%s' in %s is %s against a budget of %s") \
	X(EXPENDITURE_OUTSIDE_YEAR, WARNING, "money", "expenditure-outside-year", "date line year", \
	  "spending on %s is charged to '%s' in the %s budget") \
	X(EXPENDITURE_OVER_DECISION, ERROR, "money", "expenditure-over-decision", "spent decided", \
	  "spending under this decision totals %s, more than the %s decided") \
	X(FUND_OVERCOMMITTED, DUTY_ERROR, "money", "fund-overcommitted", "fund granted total", \
	  "grants from the %s total %s, more than its %s") \
	X(GRANT_OUTSIDE_FUND_PERIOD, DUTY_ERROR, "money", "grant-outside-fund-period", "amount date fund from to", \
	  "grant of %s awarded on %s, outside the %s (%s to %s)") \
	X(DONOR_NOT_STRONG, DUTY_WARNING, "money", "donor-not-strong", "school judged", \
	  "support was drawn from %s, %s; support comes from good or outstanding schools that are not declining") \
	X(SPENT_UNRATIFIED, ERROR, "money", "spent-unratified", "amount date body decided standing", \
	  "%s spent on %s against a decision the %s took on %s while inquorate, which %s") \
	X(COMMITMENT_SHORT, DUTY_WARNING, "money", "commitment-short", "member paid amount year", \
	  "%s paid %s of the %s a year committed, in %s") \
	X(CONTRIBUTION_SHORT, DUTY_WARNING, "money", "contribution-short", "party paid agreed year", \
	  "%s contributed %s of the %s agreed in the delivery plan for %s") \
	/* membership */ \
	X(SCHOOL_NO_GROUPING, WARNING, "membership", "school-no-grouping", "school phase grouping", \
	  "%s is a %s school in no grouping; the %s is for its phase") \
	X(SCHOOL_WRONG_GROUPING, DUTY_WARNING, "membership", "school-wrong-grouping", "school phase grouping other", \
	  "%s is a %s school in the %s, which is for %s schools") \
	X(SUBSCRIPTION_DUE, NOTE, "membership", "subscription-due", "school year", \
	  "%s has not yet paid its %s subscription; until it does it is not a member") \
	X(SUBSCRIPTION_UNPAID, NOTE, "membership", "subscription-unpaid", "school year", \
	  "%s did not pay its %s subscription, so it was not a member that year") \
	X(MOU_UNSIGNED, DUTY_WARNING, "membership", "mou-unsigned", "school agreement", \
	  "%s has not signed the %s") \
	X(WITHDRAWAL_SHORT_NOTICE, DUTY_ERROR, "membership", "withdrawal-short-notice", "school notice effective months", \
	  "%s gave notice on %s to leave on %s, less than the %s required") \
	X(WITHDRAWAL_WITHOUT_NOTICE, DUTY_ERROR, "membership", "withdrawal-without-notice", "school date", \
	  "%s left on %s without a recorded notice of withdrawal") \
	X(REVIEW_NOT_RETURNED, WARNING, "membership", "review-not-returned", "member review date", \
	  "%s has not returned its pro-forma for the %s annual review, due by %s") \
	X(REVIEW_NOT_RETURNED_MORE, WARNING, "membership", "review-not-returned-more", "review count", \
	  "members besides those named that have not returned their pro-forma for the %s annual review: %u (this is the first of them; lpdoc review lists them all)") \
	X(REVIEW_WITHDRAW_LATE, DUTY_ERROR, "membership", "review-withdraw-late", "member date leaves notice-by months", \
	  "%s gave notice to withdraw on %s, to leave on %s: after %s, the last day for the %u months' notice required") \
	X(REVIEW_WITHDRAW_NO_NOTICE, ERROR, "membership", "review-withdraw-no-notice", "member review", \
	  "%s chose to withdraw at the %s review but no withdrawal notice is recorded") \
	X(VARIATION_UNSIGNED, DUTY_ERROR, "membership", "variation-unsigned", "change party", \
	  "change '%s' to the agreement is not signed by %s") \
	/* agreement */ \
	X(CLAUSE_DUPLICATE, WARNING, "agreement", "clause-duplicate", "clause line", \
	  "clause number %s is used twice: the first is at line %u") \
	X(CLAUSE_OUT_OF_ORDER, WARNING, "agreement", "clause-out-of-order", "clause where expected", \
	  "clause %s is out of order in %s: %s comes next") \
	X(CLAUSE_REF_MISSING, WARNING, "agreement", "clause-ref-missing", "where reference", \
	  "%s cites %s, which the agreement does not have") \
	X(CLAUSE_PLACEHOLDER, WARNING, "agreement", "clause-placeholder", "where text", \
	  "%s still holds the placeholder '%s'") \
	/* minutes */ \
	X(MINUTES_MISSING, DUTY_ERROR, "minutes", "minutes-missing", "meeting date", \
	  "no minutes recorded for the %s on %s") \
	X(MINUTES_NOT_APPROVED, DUTY_ERROR, "minutes", "minutes-not-approved", "meeting date next", \
	  "minutes of the %s on %s were not approved at the next meeting (%s)") \
	X(MINUTES_UNAPPROVED, WARNING, "minutes", "minutes-unapproved", "meeting date next", \
	  "minutes of the %s on %s are not yet approved, though it has met since (%s)") \
	X(MINUTES_APPROVED_LATE, DUTY_ERROR, "minutes", "minutes-approved-late", "meeting date approved next", \
	  "minutes of the %s on %s were approved on %s, not at the next meeting (%s)") \
	X(MINUTES_UNSIGNED, WARNING, "minutes", "minutes-unsigned", "meeting date approved", \
	  "minutes of the %s on %s were approved on %s but not signed as a correct record") \
	X(MINUTES_SIGNED_NOT_CHAIR, WARNING, "minutes", "minutes-signed-not-chair", "person body date chair", \
	  "minutes signed by %s, who was not chair of the %s on %s (%s was)") \
	X(MINUTES_SIGNED_EARLY, WARNING, "minutes", "minutes-signed-early", "date approved", \
	  "minutes signed on %s, before they were approved on %s") \
	X(APPROVAL_OTHER_BODY, ERROR, "minutes", "approval-other-body", "meeting other", \
	  "this %s approves the minutes of a %s") \
	X(APPROVAL_NOT_EARLIER, ERROR, "minutes", "approval-not-earlier", "date", \
	  "approves the minutes of a meeting on %s, which is not an earlier meeting") \
	X(ACTION_NO_OWNER, WARNING, "minutes", "action-no-owner", "action", \
	  "action '%s' has no owner") \
	X(ACTION_NO_DUE_DATE, WARNING, "minutes", "action-no-due-date", "action", \
	  "action '%s' has no due date") \
	X(ACTION_OVERDUE, WARNING, "minutes", "action-overdue", "action owner due", \
	  "action '%s' (%s) was due on %s and is still open") \
	X(INTERESTS_NOT_REGISTERED, DUTY_WARNING, "minutes", "interests-not-registered", "person body", \
	  "%s is on the %s but has registered no interests, not even a nil return") \
	X(DECLARATION_NOT_PRESENT, WARNING, "minutes", "declaration-not-present", "person", \
	  "%s declared an interest but is not recorded as present") \
	/* confidentiality */ \
	X(CONFIDENTIAL_MINUTE_CITED, DUTY_ERROR, "confidentiality", "confidential-minute-cited", "minute confidential", \
	  "public minute %s refers to confidential minute %s, which public editions leave out") \
	X(CONFIDENTIAL_ACTION_OUTSIDE, DUTY_WARNING, "confidentiality", "confidential-action-outside", "action person body", \
	  "action '%s' of a confidential item is owned by %s, who is not a member of the %s") \
	/* text */ \
	X(CHAR_NO_FONT, WARNING, "text", "char-no-font", "char", \
	  "no font lpdoc uses has the character %s: it prints as an empty box")

#define CHECK_MSG_ENUM(id, level, family, name, args, fmt) CHECK_MSG_##id,
typedef enum check_msg {
	CHECK_MESSAGES(CHECK_MSG_ENUM)
	CHECK_MSG_COUNT
} check_msg_t;
#undef CHECK_MSG_ENUM

/* level, family ("seats", ...), name ("seat-vacant"), args, format, and
 * duty: 1 for a DUTY_ERROR or DUTY_WARNING row (level from the clause). */
typedef diag_row_t check_msg_info_t;

/* The row of a message; NULL for an id out of range. */
const check_msg_info_t *check_msg_info(check_msg_t id);

#endif
