# The reading line's budget is £3,000; £3,499.99 was spent.
edit finance.xml 's{(<line id="b-reading" name="Reading initiative" priority="pr-reading" amount=")12000}{${1}3000}'
