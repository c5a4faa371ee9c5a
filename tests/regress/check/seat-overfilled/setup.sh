# One headteacher place on the Board, held by two people.
edit partnership.xml 's{id="eb-head" role="Headteacher" count="2"}{id="eb-head" role="Headteacher" count="1"}'
