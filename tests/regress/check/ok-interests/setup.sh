# A Directors body; its director (the chair) has registered an interest.
edit partnership.xml 's{(\s*</bodies>)}{\n    <body id="dir" name="Directors" short="DIR" kind="directors" clause="4.2">\n      <seat id="dir-d" role="Director" min="1"/>\n    </body>$1}'
edit people.xml 's{(<office title="chair" body="eb" from="2023-09-01"/>)}{$1\n    <seat body="dir" seat="dir-d" from="2023-09-01"/>}'
