# A date written the British way instead of YYYY-MM-DD.
sed -i 's/date="2025-10-07" start/date="07\/10\/2025" start/' meetings/eb.xml
