# A declaration about an item of another meeting.
sed -i 's/item="eb-2025-10-07-3"/item="eb-2025-12-02-2"/' meetings/eb.xml
