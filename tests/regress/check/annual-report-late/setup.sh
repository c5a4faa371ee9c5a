# The annual report is due within two months of the year end; 2024-25's came in July.
add_financial_year_2024_25
edit partnership.xml 's{<annual-report within-months="6"}{<annual-report within-months="2"}'
