# An annual performance plan is required; the one for 2025-26 has every content.
edit partnership.xml 's{(<delivery-plan clause="5.3"/>)}{$1\n    <performance-plan clause="5.3"/>}'
