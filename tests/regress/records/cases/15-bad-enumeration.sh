# A body kind that is not one of the kinds.
sed -i 's/kind="strategic-group" clause/kind="strategy-group" clause/' partnership.xml
