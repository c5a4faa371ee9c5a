# A misnamed record file is reported as a warning; the load still succeeds.
mv performance.xml perfomance.xml
