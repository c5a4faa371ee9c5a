# The Strategic Group's next meeting did not approve the September minutes.
edit meetings/other.xml 's{<approves meeting="sg-2025-09-30"/>}{}'
