/* check_scope: which records a finding concerns (see check.h), so that the
 * documents built from those records can show it. */
#include <string.h>

#include "../model/query.h"
#include "check.h"

const model_meeting_t *check_finding_meeting(const model_t *m, const diag_msg_t *g)
{
	return model_meeting_at(m, g->file, g->line);
}

int check_finding_in_dates(const model_t *m, const diag_msg_t *g, date_t start, date_t end)
{
	const model_meeting_t *mt = check_finding_meeting(m, g);
	return mt == NULL || (date_cmp(mt->date, start) >= 0 && date_cmp(mt->date, end) <= 0);
}

/* The item of mt whose record holds line: the last one starting at or
 * before it (items are written one after another). */
static const model_item_t *finding_item(const model_meeting_t *mt, unsigned line)
{
	const model_item_t *found = NULL;
	for (size_t i = 0; i < mt->nitems; i++)
		if (mt->items[i]->pos.line <= line)
			found = mt->items[i];
	return found;
}

int check_finding_confidential(const check_t *c, const model_t *m, const diag_msg_t *g)
{
	if (check_msg_of(c, g->seq) == CHECK_MSG_DONOR_NOT_STRONG)
		return 1;
	const model_meeting_t *mt = check_finding_meeting(m, g);
	if (mt == NULL)
		return 0;
	const model_item_t *it = finding_item(mt, g->line);
	return it != NULL && it->confidential;
}

static int at_pos(const model_pos_t *pos, const diag_msg_t *g)
{
	return pos->file && strcmp(pos->file, g->file) == 0 && pos->line == g->line;
}

/* The date of the dated record a finding is reported at (a CEO decision,
 * spending, a grant), so that a year-wide rule's finding belongs to the
 * term in which it happened; 0 when it is at none. */
static int finding_record_date(const model_t *m, const diag_msg_t *g, date_t *on)
{
	const model_records_t *r = model_records(m);
	if (g->file == NULL)
		return 0;
	for (size_t i = 0; i < r->nceo_decisions; i++)
		if (at_pos(&r->ceo_decisions[i]->pos, g)) {
			*on = r->ceo_decisions[i]->date;
			return 1;
		}
	for (size_t i = 0; i < r->nexpenditure; i++)
		if (at_pos(&r->expenditure[i]->pos, g)) {
			*on = r->expenditure[i]->date;
			return 1;
		}
	for (size_t i = 0; i < r->ngrants; i++)
		if (at_pos(&r->grants[i]->pos, g)) {
			*on = r->grants[i]->awarded;
			return 1;
		}
	return 0;
}

/* Period rules are reported at the rule, so the period is known only by
 * its label in the message, which names the term. */
int check_finding_in_term(const check_t *c, const model_t *m, const model_term_t *t,
                          const diag_msg_t *g)
{
	const model_meeting_t *mt = check_finding_meeting(m, g);
	if (mt)
		return mt->term == t;
	date_t on;
	if (finding_record_date(m, g, &on))
		return date_cmp(on, t->start) >= 0 && date_cmp(on, t->end) <= 0;
	switch (check_msg_of(c, g->seq)) {
	case CHECK_MSG_TOO_FEW_MEETINGS:
	case CHECK_MSG_REPORT_NO_MEETING:
	case CHECK_MSG_REPORT_MISSING:
		return strstr(g->text, t->name) != NULL;
	default:
		return 0;
	}
}
