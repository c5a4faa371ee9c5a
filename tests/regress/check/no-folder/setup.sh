# The folder does not exist: exit 2.
cd .. && rm -rf example
