# A headteacher seat (RHA's to fill) recorded as nominated by the council.
edit people.xml 's{(seat="eb-head" from="2023-09-01" to="2026-08-31" nominated-by=")rha}{${1}rcc}'
