# 2024-25 is in the calendar; Mill Lane paid its subscription, the others did not.
add_financial_year_2024_25
edit members.xml 's{(<subscription year="2025-26" amount="1200")}{<subscription year="2024-25" amount="1200" paid="2024-09-20"/>\n    $1}'
