# The meeting of 2 December "ratifies" the decision of 7 October, which was
# taken at a quorate meeting and needs no ratification; and the inquorate
# special meeting of 14 November "ratifies" its own decision.
edit meetings/eb.xml 's{(<approves meeting="eb-2025-11-14"/>)}{$1 <ratifies decision="d-2025-10-07-a"/>}' &&
edit meetings/eb.xml 's{(start="08:30".*?)<present person="p-eve"/>}{$1<apologies person="p-eve"/>}s' &&
edit meetings/eb.xml 's{<decision>(The Board agreed to release £2,000[^<]*</decision>)}{<decision id="d-urgent">$1 <ratifies decision="d-urgent"/>}'
