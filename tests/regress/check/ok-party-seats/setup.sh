# A seat per party on the task group, each party with its nominee.
add_party_seat_on_task_group
edit people.xml 's{<seat body="tf-reading" seat="tf-member" from="2025-09-01"/>(\s*</person>\s*<person id="p-dee")}{<seat body="tf-reading" seat="tf-party" from="2025-09-01" nominated-by="rha"/>$1}'
