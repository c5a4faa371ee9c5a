# The example as it is: Hilltop has not yet paid for 2025-26 (a note).
