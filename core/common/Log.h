#pragma once

#include <QLoggingCategory>

// One logging category per module (enable with QT_LOGGING_RULES="releasedesk.*=true").
Q_DECLARE_LOGGING_CATEGORY(lcProcess)
Q_DECLARE_LOGGING_CATEGORY(lcProject)
Q_DECLARE_LOGGING_CATEGORY(lcGit)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcForge)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
