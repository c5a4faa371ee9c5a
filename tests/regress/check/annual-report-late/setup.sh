# The annual report is due within two months of the year end; 2024-25's came in July.
edit calendar.xml 's{(<financial-year id="2025-26")}{<financial-year id="2024-25" start="2024-04-01" end="2025-03-31"/>\n  $1}'
edit partnership.xml 's{<annual-report within-months="6"}{<annual-report within-months="2"}'
