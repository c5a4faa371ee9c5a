# The special meeting of 14 November is inquorate (1 of 4, quorum 2); the quorate
# meeting of 2 December ratifies its decision: a note, not an error.
edit meetings/eb.xml 's{(start="08:30".*?)<present person="p-eve"/>}{$1<apologies person="p-eve"/>}s' &&
edit meetings/eb.xml 's{<decision>(The Board agreed to release £2,000)}{<decision id="d-urgent">$1}' &&
edit meetings/eb.xml 's{(<approves meeting="eb-2025-11-14"/>)}{$1 <ratifies decision="d-urgent"/>}'
