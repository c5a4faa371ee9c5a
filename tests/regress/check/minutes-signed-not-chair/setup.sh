# The October Board minutes are signed by the CEO, not the chair.
edit meetings/eb.xml 's{<signed by="p-ada" date="2025-12-02"/>}{<signed by="p-eve" date="2025-12-02"/>}'
