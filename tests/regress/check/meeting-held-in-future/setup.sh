# A grouping meeting in January is marked held, in December.
edit meetings/other.xml 's{</meetings>}{  <meeting id="g-primary-2026-01-10" body="g-primary" date="2026-01-10">
    <item id="g-primary-2026-01-10-1" title="Reading moderation"/>
  </meeting>
</meetings>}'
