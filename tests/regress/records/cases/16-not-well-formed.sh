# A tag left open.
sed -i 's/<\/person>//' people.xml
