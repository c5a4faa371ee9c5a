/*
 * ics: a partnership's dates as an iCalendar file (RFC 5545, made with
 * libical) that Outlook and Google Calendar import (`lpdoc calendar`).
 *
 * One VEVENT per meeting of every body, held, scheduled or cancelled
 * (STATUS:CANCELLED, so a calendar that had it drops it), at its date and
 * times as floating local times (the partnership's own clock), or all day
 * when the records give no start; and one all-day VEVENT per date the
 * agreement sets in each financial year of the calendar: the annual
 * review (the 1st of its month), the last day to give notice to withdraw
 * (the financial year's end less the notice period), the annual report's
 * due date (the year's end plus its months), and the agreement's
 * return-by date.  Every UID is made from record ids (the meeting's id,
 * the rule and year) and the partnership's id, so importing the file
 * again updates those events instead of adding copies.  DTSTAMP is
 * stamp (the day of the run: SOURCE_DATE_EPOCH's in tests).
 *
 * Ownership: ics_text() returns a new string the caller frees.
 */
#ifndef LPDOC_IMPORT_ICS_H
#define LPDOC_IMPORT_ICS_H

#include <stddef.h>

#include "../model/model.h"

typedef struct ics_counts {
	size_t meetings, dates;
} ics_counts_t;

char *ics_text(const model_t *m, date_t stamp, ics_counts_t *counts);

#endif
