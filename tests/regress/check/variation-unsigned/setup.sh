# The change to clause 3.2 is not signed by the heads' association.
edit partnership.xml 's{<signature party="pt-heads"[^>]*/>}{}'
