# At the special meeting of 14 November only the chair is present: 1 of 4,
# quorum 2; a decision is taken, and here nothing ratifies it (the example's
# 2 December item that does is taken out) and nothing is spent against it.
edit meetings/eb.xml 's{\s*<ratifies decision="d-2025-11-14-a"/>}{}' &&
edit finance.xml 's{ decision="d-2025-11-14-a"}{}'
