# The AGM (moved to the autumn term) receives the accounts but not the directors' report.
edit partnership.xml 's{(<meets at-least="1" per="year" in-term=")summer}{${1}autumn}'
edit meetings/other.xml 's{</meetings>}{  <meeting id="agm-2025-11-20" body="agm" date="2025-11-20" kind="agm" venue="Riverside Education Centre">
    <attendance>
      <present person="p-ada" for="s-mill"/>
      <present person="p-ben" for="s-brook"/>
    </attendance>
    <item id="agm-2025-11-20-1" title="Directors’ report and accounts">
      <paper kind="directors-report" title="Directors’ report 2024-25"/>
      <paper kind="audited-accounts" title="Audited accounts 2024-25"/>
    </item>
  </meeting>
</meetings>}'
edit meetings/other.xml 's{<paper kind="directors-report"[^>]*/>}{}'
