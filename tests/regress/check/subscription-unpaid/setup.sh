# 2024-25 is in the calendar; Mill Lane paid its subscription, the others did not.
edit calendar.xml 's{(<financial-year id="2025-26")}{<financial-year id="2024-25" start="2024-04-01" end="2025-03-31"/>\n  $1}'
edit members.xml 's{(<subscription year="2025-26" amount="1200")}{<subscription year="2024-25" amount="1200" paid="2024-09-20"/>\n    $1}'
