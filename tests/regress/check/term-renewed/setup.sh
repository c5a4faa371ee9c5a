# Terms are not renewable, and the Director serves a second term.
edit partnership.xml 's{re-electable="yes"}{re-electable="no"}'
edit people.xml 's{(<seat body="eb" seat="eb-dcs" from="2024-04-01" nominated-by="rcc"/>)}{<seat body="eb" seat="eb-dcs" from="2021-04-01" to="2024-03-31" nominated-by="rcc"/>\n    $1}'
