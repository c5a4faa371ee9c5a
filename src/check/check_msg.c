/* check_msg: see check_msg.h. */
#include "check_msg.h"

#define CHECK_MSG_ROW(id, lvl, fam, nm, ar, fm) \
	[CHECK_MSG_##id] = { .level = DIAG_##lvl, .family = fam, .name = nm, .args = ar, .format = fm },
static const check_msg_info_t check_msgs[CHECK_MSG_COUNT] = {
	CHECK_MESSAGES(CHECK_MSG_ROW)
};
#undef CHECK_MSG_ROW

const check_msg_info_t *check_msg_info(check_msg_t id)
{
	return (unsigned)id < CHECK_MSG_COUNT ? &check_msgs[id] : NULL;
}
