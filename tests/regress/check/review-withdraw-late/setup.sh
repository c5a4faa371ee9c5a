# Hilltop's return to the December 2025 review, giving notice to withdraw at
# the end of March, arrived on 16 February 2026: after 31 January, the last
# day for two months' notice.  Reported once, on the return (its
# <withdrawal> of the same day is not reported again as short notice).
early_january
december_review_answered
as_of 2026-02-20
edit members.xml 's{<return member="s-hill" date="2025-12-10"}{<return member="s-hill" date="2026-02-16"}; s{<withdrawal notice="2025-12-10"}{<withdrawal notice="2026-02-16"}'
