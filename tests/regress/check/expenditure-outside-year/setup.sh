# Spending in March 2025 charged to the 2025-26 budget.
edit finance.xml 's{(<expenditure id="e-001" date=")2025-09-30}{${1}2025-03-30}'
