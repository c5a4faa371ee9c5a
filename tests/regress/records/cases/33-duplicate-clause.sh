# Two clauses with the same number: no longer a load error of its own (lpdoc
# check reports it as clause-duplicate, and goes on checking); what fails to
# load is the reference to clause 1.2, which no longer exists.
sed -i 's/<clause num="1.2">/<clause num="1.1">/' partnership.xml
