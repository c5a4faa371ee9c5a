# The Strategic Group must meet within 14 days after each Members' Meeting; it did.
edit partnership.xml 's{(<meets relative="before" body="eb" within-days="28" clause="2.3"/>)}{$1\n      <meets relative="after" body="mm" within-days="14" clause="2.3"/>}'
