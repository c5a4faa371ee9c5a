# An action from the confidential item is given to the administrator, who is not on the Board.
edit meetings/eb.xml 's{<action id="a-002" owner="p-dee"}{<action id="a-002" owner="p-hal"}'
