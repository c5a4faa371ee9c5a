# A grant awarded before its fund began.
edit finance.xml 's{(fund="f-challenge" amount="4000" awarded=")2025-10-07}{${1}2025-03-07}'
