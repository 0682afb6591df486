#pragma once

#include <QLoggingCategory>

// Logging category of the secrets module (enable with QT_LOGGING_RULES="releasedesk.secrets=true").
// No line logged here ever carries a secret value: only keys ("token:https://host"), variable
// names and error texts that went through the Redactor.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
