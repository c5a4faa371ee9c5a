# Drafting placeholders left in the text to be signed: "[insert ...]" in
# clause 4.2, "TBC" in the closing text, "XX" in a clause title.
edit partnership.xml 's{(Members declare any interest in an item before it is discussed)}{$1 [insert the register’s location]}'
edit partnership.xml 's{(on the enclosed pro-forma)}{$1 by TBC}'
edit partnership.xml 's{title="Ethical behaviour"}{title="Ethical behaviour (XX)"}'
