# The CEO decided £3,000 and £3,499.99 was spent under the decision.
edit finance.xml 's{(by="p-eve" amount=")3499.99}{${1}3000}'
