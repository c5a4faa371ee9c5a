# An external entity pointing at a local file is refused, not read.
cat >members.xml <<'X'
<?xml version="1.0"?>
<!DOCTYPE members [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<members><organisation id="x" name="&secret;" kind="other"/></members>
X
