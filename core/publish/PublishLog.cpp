#include "PublishLog.h"

Q_LOGGING_CATEGORY(lcPublish, "releasedesk.publish", QtWarningMsg)
