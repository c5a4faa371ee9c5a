# The delivery plan does not say when it was agreed.
edit plans.xml 's{(<delivery-plan year="2025-26") agreed="2025-07-08"}{$1}'
