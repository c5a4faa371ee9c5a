# A seat per party on the task group: the council has its nominee, the heads' association none.
add_party_seat_on_task_group
