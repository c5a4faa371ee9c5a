/* model_msg: see model_msg.h. */
#include "model_msg.h"

const diag_row_t model_msgs[MODEL_MSG_COUNT] = { MODEL_MESSAGES(DIAG_ROW) };
