# --today after the records' as-of date: they are judged as of as-of (19 December),
# so the action due on 20 December is not overdue.
edit meetings/eb.xml 's{(<action id="a-003" owner="p-eve" due=")2026-01-16}{${1}2025-12-20}'
