# Brookside left at the end of November without giving notice.
edit members.xml 's{(<school id="s-brook".*?joined="2023-09-01")}{$1 left="2025-11-30"}s'
