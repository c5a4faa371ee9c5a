# 2024-25 is in the calendar and no school paid its subscription for it.
edit calendar.xml 's{(<financial-year id="2025-26")}{<financial-year id="2024-25" start="2024-04-01" end="2025-03-31"/>\n  $1}'
edit finance.xml 's{(<income id="i-001")}{<income id="i-000" date="2024-05-01" source="council" from="rcc" commitment="c-council" amount="50000"/>\n  $1}'
