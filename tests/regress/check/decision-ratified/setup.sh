# The example as it is: the special meeting of 14 November is inquorate (1 of
# 4, quorum 2); the quorate meeting of 2 December ratifies its decision
# (<ratifies decision="d-2025-11-14-a"/>): a note, not an error; the £2,000 is
# paid on 8 December, after the ratification.
