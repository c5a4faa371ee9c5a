# The partnership began in September 2025; the delivery plan of the year before
# (a pilot) had £5,000 from the council, which paid £2,000.
edit partnership.xml 's{founded="2023-09-01"}{founded="2025-09-01"}'
edit calendar.xml 's{(<academic-year id="2025-26")}{<academic-year id="2024-25" start="2024-09-01" end="2025-08-31">
    <term id="2025-summer" season="summer" name="Summer term 2025" start="2025-04-22" end="2025-07-22"/>
  </academic-year>
  $1}'
edit plans.xml 's{(<delivery-plan year="2025-26")}{<delivery-plan year="2024-25" agreed="2025-03-01">
    <activity id="act-0" title="Reading pilot" priority="pr-reading" lead="p-ben" start="2025-04-22" due="2025-07-22" cost="5000" rag="complete">
      <output>Pilot in two schools</output>
      <contribution party="pt-council" amount="5000"/>
    </activity>
  </delivery-plan>
  $1}'
edit finance.xml 's{(<income id="i-001")}{<income id="i-000" date="2025-05-01" source="party-contribution" from="rcc" amount="2000"/>\n  $1}'
