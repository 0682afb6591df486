#pragma once

#include <QLoggingCategory>

// The publish module's logging category (QT_LOGGING_RULES="releasedesk.publish=true").
Q_DECLARE_LOGGING_CATEGORY(lcPublish)
