# Two clauses numbered 4.2 (once a load error that stopped every check: now
# a finding, and the rest of the records is still checked).
edit partnership.xml 's{(<clause num="4.2">.*?</clause>)}{$1\n      <clause num="4.2"><p>Members keep the Partnership’s papers safe.</p></clause>}s'
