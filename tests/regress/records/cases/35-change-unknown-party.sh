# A change to the agreement signed by a party that is not a party.
sed -i 's/<signature party="pt-heads"/<signature party="pt-head"/' partnership.xml
