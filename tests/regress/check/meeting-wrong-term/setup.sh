# An AGM held in the autumn term; the agreement puts it in the summer term.
add_autumn_agm
