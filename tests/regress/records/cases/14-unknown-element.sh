# A misspelt element name: a schema error.
sed -i 's/<return member="s-mill"/<retrun member="s-mill"/' members.xml
