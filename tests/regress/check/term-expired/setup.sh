# The CEO's open-ended seat began more than three years ago.
edit people.xml 's{(seat="eb-ceo" from=")2023-09-01}{${1}2022-09-01}'
