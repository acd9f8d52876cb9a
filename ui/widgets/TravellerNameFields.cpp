#include "TravellerNameFields.h"

#include "ErrorLabel.h"
#include "Sentence.h"
#include "StyleState.h"
#include "domain/PassengerName.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace kiosk::ui {

namespace {
QLineEdit *nameField(const QString &objectName, const QString &accessibleName, const QString &placeholder,
                     QWidget *host)
{
    auto *field = new QLineEdit(host);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setPlaceholderText(placeholder);
    field->setMaxLength(PassengerName::MaxLength);
    field->setMinimumHeight(56); // a thumb's width
    field->setInputMethodHints(Qt::ImhNoPredictiveText);
    return field;
}
} // namespace

TravellerNameFields::TravellerNameFields(QGridLayout *grid, int gridRow, const QString &objectSuffix,
                                         const Words &words, QWidget *host)
    : QObject(host)
{
    auto *label = new QLabel(words.label, host);
    m_given = nameField(QStringLiteral("givenNames") + objectSuffix, words.givenAccessible, tr("Given names"), host);
    m_surname = nameField(QStringLiteral("surname") + objectSuffix, words.surnameAccessible, tr("Surname"), host);
    label->setBuddy(m_given);
    m_error = new ErrorLabel(QStringLiteral("passengerError") + objectSuffix, host);
    grid->addWidget(label, gridRow, 0);
    grid->addWidget(m_given, gridRow, 1);
    grid->addWidget(m_surname, gridRow, 2);
    grid->addWidget(m_error, gridRow + 1, 1, 1, 2);
    for (QLineEdit *field : {m_given, m_surname})
        connect(field, &QLineEdit::textEdited, this, &TravellerNameFields::edited);
}

QLabel *TravellerNameFields::error() const
{
    return m_error;
}

QString TravellerNameFields::fullName() const
{
    return (m_given->text() + QLatin1Char(' ') + m_surname->text()).simplified();
}

QLineEdit *TravellerNameFields::firstEmptyField() const
{
    for (QLineEdit *field : {m_given, m_surname}) {
        if (field->text().trimmed().isEmpty())
            return field;
    }
    return nullptr;
}

bool TravellerNameFields::owns(const QWidget *widget) const
{
    return widget == m_given || widget == m_surname;
}

QString TravellerNameFields::checkPart(QLineEdit *field, const QString &missing, bool showEmpty, bool &valid) const
{
    const bool empty = field->text().trimmed().isEmpty();
    const auto checked = PassengerName::validate(field->text());
    valid = checked.ok();
    // The first letter of a name is not "too short" yet: that waits for Continue too.
    const bool typing = field->text().simplified().size() < PassengerName::MinLength;
    const bool shown = !checked && (!typing || showEmpty);
    setStyleState(field, "invalid", shown);
    if (!shown)
        return QString();
    return empty ? missing : wholeSentence(checked.error().message);
}

bool TravellerNameFields::validate(bool showEmpty)
{
    bool givenValid = false;
    bool surnameValid = false;
    QStringList reasons;
    reasons << checkPart(m_given, tr("Please type the given names as in the passport."), showEmpty, givenValid)
            << checkPart(m_surname, tr("Please type the surname as in the passport."), showEmpty, surnameValid);
    bool valid = givenValid && surnameValid;
    if (valid) {
        // Each part fits, together they may not: the booking keeps one name of limited length.
        const auto whole = PassengerName::validate(fullName());
        if (!whole) {
            valid = false;
            reasons << wholeSentence(whole.error().message);
            setStyleState(m_given, "invalid", true);
            setStyleState(m_surname, "invalid", true);
        }
    }
    reasons.removeAll(QString());
    m_error->setText(reasons.join(QLatin1Char(' ')));
    m_error->setVisible(!m_error->text().isEmpty()); // no empty line between travellers: nine must fit
    for (QLineEdit *field : {m_given, m_surname})
        field->setAccessibleDescription(m_error->text());
    return valid;
}

} // namespace kiosk::ui
