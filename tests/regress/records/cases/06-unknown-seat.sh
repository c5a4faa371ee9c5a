# A person holds a seat the body does not have.
sed -i 's/seat="eb-dcs"/seat="eb-dsc"/' people.xml
