# Money written with a pound sign and three decimals.
sed -i 's/amount="3499.99" payee/amount="£3499.999" payee/' finance.xml
