# Money written with a thousands separator.
sed -i 's/amount="50000" per="year"/amount="50,000" per="year"/' finance.xml
