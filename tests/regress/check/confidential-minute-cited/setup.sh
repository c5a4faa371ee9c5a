# A public minute refers to the confidential minute EB 25/26-003.
edit meetings/eb.xml 's{reported one funding decision.</p>}{reported one funding decision, following minute EB 25/26-003.</p>}'
