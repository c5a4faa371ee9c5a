# The annual report for 2024-25 has no publication date.
add_financial_year_2024_25
edit plans.xml 's{(<annual-report year="2024-25") published="2025-07-08"}{$1}'
