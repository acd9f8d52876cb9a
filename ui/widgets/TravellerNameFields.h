#pragma once

#include <QObject>

class QGridLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace kiosk::ui {

class ErrorLabel;

// One traveller's name as airlines take it from the passport: given names and surname side
// by side, one error line under both. Each part is checked with the core's passenger-name
// rule (PassengerName) as it is typed; the booking stores "Given names Surname".
class TravellerNameFields : public QObject {
    Q_OBJECT
public:
    struct Words {
        QString label;              // beside the fields: "Seat 12A", "Passenger 1"
        QString givenAccessible;    // the fields' accessible names
        QString surnameAccessible;
    };

    // Adds a label, the two fields and the error line to `grid` at gridRow (fields) and
    // gridRow + 1 (error); `objectSuffix` names the widgets ("1": givenNames1, surname1, ...).
    TravellerNameFields(QGridLayout *grid, int gridRow, const QString &objectSuffix, const Words &words,
                        QWidget *host);

    QLineEdit *givenNames() const { return m_given; }
    QLineEdit *surname() const { return m_surname; }
    QLabel *error() const;
    // "Given names Surname", tidied as the core stores it.
    QString fullName() const;
    // The given names if empty, else the surname if empty, else nullptr.
    QLineEdit *firstEmptyField() const;
    bool owns(const QWidget *widget) const;

    // Shows the reason under the fields (or clears it); an empty or one-letter part is
    // reported only with `showEmpty` (on Continue), so a traveller still typing is not told off.
    bool validate(bool showEmpty);

Q_SIGNALS:
    void edited();

private:
    QString checkPart(QLineEdit *field, const QString &missing, bool showEmpty, bool &valid) const;

    QLineEdit *m_given;
    QLineEdit *m_surname;
    ErrorLabel *m_error;
};

} // namespace kiosk::ui
