# A funding decision recorded as the CEO's was taken by the chair.
edit finance.xml 's{(<ceo-decision id="cd-001" date="2025-10-15" by=")p-eve}{${1}p-ada}'
