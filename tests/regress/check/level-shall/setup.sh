# The level comes from the clause's wording: clause 1.1 binds ("The
# Partnership shall be led by its Executive Board. Places on the Board are
# offered ..."), so a Board place left empty is an error, not the rule's own
# warning (seat-vacant shows the rule with "will", also binding).
edit partnership.xml 's{The Partnership will be led by its Executive Board}{The Partnership shall be led by its Executive Board}' &&
edit partnership.xml 's{id="eb-head" role="Headteacher" count="2"}{id="eb-head" role="Headteacher" count="3"}'
