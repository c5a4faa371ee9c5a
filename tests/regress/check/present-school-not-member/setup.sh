# Hilltop (subscription unpaid, so not a member) is present at the Members' Meeting.
edit meetings/other.xml 's{<apologies person="p-cat" for="s-hill"/>}{<present person="p-cat" for="s-hill"/>}'
