/*
 * model_msg: the one table of every message the records loader can print:
 * rows of diag_row_t (diag.h), as in check/check_msg.h, in the families
 * "files", "schema", "values", "ids" and "records".  docs/diagnostics.md
 * documents each row (tests/unit/test_check_msgs.c).
 */
#ifndef LPDOC_MODEL_MODEL_MSG_H
#define LPDOC_MODEL_MODEL_MSG_H

#include "../util/diag.h"

/* X(ID, LEVEL, FAMILY, "short-name", "argument names", "format") */
#define MODEL_MESSAGES(X) \
	/* the folder and its files */ \
	X(NOT_A_FOLDER, ERROR, "files", "not-a-folder", "", \
	  "not a folder: give the folder holding a partnership's records, e.g. data/example") \
	X(FILE_MISSING, ERROR, "files", "file-missing", "kind", \
	  "missing: every partnership folder needs a %s.xml (see docs/records.md and data/example/)") \
	X(NOT_A_RECORD_FILE, WARNING, "files", "not-a-record-file", "", \
	  "not a record file, ignored: the record files are partnership.xml, members.xml, people.xml, calendar.xml, meetings.xml, finance.xml, performance.xml, plans.xml and meetings/*.xml") \
	X(WRONG_ROOT, ERROR, "files", "wrong-root", "root expected kind", \
	  "the root element is <%s>, expected <%s> in a %s file") \
	/* schemas */ \
	X(SCHEMA_INCLUDE, FATAL, "schema", "schema-include", "href", \
	  "schema include '%s' must be a file name in data/schema/") \
	X(SCHEMA_BROKEN, FATAL, "schema", "schema-broken", "reason", \
	  "broken schema: %s") \
	X(SCHEMA_MISSING, FATAL, "schema", "schema-missing", "kind", \
	  "cannot load the %s schema: is lpdoc installed completely? (set LPDOC_DATADIR to the folder holding data/schema)") \
	X(SCHEMA_MISMATCH, ERROR, "schema", "schema-mismatch", "reason", \
	  "does not match the schema: %s (see docs/records.md)") \
	X(SCHEMA_MISMATCH_FILE, ERROR, "schema", "schema-mismatch-file", "", \
	  "does not match its schema (see docs/records.md)") \
	X(VALUE_NOT_ALLOWED, ERROR, "schema", "value-not-allowed", "attribute value element allowed", \
	  "%s=\"%s\" is not allowed on <%s>: use %s") \
	X(ATTRIBUTE_MISSING, ERROR, "schema", "attribute-missing", "element attribute", \
	  "<%s> is missing the required attribute '%s' (see docs/records.md)") \
	/* values of attributes */ \
	X(NOT_A_DATE, ERROR, "values", "not-a-date", "attribute value why", \
	  "%s=\"%s\" is not a date: %s (e.g. 2025-10-14)") \
	X(MONEY_TOO_LARGE, ERROR, "values", "money-too-large", "attribute value", \
	  "%s=\"%s\" is too large: an amount is at most £1,000,000,000") \
	X(NOT_MONEY, ERROR, "values", "not-money", "attribute value", \
	  "%s=\"%s\" is not an amount of money: write pounds as digits with optional pence, no £ and no commas (e.g. 1200 or 950.50)") \
	X(MONEY_NEGATIVE, ERROR, "values", "money-negative", "attribute value", \
	  "%s=\"%s\" is negative: a sum of money here is never below zero (only a <balance>'s opening may be; see docs/records.md)") \
	X(NOT_A_NUMBER, ERROR, "values", "not-a-number", "attribute value", \
	  "%s=\"%s\" is not a whole number") \
	X(NOT_A_YEAR, ERROR, "values", "not-a-year", "attribute value", \
	  "%s=\"%s\" is not a year: write the two calendar years it spans, e.g. 2025-26") \
	X(NOT_A_TIME, ERROR, "values", "not-a-time", "attribute value", \
	  "%s=\"%s\" is not a time: expected HH:MM, 00:00 to 23:59") \
	X(NOT_A_MONTH, ERROR, "values", "not-a-month", "month", \
	  "month=\"%u\" is not a month: use 1 (January) to 12 (December)") \
	X(NOT_A_DAY_OF_YEAR, ERROR, "values", "not-a-day-of-year", "value", \
	  "fy-start=\"%s\" is not a day of the year: expected MM-DD, e.g. 04-01") \
	X(PERCENT_OUT_OF_RANGE, ERROR, "values", "percent-out-of-range", "value", \
	  "percent=\"%s\" must be more than 0 and at most 100") \
	X(QUORUM_OVER_WHOLE, ERROR, "values", "quorum-over-whole", "numerator denominator", \
	  "quorum fraction %u/%u is more than the whole membership") \
	X(DATES_REVERSED, ERROR, "values", "dates-reversed", "end start", \
	  "%s is before %s: the dates are the wrong way round") \
	X(NAMED_FILE_URL, ERROR, "values", "named-file-url", "attribute name", \
	  "%s=\"%s\" is a URL: lpdoc reads no URL; name a file inside the partnership folder") \
	X(NAMED_FILE_MISSING, ERROR, "values", "named-file-missing", "attribute name what", \
	  "%s=\"%s\": no such file in the partnership folder: add the %s there or correct the name") \
	X(NAMED_FILE_OUTSIDE, ERROR, "values", "named-file-outside", "attribute name what", \
	  "%s=\"%s\" is outside the partnership folder: lpdoc reads only files inside it; copy the %s into the folder and name it from there") \
	X(LOGO_NOT_IMAGE, ERROR, "values", "logo-not-image", "logo", \
	  "logo=\"%s\" is not a PNG, JPEG or SVG image") \
	/* ids and references */ \
	X(DUPLICATE_ID, ERROR, "ids", "duplicate-id", "kind id file line col", \
	  "duplicate %s id '%s': it is already used at %s:%u:%u; ids must be unique") \
	X(DUPLICATE_URN, ERROR, "ids", "duplicate-urn", "urn file line col", \
	  "URN %s is already used at %s:%u:%u; each school has its own URN") \
	X(DUPLICATE_SEAT, ERROR, "ids", "duplicate-seat", "seat body", \
	  "duplicate seat id '%s' in body '%s'") \
	X(UNKNOWN_ID_NEAR, ERROR, "ids", "unknown-id-near", "kind id attribute near", \
	  "unknown %s '%s' (%s=); did you mean '%s'?") \
	X(UNKNOWN_ID_NONE, ERROR, "ids", "unknown-id-none", "kind id attribute kind", \
	  "unknown %s '%s' (%s=): the records define no %s at all") \
	X(UNKNOWN_ID, ERROR, "ids", "unknown-id", "kind id attribute kind", \
	  "unknown %s '%s' (%s=): no %s has that id") \
	X(UNKNOWN_SEAT_NEAR, ERROR, "ids", "unknown-seat-near", "body seat near", \
	  "body '%s' has no seat '%s'; did you mean '%s'?") \
	X(UNKNOWN_SEAT, ERROR, "ids", "unknown-seat", "body seat", \
	  "body '%s' has no seat '%s': its seats are defined in partnership.xml") \
	X(ITEM_OTHER_MEETING, ERROR, "ids", "item-other-meeting", "item meeting this", \
	  "item '%s' belongs to meeting '%s', not to this meeting '%s'") \
	/* records that contradict themselves */ \
	X(PERIOD_OUTSIDE, ERROR, "records", "period-outside", "period outer", \
	  "the %s is not inside its %s") \
	X(PERIOD_OVERLAP, ERROR, "records", "period-overlap", "period", \
	  "the %s starts before the previous one ends: list them in date order without overlaps") \
	X(BODY_ENDS_EARLY, ERROR, "records", "body-ends-early", "body", \
	  "body '%s' ends (to) before it starts (from)") \
	X(RULE_TWICE, ERROR, "records", "rule-twice", "rule", \
	  "rule <%s> is given twice; keep one") \
	X(WITHDRAWAL_TWICE, ERROR, "records", "withdrawal-twice", "school", \
	  "school '%s' has two withdrawals; keep one") \
	X(REGISTER_TWICE, ERROR, "records", "register-twice", "year line", \
	  "a second register for the review of %s: the first is at line %u; keep every return of a review in one <review>") \
	X(RETURN_TWICE, ERROR, "records", "return-twice", "member year line", \
	  "a second return from '%s' for the review of %s (the first is at line %u); a member returns once: keep the one received") \
	X(ATTENDEE_TWICE, ERROR, "records", "attendee-twice", "person line", \
	  "person '%s' is listed twice in the attendance (already at line %u)") \
	X(MEETING_ENDS_EARLY, ERROR, "records", "meeting-ends-early", "end start", \
	  "the meeting ends (%s) before it starts (%s)") \
	X(NOTICE_AFTER_MEETING, ERROR, "records", "notice-after-meeting", "", \
	  "notice is dated after the meeting") \
	X(SIGNED_BEFORE_MEETING, ERROR, "records", "signed-before-meeting", "", \
	  "the minutes are signed before the meeting took place") \
	X(BUDGET_TWICE, ERROR, "records", "budget-twice", "year", \
	  "a second budget for %s: there is one budget per financial year") \
	X(MEASURE_VALUE_TWICE, ERROR, "records", "measure-value-twice", "measure year", \
	  "measure '%s' has two values for %s")

#define MODEL_MSG_ENUM(id, ...) MODEL_MSG_##id,
typedef enum model_msg { MODEL_MESSAGES(MODEL_MSG_ENUM) MODEL_MSG_COUNT } model_msg_t;
#undef MODEL_MSG_ENUM

extern const diag_row_t model_msgs[MODEL_MSG_COUNT];

/* model_report(d, file, line, col, MODEL_MSG_..., arguments): line and col 0 when unknown. */
#define model_report(d, file, line, col, ...) \
	diag_report((d), model_msgs, MODEL_MSG_COUNT, (file), (line), (col), __VA_ARGS__)

#endif
