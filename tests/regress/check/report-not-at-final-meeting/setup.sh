# Early January; the financial report was not presented at the Board's last autumn meeting.
early_january
december_review_answered
edit meetings/eb.xml 's{<paper kind="financial-report"[^>]*/>}{}'
