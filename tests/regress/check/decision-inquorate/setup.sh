# At the special meeting only the chair is present: 1 of 4, quorum 2; a decision is taken.
edit meetings/eb.xml 's{(start="08:30".*?)<present person="p-eve"/>}{$1<apologies person="p-eve"/>}s'
