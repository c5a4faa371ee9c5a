# The performance plan says nothing about learners, and no measure has a target for 2026-27.
edit partnership.xml 's{(<delivery-plan clause="5.3"/>)}{$1\n    <performance-plan clause="5.3"/>}'
edit plans.xml 's{<learners>.*?</learners>}{}s'
edit performance.xml 's{(<value year="2025-26" actual="74.0") target="75"}{$1}'
