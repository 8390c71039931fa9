#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "rollwise.app", QtInfoMsg)
