# The CEO's decision was reported to the Strategic Group instead of the Board.
edit finance.xml 's{reported-at="eb-2025-12-02"}{reported-at="sg-2025-11-25"}'
