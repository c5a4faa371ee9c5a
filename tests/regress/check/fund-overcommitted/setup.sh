# The Challenge Fund holds £3,000 and a grant of £4,000 was made from it.
edit finance.xml 's{(<fund id="f-challenge" name="Challenge Fund" total=")20000}{${1}3000}'
