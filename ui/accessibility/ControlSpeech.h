#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemView;
class QWidget;

namespace kiosk::ui {

// What the accessible mode says about a control: its accessible name, its role and its state
// ("Pay, button"; "Seat 12A, window, free, EUR 35.00, button"; "Surname, traveller 1, edit
// text, empty"), and about a typed character ("asterisk" in a masked field).
class ControlSpeech {
    Q_DECLARE_TR_FUNCTIONS(ControlSpeech)
public:
    static QString describe(const QWidget *control);
    // The current entry of a list or seat map, as above; the view's name when none is current.
    static QString describeItem(const QAbstractItemView *view);
    // One character as typed into `field` (masked fields never say what was typed).
    static QString character(QChar typed, bool masked);
};

} // namespace kiosk::ui
