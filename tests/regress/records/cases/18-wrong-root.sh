# A file whose root element belongs to another kind.
sed -i 's/<finance>/<budget>/; s/<\/finance>/<\/budget>/' finance.xml
