# A rule cites a clause the agreement does not have.
sed -i 's/<withdrawal-notice months="2" clause="5.1"/<withdrawal-notice months="2" clause="5.9"/' partnership.xml
