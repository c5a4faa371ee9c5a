# The spring term's final Board meeting is planned with its financial report
# (2.6), the earlier one without: only the final meeting of a term needs it.
cat > meetings/planned.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<meetings>
  <meeting id="eb-2026-02-03" body="eb" date="2026-02-03" start="16:00" status="scheduled"
           notice="2026-01-20"/>
  <meeting id="eb-2026-03-24" body="eb" date="2026-03-24" start="16:00" status="scheduled"
           notice="2026-03-10">
    <item id="eb-2026-03-24-1" title="Financial report" presenter="p-eve" purpose="information">
      <paper kind="financial-report" title="Financial report, spring term 2026"/>
    </item>
  </meeting>
</meetings>
XML
