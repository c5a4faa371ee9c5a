# A year whose two halves do not follow.
sed -i 's/<subscription year="2025-26" amount="600"/<subscription year="2025-27" amount="600"/' members.xml
