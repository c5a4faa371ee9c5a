# Minutes signed before the meeting took place.
sed -i 's/<signed by="p-ada" date="2025-11-25"\/>/<signed by="p-ada" date="2025-09-01"\/>/' meetings/other.xml
