# A start time of 25:00.
sed -i 's/start="08:30"/start="25:00"/' meetings/eb.xml
