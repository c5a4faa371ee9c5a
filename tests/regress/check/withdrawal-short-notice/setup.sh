# Hilltop gave notice on 10 December to leave on 31 January: under two months.
edit members.xml 's{effective="2026-03-31"}{effective="2026-01-31"}'
