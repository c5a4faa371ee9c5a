# A Board term of three years and a month.
edit people.xml 's{(seat="eb-head" from="2023-09-01" to=")2026-08-31}{${1}2026-09-30}'
