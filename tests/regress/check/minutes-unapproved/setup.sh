# Minutes may be approved at any later meeting; the September minutes are not yet approved.
edit partnership.xml 's{approve-at="next-meeting"}{approve-at="any-later-meeting"}'
edit meetings/other.xml 's{<approves meeting="sg-2025-09-30"/>}{}'
