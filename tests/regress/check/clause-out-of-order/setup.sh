# Clause 2's first two items are numbered 2.2 then 2.1 (2.1 does not follow
# 2.2), clause 2 ends with an item numbered in its text as if it belonged to
# clause 1 (the seed of the six-party agreement numbers clause 5.2's items
# 4.2.1 to 4.2.3), and clause 4 holds a clause 3.9.  A number skipped is no
# finding (ok-agreement-text).
edit partnership.xml 's{<clause num="2.1">}{<clause num="2.TMP">}; s{<clause num="2.2">}{<clause num="2.1">}; s{<clause num="2.TMP">}{<clause num="2.2">}'
edit partnership.xml 's{(<clause num="2.7">.*?</clause>)}{$1\n      <p>1.6.1 Meetings are held in person or online.</p>}s'
edit partnership.xml 's{(<clause num="4.2">.*?</clause>)}{$1\n      <clause num="3.9"><p>Members keep the Partnership’s papers safe.</p></clause>}s'
