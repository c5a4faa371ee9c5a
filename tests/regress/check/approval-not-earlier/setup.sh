# The October Board meeting approves the minutes of the December one.
edit meetings/eb.xml 's{(<item id="eb-2025-10-07-1"[^>]*>)}{$1\n      <approves meeting="eb-2025-12-02"/>}'
