# In 2024-25 (income recorded) the council paid nothing of its yearly £50,000.
add_financial_year_2024_25
edit finance.xml 's{(<income id="i-001")}{<income id="i-000" date="2024-10-01" source="subscriptions" amount="2000"/>\n  $1}'
