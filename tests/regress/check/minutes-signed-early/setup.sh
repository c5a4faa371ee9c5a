# The October Board minutes were signed before the Board approved them.
edit meetings/eb.xml 's{<signed by="p-ada" date="2025-12-02"/>}{<signed by="p-ada" date="2025-11-30"/>}'
