# Early January: the autumn term is over.  Half-termly and termly meetings, the
# financial report at the last Board meeting of term, the task group's termly report,
# the December review (Brookside's answer added): all kept.
as_of 2026-01-05
edit plans.xml 's{due="2025-12-19" cost="10000" rag="amber"}{due="2025-12-19" cost="10000" rag="complete" done="2025-12-18"}'
edit members.xml 's{(<mou signed="2023-10-09"[^>]*/>)}{$1\n    <review year="2025" date="2025-12-08" choice="remain"/>}'
