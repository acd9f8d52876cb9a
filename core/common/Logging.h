#pragma once

#include <QLoggingCategory>

// One category per module; enable with QT_LOGGING_RULES="kiosk.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcBooking)
Q_DECLARE_LOGGING_CATEGORY(lcPayment)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcReports)
Q_DECLARE_LOGGING_CATEGORY(lcNotify)
