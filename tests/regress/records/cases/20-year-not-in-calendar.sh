# A paper for a financial year the calendar does not list.
sed -i 's/by="p-eve" year="2025-26"/by="p-eve" year="2030-31"/' meetings/eb.xml
