# A body kind that is not one of the kinds.
sed -i 's/kind="strategic-group"/kind="strategy-group"/' partnership.xml
