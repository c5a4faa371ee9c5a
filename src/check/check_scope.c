/* check_scope: which records a finding concerns (see check.h), so that the
 * documents built from those records can show it. */
#include <string.h>

#include "../model/query.h"
#include "check.h"

const model_meeting_t *check_finding_meeting(const model_t *m, const diag_msg_t *g)
{
	return model_meeting_at(m, g->file, g->line);
}

/* Period rules are reported at the rule, so the period is known only by
 * its label in the message, which names the term. */
int check_finding_in_term(const check_t *c, const model_t *m, const model_term_t *t,
                          const diag_msg_t *g)
{
	const model_meeting_t *mt = check_finding_meeting(m, g);
	if (mt)
		return mt->term == t;
	switch (check_msg_of(c, g->seq)) {
	case CHECK_MSG_TOO_FEW_MEETINGS:
	case CHECK_MSG_REPORT_NO_MEETING:
	case CHECK_MSG_REPORT_MISSING:
		return strstr(g->text, t->name) != NULL;
	default:
		return 0;
	}
}
