# The AGM (moved to the autumn term) receives the accounts but not the directors' report.
edit partnership.xml 's{(<meets at-least="1" per="year" in-term=")summer}{${1}autumn}'
add_autumn_agm
edit meetings/other.xml 's{<paper kind="directors-report"[^>]*/>}{}'
