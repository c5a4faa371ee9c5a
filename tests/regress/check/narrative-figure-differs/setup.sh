as_of 2026-04-15 &&
# The annual report for 2025-26 says three donor-school credits were given and
# that the partnership has 3 member schools; the records give two credits
# (1 November 2025 and 10 December 2025) and 2 members on 31 March 2026 (Hilltop has not paid).
edit plans.xml 's{(<performance-plan year="2025-26")}{<annual-report year="2025-26" published="2026-04-10">\n    <summary>The partnership has 3 member schools.</summary>\n    <progress priority="pr-reading" rag="green">Three donor-school credits were given.</progress>\n  </annual-report>\n  $1}'
