# An action with no due date.
edit meetings/eb.xml 's{(<action id="a-003" owner="p-eve") due="2026-01-16"}{$1}'
