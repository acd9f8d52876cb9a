#include "ReferenceSurnameFields.h"

#include "OnScreenKeyboard.h"
#include "UiText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kiosk::ui {

ReferenceSurnameFields::ReferenceSurnameFields(const QString &namePrefix, bool onScreenKeyboard, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(namePrefix + QStringLiteral("Reference"));
    m_reference->setAccessibleName(tr("Booking reference"));
    m_reference->setPlaceholderText(tr("6 letters and digits, e.g. K7QX2M"));
    m_reference->setMinimumHeight(56);
    m_surname = new QLineEdit(this);
    m_surname->setObjectName(namePrefix + QStringLiteral("Surname"));
    m_surname->setAccessibleName(tr("Surname"));
    m_surname->setPlaceholderText(tr("As on the booking"));
    m_surname->setMinimumHeight(56);
    m_surname->setMaxLength(64);
    form->addRow(tr("Booking reference"), m_reference);
    form->addRow(tr("Surname"), m_surname);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(namePrefix + QStringLiteral("FindError"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addStretch();
    if (onScreenKeyboard)
        layout->addWidget(new OnScreenKeyboard(OnScreenKeyboard::Layout::LettersAndDigits, this));
}

QString ReferenceSurnameFields::reference() const
{
    return m_reference->text().trimmed();
}

QString ReferenceSurnameFields::surname() const
{
    return m_surname->text();
}

bool ReferenceSurnameFields::complete()
{
    if (!reference().isEmpty() && !surname().trimmed().isEmpty())
        return true;
    showErrorText(tr("Please enter the booking reference and the surname."));
    return false;
}

void ReferenceSurnameFields::showError(const QString &message)
{
    showErrorText(message.isEmpty() ? QString() : sentence(message) + QLatin1Char('.'));
}

void ReferenceSurnameFields::showErrorText(const QString &text)
{
    showLabelMessage(m_error, text, !text.isEmpty());
    m_error->setAccessibleDescription(text);
}

void ReferenceSurnameFields::clear()
{
    m_reference->clear();
    m_surname->clear();
    showErrorText(QString());
}

} // namespace kiosk::ui
