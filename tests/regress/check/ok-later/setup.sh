# Early January: the autumn term is over.  Half-termly and termly meetings, the
# financial report at the last Board meeting of term, the task group's termly report,
# the December review (Brookside's answer added): all kept.
early_january
december_review_answered
