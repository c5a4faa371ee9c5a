# A milestone due at the end of October was done in November.
edit plans.xml 's{<milestone id="ms-1" due="2025-10-31" done="2025-10-20">}{<milestone id="ms-1" due="2025-10-31" done="2025-11-05">}'
