# The Director of Children's Services also takes a headteacher seat on the Board.
edit people.xml 's{(<seat body="eb" seat="eb-dcs" from="2024-04-01" nominated-by="rcc"/>)}{$1\n    <seat body="eb" seat="eb-head" from="2025-09-01" nominated-by="rha"/>}'
