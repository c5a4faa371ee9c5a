# A required file is missing.
rm people.xml
