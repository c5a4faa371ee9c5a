# A milestone due in November is not done.
edit plans.xml 's{<milestone id="ms-2" due="2026-03-31">}{<milestone id="ms-2" due="2025-11-30">}'
