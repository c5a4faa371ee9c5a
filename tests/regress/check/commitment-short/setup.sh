# In 2024-25 the council paid nothing of its yearly £50,000 (and no subscriptions were paid).
edit calendar.xml 's{(<financial-year id="2025-26")}{<financial-year id="2024-25" start="2024-04-01" end="2025-03-31"/>\n  $1}'
