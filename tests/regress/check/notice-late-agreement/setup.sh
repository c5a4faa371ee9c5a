# The agreement itself sets the notice period (here, as if clause 2.1 said fourteen
# days): December's Board, given notice on 18 November, exactly fourteen days
# before, is in time; October's notice moved to 27 September (ten days) is late,
# and the finding cites the rule's clause, 2.1.
edit partnership.xml 's{<meeting-notice days="7" default="yes"/>}{<meeting-notice days="14" clause="2.1"/>}' &&
edit meetings/eb.xml 's{notice="2025-09-23"}{notice="2025-09-27"}'
