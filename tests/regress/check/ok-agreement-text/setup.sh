# What the agreement lint accepts: citations of clauses that exist ("clause
# 3.1", "clauses 2.1 and 2.3") and of an annex the agreement has; lettered
# items in order (6.a, 6.b); items numbered in a paragraph's text in order
# (7.1, 7.3: a number skipped is no finding); words that merely contain "TBC" or "XX" (TBCs, XXI).
edit partnership.xml 's{(An Annual Report will be produced at the end of each financial year)}{$1, as clause 3.1 and clauses 2.1 and 2.3 require, with the dates in Annex A}'
edit partnership.xml 's{(    <closing>)}{    <clause num="6" title="Lettered items">\n      <clause num="6.a"><p>first (the XXI Club’s TBCs);</p></clause>\n      <clause num="6.b"><p>second.</p></clause>\n    </clause>\n    <clause num="7" title="Numbered paragraphs">\n      <p>7.1 first;</p>\n      <p>7.3 second (7.2 was left out).</p>\n    </clause>\n    <clause title="Annex A: meeting dates"><p>The Board fixes its dates each July.</p></clause>\n$1}'
