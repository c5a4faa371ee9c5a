# At the Strategic Group of 25 November only one member is present (quorum 2); no decisions.
edit meetings/other.xml 's{(date="2025-11-25".*?)<present person="p-ben"/>\s*<present person="p-dee"/>}{$1<apologies person="p-ben"/><apologies person="p-dee"/>}s'
