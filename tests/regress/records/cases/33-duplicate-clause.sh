# Two clauses with the same number.
sed -i 's/<clause num="1.2">/<clause num="1.1">/' partnership.xml
