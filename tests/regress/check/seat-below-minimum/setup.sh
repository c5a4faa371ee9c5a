# The Strategic Group needs at least three headteachers; it has two.
edit partnership.xml 's{id="sg-head" role="Headteacher" min="2"}{id="sg-head" role="Headteacher" min="3"}'
