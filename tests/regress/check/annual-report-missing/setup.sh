# The financial year 2023-24 is in the calendar and has no annual report.
edit calendar.xml 's{(<financial-year id="2025-26")}{<financial-year id="2023-24" start="2023-04-01" end="2024-03-31"/>\n  $1}'
