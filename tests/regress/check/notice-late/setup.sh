# Notice of December's Board was given four days before it; the partnership's
# rule is lpdoc's default of seven days (the agreement sets none).
edit meetings/eb.xml 's{notice="2025-11-18"}{notice="2025-11-28"}'
