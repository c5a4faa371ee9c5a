# Early January: Brookside gave no answer at the December review.
as_of 2026-01-05
edit plans.xml 's{due="2025-12-19" cost="10000" rag="amber"}{due="2025-12-19" cost="10000" rag="complete" done="2025-12-18"}'
