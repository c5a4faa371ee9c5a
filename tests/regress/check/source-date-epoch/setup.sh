# No --today: SOURCE_DATE_EPOCH (9 December 2025) is the date; the action due
# on 10 December is not yet overdue, the one due on 1 December is.
edit meetings/eb.xml 's{(<action id="a-003" owner="p-eve" due=")2026-01-16}{${1}2025-12-10}'
edit meetings/eb.xml 's{(<action id="a-002" owner="p-dee" due=")2026-01-30}{${1}2025-12-01}'
