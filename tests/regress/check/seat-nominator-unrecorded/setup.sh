# A headteacher seat with no nominating body recorded.
edit people.xml 's{(seat="eb-head" from="2023-09-01" to="2026-08-31") nominated-by="rha"}{$1}'
