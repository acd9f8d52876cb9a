#pragma once

#include "domain/SeatCode.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace kiosk {
struct ContactDetails;
}

namespace kiosk::ui {

class ContactFields;
class OnScreenKeyboard;

// One name per chosen seat, checked as typed with the core's passenger-name rules, and the
// booking's optional e-mail address and phone number (ContactFields). On the kiosk the
// on-screen keyboard shows the keys of the field in focus. The same form takes a waitlist's
// names (one per seat wanted) and its required e-mail address (setWaitlist).
class PassengerScreen : public QWidget {
    Q_OBJECT
public:
    explicit PassengerScreen(bool onScreenKeyboard, QWidget *parent = nullptr);

    void setSeats(const QList<SeatCode> &seats, const QString &summary);
    // Names for `travellers` seats not yet free, and the address the offer goes to:
    // "Join the waitlist" sends joinWaitlistRequested instead of continueRequested.
    void setWaitlist(int travellers, const QString &summary);
    bool isWaitlist() const { return m_waitlist; }
    // The main button's words when not busy (the desk continues to its own finish page).
    void setContinueText(const QString &text);
    QStringList names() const;
    QLineEdit *nameField(int index) const { return m_fields.value(index); }
    QLabel *errorLabel(int index) const { return m_errors.value(index); }
    ContactFields *contactFields() const { return m_contact; }
    // The contact as the core stores it; read it after continueRequested.
    ContactDetails contact() const;
    OnScreenKeyboard *keyboard() const { return m_keyboard; }
    QPushButton *continueButton() const { return m_continue; }
    void setBusy(bool busy);
    // Offline the seats cannot be held: the button waits for the booking system.
    void setOnline(bool online);
    // Why the seats could not be held, above the buttons (empty: nothing to say).
    void showProblem(const QString &text);
    QLabel *problem() const { return m_problem; }

Q_SIGNALS:
    void continueRequested(const QStringList &names);
    void joinWaitlistRequested(const QStringList &names);
    void backRequested();

private:
    // One row per label: the field, its accessible name and its error line.
    void buildRows(const QStringList &labels, const QStringList &accessibleNames, const QString &summary);
    void updateContinue();
    bool validate(bool showEmpty);
    void showKeysFor(QWidget *focus);

    QVBoxLayout *m_rows;
    QLabel *m_summary;
    QLabel *m_problem;
    QList<QLineEdit *> m_fields;
    QList<QLabel *> m_errors;
    ContactFields *m_contact;
    OnScreenKeyboard *m_keyboard = nullptr;
    QPushButton *m_continue;
    QString m_continueText;
    bool m_waitlist = false;
    bool m_busy = false;
    bool m_online = true;
};

} // namespace kiosk::ui
