#include "Log.h"

Q_LOGGING_CATEGORY(lcProcess, "releasedesk.process", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProject, "releasedesk.project", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGit, "releasedesk.git", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "releasedesk.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcForge, "releasedesk.forge", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "releasedesk.demo", QtWarningMsg)
