# Two returns from one member to the same review: a member returns once.
sed -i 's|\(<return member="s-mill"[^>]*/>\)|\1\n    <return member="s-mill" date="2025-12-20" choice="withdraw"/>|' members.xml
