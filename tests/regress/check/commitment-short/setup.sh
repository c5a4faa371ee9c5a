# In 2024-25 (income recorded) the council paid nothing of its yearly £50,000.
edit calendar.xml 's{(<financial-year id="2025-26")}{<financial-year id="2024-25" start="2024-04-01" end="2025-03-31"/>\n  $1}'
edit finance.xml 's{(<income id="i-001")}{<income id="i-000" date="2024-10-01" source="subscriptions" amount="2000"/>\n  $1}'
