# An action owner misspelt: the nearest id is suggested.
sed -i 's/owner="p-eve" due="2025-11-28"/owner="p-evee" due="2025-11-28"/' meetings/eb.xml
