# The Board's headteacher places grow to three; two are filled.
edit partnership.xml 's{id="eb-head" role="Headteacher" count="2"}{id="eb-head" role="Headteacher" count="3"}'
