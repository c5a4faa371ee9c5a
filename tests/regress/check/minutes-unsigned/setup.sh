# The Strategic Group's approved September minutes are not signed.
edit meetings/other.xml 's{<signed by="p-ada" date="2025-11-25"/>}{}'
