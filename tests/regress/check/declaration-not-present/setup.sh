# A declaration by someone who sent apologies.
edit meetings/eb.xml 's{<declaration person="p-ada"}{<declaration person="p-ben"}'
