# Records that do not load: exit 2, nothing checked.
edit calendar.xml 's{end="2026-03-31"/>}{end="2026-02-30"/>}'
