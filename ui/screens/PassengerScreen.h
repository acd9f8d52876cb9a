#pragma once

#include "domain/SeatCode.h"
#include "widgets/TravellerNameFields.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace kiosk {
struct ContactDetails;
}

namespace kiosk::ui {

class ContactFields;
class OnScreenKeyboard;

// One name per chosen seat as the passport gives it (given names and surname, checked as
// typed with the core's passenger-name rules), and the booking's optional e-mail address
// and phone number (ContactFields). The fields scroll, the focused one always in view; on
// the kiosk the on-screen keyboard below them shows the keys of the field in focus, and its
// Next traveller key moves to the next traveller's first empty field (to Continue after the
// last). The same form takes a waitlist's names (one per seat wanted) and its required
// e-mail address (setWaitlist).
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
    // One full name per traveller, "Given names Surname", as the core stores it.
    QStringList names() const;
    int travellers() const { return int(m_travellers.size()); }
    QLineEdit *givenNamesField(int index) const;
    QLineEdit *surnameField(int index) const;
    // A traveller's first field (the given names): where a page showing the form puts focus.
    QLineEdit *nameField(int index) const { return givenNamesField(index); }
    QLabel *errorLabel(int index) const;
    QScrollArea *scrollArea() const { return m_scroll; }
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
    // One traveller per entry: a label, two fields with their accessible names, an error line.
    void buildRows(const QList<TravellerNameFields::Words> &travellers, const QString &summary);
    void updateContinue();
    bool validate(bool showEmpty);
    void followFocus(QWidget *focus);
    void showKeysFor(QWidget *focus);
    int travellerWith(const QWidget *field) const;
    void focusNextTraveller();

    QWidget *m_rowsHost;
    QGridLayout *m_rows = nullptr;
    QScrollArea *m_scroll;
    QLabel *m_summary;
    QLabel *m_problem;
    QList<TravellerNameFields *> m_travellers;
    ContactFields *m_contact;
    OnScreenKeyboard *m_keyboard = nullptr;
    QPushButton *m_continue;
    QString m_continueText;
    bool m_waitlist = false;
    bool m_busy = false;
    bool m_online = true;
};

} // namespace kiosk::ui
