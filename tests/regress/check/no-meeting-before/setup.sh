# The Strategic Group meeting before the Board's December meeting is cancelled.
edit meetings/other.xml 's{(<meeting id="sg-2025-11-25" body="sg" date="2025-11-25")}{$1 status="cancelled"}'
