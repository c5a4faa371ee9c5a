# The CEO's decision was never reported to the Board.
edit finance.xml 's{ reported-at="eb-2025-12-02"}{}'
