# A binary file in place of records.
printf '<calendar>\000</calendar>' >calendar.xml
