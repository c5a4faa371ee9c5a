# Early January: Mill Lane's answer to the December review is dated November.
as_of 2026-01-05
edit plans.xml 's{due="2025-12-19" cost="10000" rag="amber"}{due="2025-12-19" cost="10000" rag="complete" done="2025-12-18"}'
edit members.xml 's{(<mou signed="2023-10-09"[^>]*/>)}{$1\n    <review year="2025" date="2025-12-08" choice="remain"/>}'
edit members.xml 's{<review year="2025" date="2025-12-05"}{<review year="2025" date="2025-11-05"}'
