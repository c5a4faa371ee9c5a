# Early January; the AGM (which has not met) is to receive a financial report each term.
early_january
december_review_answered
edit partnership.xml 's{(<report paper="directors-report")}{<report paper="financial-report" at="final-meeting-of-term" clause="2.6"/>\n      $1}'
