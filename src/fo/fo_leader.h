/*
 * fo_leader: fo:leader.  Reads the leader's properties (leader-pattern
 * space, rule or dots; leader-length and its components; rule-thickness,
 * rule-style; leader-pattern-width), inherited as XSL says, and adds the
 * leader to the paragraph being collected (fo_text lays it out as glue
 * that takes the line's adjustment, as FOP does).  Draws rules.
 */
#ifndef LPDOC_FO_LEADER_H
#define LPDOC_FO_LEADER_H

#include "fo_layout.h"
#include "fo_text.h"

/* Adds leader n to paragraph p; problems go to env's diagnostics. */
void fo_leader_add(fo_para_t *p, const fo_node_t *n, const fo_gen_env_t *env);

#endif
