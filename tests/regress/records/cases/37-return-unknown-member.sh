# A return from a member the records do not have.
sed -i 's|<return member="s-mill"|<return member="s-mil"|' members.xml
