# The heads' association contributes nothing in the delivery plan.
edit plans.xml 's{<contribution party="pt-heads" amount="4000"/>}{}'
