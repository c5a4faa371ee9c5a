# The special meeting of 14 November is inquorate (1 of 4, quorum 2); its £2,000
# is paid on 20 November against the decision, before the meeting of 2 December
# ratifies it.
edit finance.xml 's{<expenditure id="e-003" date="2025-12-08"}{<expenditure id="e-003" date="2025-11-20"}'
