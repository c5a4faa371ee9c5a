/* check: the driver (one walk over the model) and the reporting function. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "../util/xalloc.h"
#include "check_internal.h"
#include "check_wording.h"

/* Every family, in the order the manual lists them. */
static const check_family_t *const check_families[] = {
	&check_family_seats, &check_family_quorum, &check_family_pattern,
	&check_family_reports, &check_family_money, &check_family_membership,
	&check_family_minutes, &check_family_confidentiality, &check_family_agreement,
	&check_family_text, &check_family_agenda,
};
#define NFAMILIES (sizeof check_families / sizeof check_families[0])

/* Calls handler `h` of every family that has one, with the arguments. */
#define EACH_FAMILY(h, ...) \
	for (size_t f_ = 0; f_ < NFAMILIES; f_++) \
		if (check_families[f_]->h) \
			check_families[f_]->h(__VA_ARGS__)

check_t *check_new(const model_t *m, date_t today, diag_t *d)
{
	check_t *c = xcalloc(1, sizeof *c);
	c->m = m;
	c->r = model_records(m);
	c->d = d;
	c->today = today;
	if (date_is_set(c->r->as_of) && (!date_is_set(today) || date_cmp(c->r->as_of, today) < 0))
		c->today = c->r->as_of;
	return c;
}

void check_free(check_t *c)
{
	if (c == NULL)
		return;
	free(c->ids);
	free(c->confidential);
	free(c->fy_subscriptions);
	free(c);
}

date_t check_date(const check_t *c)
{
	return c->today;
}

check_msg_t check_msg_of(const check_t *c, size_t seq)
{
	return seq < c->nids ? c->ids[seq] : CHECK_MSG_COUNT;
}

void check_run(check_t *c)
{
	const model_records_t *r = c->r;
	for (size_t f = 0; f < NFAMILIES; f++)
		for (check_duty_fn *const *duty = check_families[f]->duties; duty && *duty; duty++)
			(*duty)(c);
	for (size_t i = 0; i < r->nbodies; i++)
		EACH_FAMILY(body, c, r->bodies[i]);
	for (size_t i = 0; i < r->npeople; i++)
		EACH_FAMILY(person, c, r->people[i]);
	for (size_t i = 0; i < r->nmembers; i++)
		EACH_FAMILY(member, c, r->members[i]);
	for (size_t i = 0; i < r->nmeetings; i++) {
		const model_meeting_t *mt = r->meetings[i];
		EACH_FAMILY(meeting, c, mt);
		for (size_t j = 0; j < mt->nitems; j++)
			EACH_FAMILY(item, c, mt->items[j]);
	}
}

void check_report(check_t *c, check_msg_t id, const model_pos_t *pos,
                  const model_clause_t *clause, const model_clause_t *fallback, ...)
{
	const check_msg_info_t *info = check_msg_info(id);
	if (info == NULL)
		return;
	char text[1024];
	va_list ap;
	va_start(ap, fallback);
	vsnprintf(text, sizeof text, info->format, ap);
	va_end(ap);
	char cite[128];
	model_cite(c->m, clause ? clause : fallback, cite, sizeof cite);
	/* diag numbers messages by arrival; remember which message each is. */
	size_t seq = diag_len(c->d);
	c->ids = xgrow(c->ids, &c->capids, seq + 1, sizeof *c->ids);
	while (c->nids < seq)
		c->ids[c->nids++] = CHECK_MSG_COUNT;
	c->ids[seq] = id;
	c->nids = seq + 1;
	diag_add(c->d, check_msg_level(id, clause ? clause : fallback), pos ? pos->file : NULL, pos ? pos->line : 0,
	         pos ? pos->col : 0, cite[0] ? cite : NULL, "%s", text);
}
