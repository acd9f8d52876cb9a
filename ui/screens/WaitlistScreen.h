#pragma once

#include "domain/Error.h"
#include "domain/WaitlistEntry.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kiosk::ui {

// After joining a waitlist: the traveller's place in line and what happens next, in the
// screen's language; at the desk in words for the agent about the customer.
class WaitlistScreen : public QWidget {
    Q_OBJECT
public:
    explicit WaitlistScreen(QWidget *parent = nullptr);
    // The agent reads it, not the traveller: "The customer is number N…".
    void setForDesk(bool desk);

    void showEntry(const WaitlistEntry &entry, const QString &flightDesignator);
    QLabel *position() const { return m_position; }
    QLabel *details() const { return m_details; }
    QPushButton *doneButton() const { return m_done; }

    // Why the core refused to add the party, for the traveller; `email` as typed.
    static QString refusalText(const Error &error, const QString &cabin, const QString &email);
    // "Economy" for 'Y', translated as the seat map names cabins.
    static QString cabinTitle(QChar cabinCode);

Q_SIGNALS:
    void doneRequested();

private:
    QLabel *m_title;
    bool m_desk = false;
    QLabel *m_number; // the place in line, large, as the confirmation shows its reference
    QLabel *m_position;
    QLabel *m_details;
    QPushButton *m_done;
};

} // namespace kiosk::ui
