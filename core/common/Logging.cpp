#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "kiosk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBooking, "kiosk.booking", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPayment, "kiosk.payment", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "kiosk.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "kiosk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReports, "kiosk.reports", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "kiosk.notify", QtInfoMsg)
