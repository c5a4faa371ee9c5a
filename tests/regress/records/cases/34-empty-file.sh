# An empty file.
: >finance.xml
