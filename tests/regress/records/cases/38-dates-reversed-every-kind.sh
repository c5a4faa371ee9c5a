# Every record whose two dates must be in order (fields.c's KIND_SPAN):
# a fund, an office, an organisation, a school and an activity, each
# ending before it starts.
sed -i 's|from="2025-04-01" to="2027-03-31"|from="2027-04-01" to="2025-03-31"|' finance.xml
sed -i 's|<office title="chair" body="eb" from="2023-09-01"/>|<office title="chair" body="eb" from="2023-09-01" to="2022-01-01"/>|' people.xml
sed -i 's|id="rcc" name="Riverside City Council" short="RCC" kind="local-authority" joined="2023-09-01"|& left="2020-01-01"|' members.xml
sed -i '0,/<school id="s-mill"/s|<school id="s-mill"|<school id="s-mill" left="2001-01-01"|' members.xml
sed -i 's|start="2025-09-01" due="2026-03-31"|start="2026-09-01" due="2026-03-31"|' plans.xml
