# Early January: Hilltop chose to withdraw but no notice of withdrawal is recorded.
early_january
december_review_answered
edit members.xml 's{<withdrawal notice="2025-12-10" effective="2026-03-31"/>}{}'
