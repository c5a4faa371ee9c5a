# An action with nobody to do it.
edit meetings/eb.xml 's{<action id="a-003" owner="p-eve"}{<action id="a-003"}'
