# A governor with no Board seat is recorded as present.
edit meetings/eb.xml 's{(date="2025-12-02".*?<present person="p-ben"/>)}{$1\n      <present person="p-gus"/>}s'
