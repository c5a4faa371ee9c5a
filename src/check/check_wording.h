/*
 * check_wording: a finding's level from the agreement's own words.
 *
 * A rule that finds a duty of the agreement broken (a DUTY_ level in
 * CHECK_MESSAGES) is an error when the clause it cites binds ("will",
 * "shall", "must", "is required to") and a warning when the clause only
 * asks ("should", "aim", "expect", "endeavour", "intend", "with a view
 * to"). A clause's own paragraphs and list items are read, not its
 * sub-clauses; a clause that says neither takes the words of the clause it
 * belongs to ("The Executive Committee shall:" before 7.4.3), and where no
 * clause up the line says either, the rule's own level stands.  Binding
 * words win over asking ones in the same clause.  docs/diagnostics.md
 * ("How a finding's level is chosen") says the same for readers.
 */
#ifndef LPDOC_CHECK_CHECK_WORDING_H
#define LPDOC_CHECK_CHECK_WORDING_H

#include <stddef.h>

#include "../model/model.h"
#include "check_msg.h"

typedef enum check_wording {
	CHECK_WORDING_NONE,     /* neither binds nor asks */
	CHECK_WORDING_ASKS,     /* should, aim, expect, ... */
	CHECK_WORDING_BINDS     /* will, shall, must, ... */
} check_wording_t;

/* What the clause (or, when it says neither, the clause above it) says; the
 * deciding word as written ("shall") into word, "" for none.  cl may be NULL. */
check_wording_t check_clause_wording(const model_clause_t *cl, char *word, size_t size);

/* The level of message id when it cites clause cl (may be NULL): the table's
 * level, or for a duty rule the level the clause's wording gives. */
diag_level_t check_msg_level(check_msg_t id, const model_clause_t *cl);

#endif
