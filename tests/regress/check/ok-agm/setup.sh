# The AGM (moved to the autumn term) receives the directors' report and the accounts.
edit partnership.xml 's{(<meets at-least="1" per="year" in-term=")summer}{${1}autumn}'
add_autumn_agm
