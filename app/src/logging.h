#pragma once

#include <QLoggingCategory>

// One category per module. Never log keys, passphrases or health data.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
