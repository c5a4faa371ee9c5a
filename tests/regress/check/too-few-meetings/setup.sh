# The Board's only meeting in the first half of the autumn term is cancelled.
edit meetings/eb.xml 's{(notice="2025-09-23" )status="held"}{${1}status="cancelled"}'
