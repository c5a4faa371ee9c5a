# A meeting without its date: a schema error.
sed -i 's/ date="2025-11-25" start="15:30"/ start="15:30"/' meetings/other.xml
