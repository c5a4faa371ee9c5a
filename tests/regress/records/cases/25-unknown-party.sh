# A delivery-plan contribution from a party not in the agreement.
sed -i 's/party="pt-heads"/party="pt-head"/' plans.xml
