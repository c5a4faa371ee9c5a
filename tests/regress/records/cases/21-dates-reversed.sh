# A seat held from after it ends.
sed -i 's/seat="sg-la" from="2024-04-01"/seat="sg-la" from="2024-04-01" to="2023-04-01"/' people.xml
