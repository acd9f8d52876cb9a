#include "PassengerScreen.h"

#include "domain/PassengerName.h"
#include "widgets/ContactFields.h"
#include "widgets/OnScreenKeyboard.h"
#include "widgets/StyleState.h"
#include "widgets/UiText.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

PassengerScreen::PassengerScreen(bool onScreenKeyboard, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("passengerScreen"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Who is travelling?"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    auto *rowsHost = new QWidget(this);
    m_rows = new QVBoxLayout(rowsHost);
    m_rows->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rowsHost);
    m_contact = new ContactFields(this);
    layout->addSpacing(12);
    layout->addWidget(m_contact);
    layout->addStretch();
    if (onScreenKeyboard) {
        m_keyboard = new OnScreenKeyboard(this);
        layout->addWidget(m_keyboard);
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { showKeysFor(now); });
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passengerProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back to seats"), this);
    back->setMinimumSize(200, 64);
    connect(back, &QPushButton::clicked, this, &PassengerScreen::backRequested);
    m_continueText = tr("Hold seats and pay");
    m_continue = new QPushButton(m_continueText, this);
    m_continue->setObjectName(QStringLiteral("passengerContinue"));
    m_continue->setMinimumSize(280, 64);
    m_continue->setDefault(true);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (!validate(true))
            return;
        if (m_waitlist)
            Q_EMIT joinWaitlistRequested(names());
        else
            Q_EMIT continueRequested(names());
    });
    for (QLineEdit *field : {m_contact->emailField(), m_contact->phoneField()})
        connect(field, &QLineEdit::returnPressed, m_continue, &QPushButton::click);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_continue);
    layout->addLayout(buttons);
}

void PassengerScreen::setSeats(const QList<SeatCode> &seats, const QString &summary)
{
    m_waitlist = false;
    m_contact->setEmailRequired(false, QString());
    QStringList labels;
    QStringList accessible;
    for (qsizetype i = 0; i < seats.size(); ++i) {
        labels << tr("Seat %1").arg(seats[i].toString());
        accessible << tr("Full name of passenger %1, seat %2").arg(i + 1).arg(seats[i].toString());
    }
    buildRows(labels, accessible, summary);
}

void PassengerScreen::setWaitlist(int travellers, const QString &summary)
{
    m_waitlist = true;
    QStringList labels;
    QStringList accessible;
    for (int i = 1; i <= travellers; ++i) {
        labels << tr("Passenger %1").arg(i);
        accessible << tr("Full name of passenger %1 on the waitlist").arg(i);
    }
    buildRows(labels, accessible, summary);
    m_contact->setEmailRequired(true, tr("E-mail address for the offer (required) and phone (optional)"));
}

void PassengerScreen::setContinueText(const QString &text)
{
    m_continueText = text;
    updateContinue();
}

void PassengerScreen::buildRows(const QStringList &labels, const QStringList &accessibleNames, const QString &summary)
{
    qDeleteAll(m_rows->parentWidget()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_fields.clear();
    m_errors.clear();
    m_contact->clear(); // like the names: nothing of an earlier traveller stays on screen
    m_summary->setText(summary);
    showProblem(QString());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto *row = new QWidget(m_rows->parentWidget());
        auto *form = new QFormLayout(row);
        auto *field = new QLineEdit(row);
        field->setObjectName(QStringLiteral("passengerName%1").arg(i + 1));
        field->setAccessibleName(accessibleNames.value(i));
        field->setPlaceholderText(tr("First and last name, as in the passport"));
        field->setMaxLength(64);
        field->setMinimumHeight(56);
        auto *error = new QLabel(row);
        error->setObjectName(QStringLiteral("passengerError%1").arg(i + 1));
        setStyleState(error, "role", QStringLiteral("error"));
        error->setWordWrap(true);
        form->addRow(labels[i], field);
        form->addRow(QString(), error);
        connect(field, &QLineEdit::textEdited, this, [this] { validate(false); });
        connect(field, &QLineEdit::returnPressed, m_continue, &QPushButton::click);
        m_rows->addWidget(row);
        m_fields << field;
        m_errors << error;
    }
    // Tab goes name by name, then to the e-mail, the phone and Continue (the rows are newer
    // than the rest of the screen, so the default order would leave them last).
    QWidget *previous = nullptr;
    for (QWidget *next : QList<QWidget *>(m_fields.begin(), m_fields.end())
                             + QList<QWidget *>{m_contact->emailField(), m_contact->phoneField(), m_continue}) {
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    }
    if (!m_fields.isEmpty())
        m_fields.first()->setFocus();
    validate(false);
    updateContinue();
}

QStringList PassengerScreen::names() const
{
    QStringList names;
    for (const QLineEdit *field : m_fields)
        names << field->text().simplified();
    return names;
}

ContactDetails PassengerScreen::contact() const
{
    return m_contact->contact();
}

void PassengerScreen::showKeysFor(QWidget *focus)
{
    if (!focus || !isAncestorOf(focus))
        return;
    using Layout = OnScreenKeyboard::Layout;
    const Layout wanted = focus == m_contact->emailField() ? Layout::Email
                          : focus == m_contact->phoneField() ? Layout::Phone
                                                               : Layout::Letters;
    if (m_keyboard->keys() != wanted)
        m_keyboard->showKeys(wanted);
}

bool PassengerScreen::validate(bool showEmpty)
{
    bool allValid = true;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QString text = m_fields[i]->text();
        auto valid = PassengerName::validate(text);
        const bool quiet = text.trimmed().isEmpty() && !showEmpty;
        m_errors[i]->setText(valid || quiet ? QString() : sentence(valid.error().message));
        setStyleState(m_fields[i], "invalid", !valid && !quiet);
        m_fields[i]->setAccessibleDescription(m_errors[i]->text());
        allValid &= valid.ok();
    }
    // The contact's errors wait for Continue (or leaving the field): see ContactFields.
    if (showEmpty)
        allValid &= m_contact->validate();
    return allValid;
}

void PassengerScreen::showProblem(const QString &text)
{
    showLabelMessage(m_problem, text, !text.isEmpty());
    m_problem->setVisible(!text.isEmpty());
}

void PassengerScreen::setBusy(bool busy)
{
    m_busy = busy;
    updateContinue();
}

void PassengerScreen::setOnline(bool online)
{
    m_online = online;
    updateContinue();
}

void PassengerScreen::updateContinue()
{
    m_continue->setEnabled(!m_busy && m_online);
    if (m_waitlist)
        m_continue->setText(m_busy ? tr("Joining the waitlist…") : tr("Join the waitlist"));
    else
        m_continue->setText(m_busy ? tr("Holding your seats…") : m_continueText);
}

} // namespace kiosk::ui
