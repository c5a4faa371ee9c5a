# Early January: Mill Lane's answer to the December review is dated November.
early_january
december_review_answered
edit members.xml 's{<review year="2025" date="2025-12-05"}{<review year="2025" date="2025-11-05"}'
