# The Board's last meeting of the spring term (24 March 2026) is planned
# without the financial report the agreement requires at it (2.6).
cat > meetings/planned.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<meetings>
  <meeting id="eb-2026-02-03" body="eb" date="2026-02-03" start="16:00" status="scheduled"
           notice="2026-01-20"/>
  <meeting id="eb-2026-03-24" body="eb" date="2026-03-24" start="16:00" status="scheduled"
           notice="2026-03-10">
    <item id="eb-2026-03-24-1" title="Delivery plan: progress" presenter="p-eve" purpose="discussion"/>
  </meeting>
</meetings>
XML
