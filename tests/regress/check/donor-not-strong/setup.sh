# Hilltop (requires improvement) gives the support, to Brookside.
edit partnership.xml 's{(<declarations clause="4.2"/>)}{$1\n    <brokerage clause="4.1"/>}'
edit finance.xml 's{school="s-brook" date="2025-11-01" days="3" supported="s-hill"}{school="s-hill" date="2025-11-01" days="3" supported="s-brook"}'
