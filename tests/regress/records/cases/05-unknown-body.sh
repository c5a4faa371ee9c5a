# A meeting of a body that does not exist.
sed -i 's/body="sg" date="2025-09-30"/body="sgroup" date="2025-09-30"/' meetings/other.xml
