#include "SecretsLog.h"

Q_LOGGING_CATEGORY(lcSecrets, "releasedesk.secrets", QtInfoMsg)
