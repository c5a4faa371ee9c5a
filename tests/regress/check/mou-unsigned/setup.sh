# Brookside has not signed the MoU.
edit members.xml 's{<mou signed="2023-10-09"[^>]*/>}{}'
