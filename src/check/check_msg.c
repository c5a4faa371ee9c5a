/* check_msg: see check_msg.h. */
#include "check_msg.h"

static const check_msg_info_t check_msgs[CHECK_MSG_COUNT] = {
	CHECK_MESSAGES(DIAG_ROW)
};

const check_msg_info_t *check_msg_info(check_msg_t id)
{
	return (unsigned)id < CHECK_MSG_COUNT ? &check_msgs[id] : NULL;
}
