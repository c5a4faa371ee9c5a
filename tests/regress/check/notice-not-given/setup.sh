# A Board meeting planned for 22 December 2025: its notice was due by the 15th
# and none is recorded on the 19th.
cat > meetings/planned.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<meetings>
  <meeting id="eb-2025-12-22" body="eb" date="2025-12-22" start="16:00" kind="special"
           reason="To agree the spring budget" status="scheduled"/>
  <meeting id="mm-2025-12-22" body="mm" date="2025-12-22" start="13:30" status="scheduled"/>
</meetings>
XML
