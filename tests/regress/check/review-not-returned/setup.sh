# 5 February 2026, after the return date (31 January): Brookside and the two
# partner organisations have not returned their pro-formas for the December
# 2025 review (Mill Lane remains; Hilltop, not a member when the review
# opened, withdraws).  Before the return date nothing is said (ok-later).
early_january
as_of 2026-02-05
