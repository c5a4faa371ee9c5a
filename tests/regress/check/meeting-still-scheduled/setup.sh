# The grouping's October meeting was never marked as held.
edit meetings/other.xml 's{(<meeting id="g-primary-2025-10-01" body="g-primary" date="2025-10-01")}{$1 status="scheduled"}'
