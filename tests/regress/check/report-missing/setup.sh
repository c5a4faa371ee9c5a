# Early January; the task group's report never reached the Strategic Group in the autumn term.
early_january
december_review_answered
edit meetings/other.xml 's{<paper kind="task-group-report"[^>]*/>}{}'
