# The grouping's meeting has no minutes.
edit meetings/other.xml 's{<item id="g-primary-2025-10-01-1"[^>]*/>}{}'
