# A term ending after its academic year.
sed -i 's/start="2026-04-13" end="2026-07-22">/start="2026-04-13" end="2026-09-22">/' calendar.xml
