# Clause 5.2 cites a clause 5.9 and an Annex B that the agreement does not have.
edit partnership.xml 's{(An Annual Report will be produced at the end of each financial year)}{$1, as clause 5.9 and Annex B require}'
