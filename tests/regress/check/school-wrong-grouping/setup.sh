# The special school put in the primary grouping.
edit members.xml 's{(<school id="s-hill" urn="100003")}{$1 grouping="g-primary"}'
