# Problems in several files are all reported in one run, sorted.
sed -i 's/owner="p-dee"/owner="p-de"/' meetings/eb.xml
sed -i 's/fund="f-challenge" amount="4000"/fund="f-chalenge" amount="4000"/' finance.xml
sed -i 's/lead="p-ben" clause/lead="nobody-at-all" clause/' plans.xml
sed -i 's/school="s-hill" date="2024-11-20"/school="s-hil" date="2024-11-20"/' performance.xml
