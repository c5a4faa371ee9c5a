# Nobody chairs the Board.
edit people.xml 's{<office title="chair" body="eb" from="2023-09-01"/>}{}'
