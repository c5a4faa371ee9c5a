# An action due on 10 December is still open.
edit meetings/eb.xml 's{(<action id="a-003" owner="p-eve" due=")2026-01-16}{${1}2025-12-10}'
