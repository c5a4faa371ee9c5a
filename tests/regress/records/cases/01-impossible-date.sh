# A due date that does not exist (30 February).
sed -i 's/due="2025-11-28"/due="2025-02-30"/' meetings/eb.xml
