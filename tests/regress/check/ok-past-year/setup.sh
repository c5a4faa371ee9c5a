# The financial year 2024-25 is in the calendar: its annual report (published in
# time), the council's yearly contribution and every school's subscription.
add_financial_year_2024_25
edit finance.xml 's{(<income id="i-001")}{<income id="i-000" date="2024-05-01" source="council" from="rcc" commitment="c-council" amount="50000"/>\n  $1}'
edit members.xml 's{(<subscription year="2025-26" amount="1200")}{<subscription year="2024-25" amount="1200" paid="2024-09-20"/>\n    $1}'
edit members.xml 's{(<subscription year="2025-26" amount="950.50")}{<subscription year="2024-25" amount="950" paid="2024-10-01"/>\n    $1}'
edit members.xml 's{(<subscription year="2025-26" amount="600")}{<subscription year="2024-25" amount="600" paid="2024-10-11"/>\n    $1}'
