#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace kiosk::ui {

// A booking reference and a passenger's surname, as check-in and paying a waitlist offer
// ask for them: two finger-sized fields, the answer's error under them and, on a kiosk,
// the letters-and-digits keyboard. Object names start with `namePrefix` ("checkIn":
// checkInReference, checkInSurname, checkInFindError).
class ReferenceSurnameFields : public QWidget {
    Q_OBJECT
public:
    ReferenceSurnameFields(const QString &namePrefix, bool onScreenKeyboard, QWidget *parent = nullptr);

    QLineEdit *referenceField() const { return m_reference; }
    QLineEdit *surnameField() const { return m_surname; }
    QLabel *errorLabel() const { return m_error; }
    QString reference() const;
    QString surname() const;
    // Both typed; otherwise says so under the fields.
    bool complete();
    // A core message starts a sentence and ends with a full stop; empty clears the line.
    void showError(const QString &message);
    // Already in the traveller's words: shown as it is.
    void showErrorText(const QString &text);
    void clear();

private:
    QLineEdit *m_reference;
    QLineEdit *m_surname;
    QLabel *m_error;
};

} // namespace kiosk::ui
