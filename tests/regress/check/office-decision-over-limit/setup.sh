# The CEO's limit is £3,000; a decision of £3,499.99 was taken.
edit partnership.xml 's{<spending-limit office="ceo" amount="5000"}{<spending-limit office="ceo" amount="3000"}'
