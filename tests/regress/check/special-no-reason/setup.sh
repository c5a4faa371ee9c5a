# The special meeting does not say why it was called.
edit meetings/eb.xml 's{\s*reason="[^"]*"}{}'
