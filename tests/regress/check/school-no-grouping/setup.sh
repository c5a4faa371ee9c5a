# A primary school in no grouping, though there is a primary grouping.
edit members.xml 's{(<school id="s-brook".*?) grouping="g-primary"}{$1}s'
