# The end of the academic year (1 September 2026), with the Board, the Members'
# Meeting, the AGM and the task group wound up at the end of 2025:
# the grouping met in the year and received its yearly paper, the parties paid the
# monies agreed in the delivery plan, the council its yearly contribution.
as_of 2026-09-01
edit partnership.xml 's{(<body id="(?:eb|mm|agm)" [^>]*?)>}{$1 to="2025-12-31">}g'
edit partnership.xml 's{from="2025-09-01" to="2026-03-31"}{from="2025-09-01" to="2025-12-31"}'
edit partnership.xml 's{(<meets at-least="1" per="year" clause="2.2"/>)}{$1\n      <report paper="annual-report" at="each-year" clause="2.2"/>}'
edit meetings/other.xml 's{<item id="g-primary-2025-10-01-1" title="Sharing good practice in phonics"/>}{<item id="g-primary-2025-10-01-1" title="Sharing good practice in phonics"><paper kind="annual-report" title="Annual report 2024-25"/></item>}'
edit meetings/eb.xml 's{status="open">Arrange}{status="done" done="2026-01-20">Arrange}'
edit meetings/eb.xml 's{(<action id="a-003" owner="p-eve" due="2026-01-16")>}{$1 status="done" done="2026-01-10">}'
edit plans.xml 's{<milestone id="ms-2" due="2026-03-31">}{<milestone id="ms-2" due="2026-03-31" done="2026-03-20">}'
edit plans.xml 's{rag="green">}{rag="complete" done="2026-03-30">}'
edit plans.xml 's{due="2025-12-19" cost="10000" rag="amber"}{due="2025-12-19" cost="10000" rag="complete" done="2025-12-18"}'
edit finance.xml 's{(<income id="i-001")}{<income id="i-004" date="2025-10-01" source="party-contribution" from="rcc" amount="18000"/>\n  <income id="i-005" date="2025-10-01" source="party-contribution" from="rha" amount="4000"/>\n  $1}'
december_review_answered
