# The Strategic Group must meet within 7 days after each Members' Meeting; it met 13 days after.
edit partnership.xml 's{(<meets relative="before" body="eb" within-days="28" clause="2.3"/>)}{$1\n      <meets relative="after" body="mm" within-days="7" clause="2.3"/>}'
