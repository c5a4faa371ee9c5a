/*
 * check: runs every rule the partnership's agreement declares over a
 * loaded model and reports each breach as a diagnostic citing the clause.
 *
 * The checker walks the finished (read-only) model once: the partnership,
 * then every body, person, member and meeting with its items, handing
 * each object to the handler of every rule family (seats, quorum, meeting
 * pattern, reporting duties, money, membership, minutes,
 * confidentiality, text that no font has).  The rules come from the agreement data, never from
 * the code.  Every message comes from the table in check_msg.h.
 *
 * "Today" decides what is due or overdue: periods that have not ended by
 * then are not judged.  The records describe the partnership as of their
 * as-of date, so the checker judges as of the earlier of today and as-of.
 *
 * Ownership: a check_t borrows the model and the diag_t (both must
 * outlive it) and owns only its own bookkeeping; check_free() releases it.
 */
#ifndef LPDOC_CHECK_CHECK_H
#define LPDOC_CHECK_CHECK_H

#include <stddef.h>

#include "../model/model.h"
#include "../util/date.h"
#include "../util/diag.h"
#include "check_msg.h"

typedef struct check check_t;

check_t *check_new(const model_t *m, date_t today, diag_t *d);
void check_free(check_t *c);
/* Runs every rule family once over the model, reporting into the diag_t. */
void check_run(check_t *c);
/* The date the records were judged at: the earlier of today and as-of. */
date_t check_date(const check_t *c);
/* Which message a diagnostic is, by its arrival number (diag_msg_t.seq);
 * CHECK_MSG_COUNT when the diagnostic did not come from the checker. */
check_msg_t check_msg_of(const check_t *c, size_t seq);

/* The text family alone (check_text.c): warns of every character in
 * the record files that no font lpdoc uses has, as `lpdoc check` does.
 * Every command that makes documents from the records calls it. */
void check_text_fonts(const model_t *m, diag_t *d);

/* The meeting a finding is about: the last meeting that starts at or
 * before its line in the same file (meetings are written one after
 * another, so everything up to the next one is inside it); NULL when the
 * finding is not inside a meeting's record. */
const model_meeting_t *check_finding_meeting(const model_t *m, const diag_msg_t *g);
/* Whether a finding concerns term t: it is about a meeting of the term, or
 * about a dated record of it (a CEO decision, spending, a grant: year-wide
 * rules' findings belong to the term they happened in), or it judges a
 * rule over a period that is the term (or a half of it). */
int check_finding_in_term(const check_t *c, const model_t *m, const model_term_t *t,
                          const diag_msg_t *g);
/* Whether a finding concerns the period start..end: it is about a meeting
 * held then, or about the partnership as a whole (no meeting). */
int check_finding_in_dates(const model_t *m, const diag_msg_t *g, date_t start, date_t end);
/* Whether a finding is about confidential business, which published
 * documents leave out: it is inside a confidential (Part II) item of a
 * meeting's minutes, or it quotes the partnership's own judgement of a
 * school under its brokerage rule (donor-not-strong). */
int check_finding_confidential(const check_t *c, const model_t *m, const diag_msg_t *g);

#endif
