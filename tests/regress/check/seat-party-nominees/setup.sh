# A seat per party on the task group: the council has its nominee, the heads' association none.
edit partnership.xml 's{(<seat id="tf-member" role="Member" min=")2("/>)}{${1}1$2\n      <seat id="tf-party" role="Party nominee" count="1" per="party" clause="1.4"/>}'
edit people.xml 's{(<seat body="sg" seat="sg-la" from="2024-04-01" nominated-by="rcc"/>)}{$1\n    <seat body="tf-reading" seat="tf-party" from="2025-09-01" nominated-by="rcc"/>}'
