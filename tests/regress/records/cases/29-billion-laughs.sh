# An entity bomb is refused before any expansion.
{
 printf '<?xml version="1.0"?>\n<!DOCTYPE people [\n <!ENTITY l0 "lol">\n'
 i=1; while [ $i -le 9 ]; do p=$((i - 1)); printf ' <!ENTITY l%d "&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;">\n' $i $p $p $p $p $p $p $p $p $p $p; i=$((i + 1)); done
 printf ']>\n<people><person id="p" name="&l9;"/></people>\n'
} >people.xml
