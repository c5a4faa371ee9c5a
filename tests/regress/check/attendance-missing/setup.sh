# The Members' Meeting records nobody's attendance.
edit meetings/other.xml 's{<attendance>\s*<present person="p-ada" for="s-mill"/>.*?</attendance>}{}s'
