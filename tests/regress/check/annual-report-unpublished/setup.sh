# The annual report for 2024-25 has no publication date.
edit calendar.xml 's{(<financial-year id="2025-26")}{<financial-year id="2024-25" start="2024-04-01" end="2025-03-31"/>\n  $1}'
edit plans.xml 's{(<annual-report year="2024-25") published="2025-07-08"}{$1}'
