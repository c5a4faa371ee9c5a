# A decision of 1 October was reported in December, not at the Board on 7 October.
edit finance.xml 's{(<ceo-decision id="cd-001" date=")2025-10-15}{${1}2025-10-01}'
