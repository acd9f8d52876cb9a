#pragma once

#include <QSettings>
#include <QString>

namespace kiosk {

// A whole-number setting of a terminal: its QSettings key, its default and the bounds it
// must keep. A flag of the same meaning obeys the same bounds.
struct IntSetting {
    const char *key;
    int fallback;
    int low;
    int high;

    QString name() const { return QString::fromLatin1(key); }
    bool allows(int value) const { return value >= low && value <= high; }
};

// A text setting and the value used when it is not set (or set to nothing).
struct TextSetting {
    const char *key;
    const char *fallback = "";

    QString name() const { return QString::fromLatin1(key); }
    QString read(const QSettings &settings) const
    {
        const QString value = settings.value(name()).toString().trimmed();
        return value.isEmpty() ? QString::fromLatin1(fallback) : value;
    }
};

// A yes/no setting.
struct BoolSetting {
    const char *key;
    bool fallback;

    QString name() const { return QString::fromLatin1(key); }
    bool read(const QSettings &settings) const { return settings.value(name(), fallback).toBool(); }
};

// Every setting a terminal (kiosk, desk, kioskctl) reads from its settings file, with its
// default and bounds, written once. docs/deployment.md lists them for the operator
// (TerminalSettingsTest checks that it lists every key here).
namespace TerminalSettings {

inline constexpr TextSetting DatabaseUrl{"database/url"};
inline constexpr TextSetting ReadDatabaseUrl{"database/readUrl"};
inline constexpr TextSetting TerminalName{"terminal/name"}; // empty: the host name
inline constexpr TextSetting Origin{"kiosk/origin", "DUB"};
inline constexpr IntSetting KioskIdleSeconds{"kiosk/idleSeconds", 60, 5, 3600};
inline constexpr BoolSetting HideCursor{"kiosk/hideCursor", false};
inline constexpr TextSetting OperatorExit{"kiosk/operatorExit", "Ctrl+Alt+Shift+Q"};
inline constexpr TextSetting OperatorPinHash{"kiosk/operatorPinHash"}; // empty: the operator exit is disabled
inline constexpr IntSetting AgentIdleSignOutSeconds{"agent/idleSignOutSeconds", 300, 5, 86400};
inline constexpr TextSetting Gateway{"payment/gateway"}; // empty: the mock, on the demo database only
// The seat hold: a terminal's default, and the bounds of any hold (HoldRequest).
inline constexpr IntSetting HoldSeconds{"hold/seconds", 600, 1, 24 * 3600};
inline constexpr TextSetting Language{"ui/language"}; // empty: the system locale
inline constexpr TextSetting Printer{"print/printer"}; // empty: documents become PDFs
inline constexpr TextSetting ReceiptPaper{"print/paper", "80mm"};
inline constexpr TextSetting BoardingPassPaper{"print/boarding-pass-paper", "a4"};
inline constexpr TextSetting ScreenBarcode{"checkin/screen-barcode", "pdf417"};

// Every key above, in the order of the operator's table.
QStringList keys();

} // namespace TerminalSettings

} // namespace kiosk
