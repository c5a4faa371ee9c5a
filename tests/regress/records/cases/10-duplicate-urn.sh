# Two schools with the same URN.
sed -i 's/urn="100003"/urn="100001"/' members.xml
