# Month 13.
sed -i 's/joined="2024-01-08"/joined="2024-13-08"/' members.xml
