# Two people with the same id.
sed -i 's/<person id="p-gus"/<person id="p-ada"/' people.xml
