# An activity due on 1 December is still amber.
edit plans.xml 's{due="2025-12-19" cost="10000"}{due="2025-12-01" cost="10000"}'
