# A private-use character (a word processor's symbol font) in a person's
# name, another written as a character reference in a school's name, and
# a name in Gurmukhi, which the fallback fonts have: two warnings, at
# their lines and columns.
edit people.xml 's/name="Ada Lovelace"/name="Ada Lovelace \xee\x84\xa3"/; s/name="Ben Okafor"/name="ਹਰਪ੍ਰੀਤ ਸਿੰਘ"/'
edit members.xml 's/name="Mill Lane Primary School"/name="Mill Lane Primary School &#xF8FF;"/'
