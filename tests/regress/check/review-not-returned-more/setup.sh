# As review-not-returned, with a fourth member outstanding (Oakfield, a
# paid-up school): three are named, the fourth is counted.
early_january
as_of 2026-02-05
edit members.xml 's{(  <!-- The register)}{  <school id="s-oak" urn="100004" name="Oakfield Primary School" phase="primary" type="maintained" grouping="g-primary" joined="2024-09-01">\n    <subscription year="2025-26" amount="800" paid="2025-09-20"/>\n    <mou signed="2024-09-10" signatory-name="Governing board" position="Chair of Governors"/>\n  </school>\n$1}'
