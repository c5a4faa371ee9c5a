# An activity of the delivery plan sets out no outputs.
edit plans.xml 's{<output>Support plan for each school causing concern</output>}{}'
