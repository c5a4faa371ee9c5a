/* check_msg: see check_msg.h. */
#include "check_msg.h"

/* The table's level names: a fixed level, or a duty rule's level when its
 * clause's wording says neither (check_wording.h). */
enum {
	CHECK_LEVEL_NOTE = DIAG_NOTE, CHECK_LEVEL_WARNING = DIAG_WARNING, CHECK_LEVEL_ERROR = DIAG_ERROR,
	CHECK_LEVEL_DUTY_WARNING = DIAG_WARNING, CHECK_LEVEL_DUTY_ERROR = DIAG_ERROR,
	CHECK_DUTY_NOTE = 0, CHECK_DUTY_WARNING = 0, CHECK_DUTY_ERROR = 0,
	CHECK_DUTY_DUTY_WARNING = 1, CHECK_DUTY_DUTY_ERROR = 1
};

#define CHECK_MSG_ROW(id, lvl, fam, nm, ar, fm) \
	[CHECK_MSG_##id] = { .level = (diag_level_t)CHECK_LEVEL_##lvl, .duty = CHECK_DUTY_##lvl, .family = fam, .name = nm, .args = ar, .format = fm },
static const check_msg_info_t check_msgs[CHECK_MSG_COUNT] = {
	CHECK_MESSAGES(CHECK_MSG_ROW)
};
#undef CHECK_MSG_ROW

const check_msg_info_t *check_msg_info(check_msg_t id)
{
	return (unsigned)id < CHECK_MSG_COUNT ? &check_msgs[id] : NULL;
}
