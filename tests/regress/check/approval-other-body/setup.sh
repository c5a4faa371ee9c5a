# The Strategic Group approves the grouping's minutes.
edit meetings/other.xml 's{(<approves meeting="sg-2025-09-30"/>)}{$1\n      <approves meeting="g-primary-2025-10-01"/>}'
