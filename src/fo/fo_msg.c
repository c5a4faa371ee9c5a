/* fo_msg: see fo_msg.h. */
#include "fo_msg.h"

const diag_row_t fo_msgs[FO_MSG_COUNT] = { FO_MESSAGES(DIAG_ROW) };
