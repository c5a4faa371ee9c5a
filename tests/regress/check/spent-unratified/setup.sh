# The special meeting of 14 November is inquorate (1 of 4, quorum 2); its £2,000
# is paid on 20 November against the decision, which no meeting has ratified.
edit meetings/eb.xml 's{(start="08:30".*?)<present person="p-eve"/>}{$1<apologies person="p-eve"/>}s' &&
edit meetings/eb.xml 's{<decision>(The Board agreed to release £2,000)}{<decision id="d-urgent">$1}' &&
edit finance.xml 's{(<expenditure id="e-002"[^>]*/>)}{$1\n  <expenditure id="e-urgent" date="2025-11-20" line="b-reading" amount="2000" payee="Reading Recovery Ltd" decision="d-urgent"/>}'
