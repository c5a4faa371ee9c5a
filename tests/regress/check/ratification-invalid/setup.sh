# The meeting of 2 December "ratifies" the decision of 7 October, which was
# taken at a quorate meeting and needs no ratification (in place of the
# example's ratification of 14 November's decision, and nothing is spent
# against that); and the inquorate special meeting of 14 November "ratifies"
# its own decision.
edit meetings/eb.xml 's{<ratifies decision="d-2025-11-14-a"/>}{<ratifies decision="d-2025-10-07-a"/>}' &&
edit finance.xml 's{ decision="d-2025-11-14-a"}{}' &&
edit meetings/eb.xml 's{(The Board agreed to release £2,000[^<]*</decision>)}{$1 <ratifies decision="d-2025-11-14-a"/>}'
