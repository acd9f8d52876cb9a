#pragma once

#include <QObject>
#include <QString>

class QTimer;

// A test hook, off unless $KIOSK_WIDGET_MAP names a file: five times a second the kiosk
// writes there where its visible controls are on the screen, so a script can tap them with
// real X input (packaging/kiosk-screenshots.sh drives the real `kiosk --kiosk` with xdotool).
// One tab-separated line each, global pixel coordinates:
//   window  CLASS  OBJECTNAME  X  Y  W  H
//   widget  CLASS  OBJECTNAME  X  Y  W  H  TEXT     (named widgets, buttons, fields)
//   row     VIEWNAME  ROW  X  Y  W  H  TEXT         (the lines an item view shows)
//   focus   CLASS  OBJECTNAME
// The file is replaced whole (QSaveFile) and only when something moved or changed.
class WidgetMap : public QObject {
public:
    explicit WidgetMap(const QString &path, QObject *parent = nullptr);
    static QString pathFromEnvironment(); // empty: the hook is off

private:
    void write();

    QString m_path;
    QString m_written;
    QTimer *m_timer;
};
