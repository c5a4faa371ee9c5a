# A misspelt element name: a schema error.
sed -i 's/<review year="2025" date="2025-12-05" choice="remain"\/>/<reveiw year="2025" date="2025-12-05" choice="remain"\/>/' members.xml
