# An annual performance plan is required and there is none.
edit partnership.xml 's{(<delivery-plan clause="5.3"/>)}{$1\n    <performance-plan clause="5.3"/>}'
edit plans.xml 's{<performance-plan .*?</performance-plan>}{}s'
