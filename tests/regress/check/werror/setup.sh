# -W error: an overdue action (a warning) becomes an error, and the exit status 1.
edit meetings/eb.xml 's{(<action id="a-003" owner="p-eve" due=")2026-01-16}{${1}2025-12-10}'
