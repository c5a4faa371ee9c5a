# A person's organisation is not a member.
sed -i 's/org="s-brook" job/org="s-brooke" job/' people.xml
