# Support is drawn from strong schools: Brookside (outstanding, improving) supports Hilltop.
edit partnership.xml 's{(<declarations clause="4.2"/>)}{$1\n    <brokerage clause="4.1"/>}'
