#include "KioskHeader.h"

#include "CountdownLabel.h"
#include "StyleState.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {

constexpr int ButtonHeight = 56; // above the 48 px a finger needs

QPushButton *headerButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(ButtonHeight);
    return button;
}

} // namespace

KioskHeader::KioskHeader(QWidget *parent) : QFrame(parent), m_stepBar(new QWidget(this))
{
    setObjectName(QStringLiteral("kioskHeader"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(12);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    auto *brand = new QLabel(tr("Kestrel Air"), this);
    brand->setObjectName(QStringLiteral("brand"));
    top->addWidget(brand);
    top->addStretch(1);
    m_holdCaption = new QLabel(tr("Seats held for"), this);
    m_holdCaption->setObjectName(QStringLiteral("holdCaption"));
    m_countdown = new CountdownLabel(this);
    m_countdown->setObjectName(QStringLiteral("headerCountdown"));
    top->addWidget(m_holdCaption);
    top->addWidget(m_countdown);
    top->addSpacing(16);
    m_language = headerButton(QStringLiteral("languageButton"), this);
    m_language->setAccessibleName(tr("Change the language"));
    m_help = headerButton(QStringLiteral("helpButton"), this);
    m_startOver = headerButton(QStringLiteral("startOverButton"), this);
    m_startOver->setText(tr("Start over"));
    m_startOver->setAccessibleName(tr("Start over and release anything chosen"));
    top->addWidget(m_language);
    top->addWidget(m_help);
    top->addWidget(m_startOver);
    column->addLayout(top);

    auto *steps = new QHBoxLayout(m_stepBar);
    steps->setContentsMargins(0, 0, 0, 0);
    steps->setSpacing(12);
    const QStringList names = {tr("Flight"), tr("Seats"), tr("Travellers"), tr("Pay"), tr("Done")};
    for (int i = 0; i < names.size(); ++i) {
        if (i > 0) {
            auto *dot = new QLabel(QStringLiteral("·"), m_stepBar);
            dot->setObjectName(QStringLiteral("stepSeparator"));
            dot->setAccessibleName(QString()); // not read out between the steps
            steps->addWidget(dot);
        }
        auto *step = new QLabel(QStringLiteral("%1  %2").arg(QLocale().toString(i + 1), names[i]), m_stepBar);
        step->setObjectName(QStringLiteral("step"));
        step->setAccessibleName(tr("Step %1 of %2: %3").arg(i + 1).arg(names.size()).arg(names[i]));
        m_steps << step;
        steps->addWidget(step);
    }
    steps->addStretch(1);
    column->addWidget(m_stepBar);

    connect(m_help, &QPushButton::clicked, this, &KioskHeader::helpRequested);
    connect(m_startOver, &QPushButton::clicked, this, &KioskHeader::startOverRequested);
    connect(m_language, &QPushButton::clicked, this, [this] {
        Q_EMIT languageChosen(m_language->property("code").toString());
    });
    showLanguage();
    setHelpState(HelpState::None);
    hideHold();
    setStep(Step::None);
}

void KioskHeader::showLanguage()
{
    // The other language, named in itself: a traveller who cannot read this one finds theirs.
    const bool german = QLocale().language() == QLocale::German;
    m_language->setText(german ? QStringLiteral("English") : QStringLiteral("Deutsch"));
    m_language->setProperty("code", german ? QStringLiteral("en") : QStringLiteral("de"));
}

void KioskHeader::setStep(Step step)
{
    m_step = step;
    m_stepBar->setVisible(step != Step::None);
    for (int i = 0; i < m_steps.size(); ++i) {
        const int number = i + 1;
        const int current = static_cast<int>(step);
        setStyleState(m_steps[i], "state", number == current ? QStringLiteral("current")
                                              : number < current ? QStringLiteral("done")
                                                                 : QString());
    }
}

void KioskHeader::showHold(const QDateTime &deadlineUtc, const QDateTime &serverNowUtc)
{
    m_countdown->start(deadlineUtc, serverNowUtc);
    m_holdCaption->show();
    m_countdown->show();
}

void KioskHeader::hideHold()
{
    m_countdown->stop();
    m_holdCaption->hide();
    m_countdown->hide();
}

void KioskHeader::setStartOverVisible(bool visible)
{
    m_startOver->setVisible(visible);
}

void KioskHeader::setLanguageVisible(bool visible)
{
    m_language->setVisible(visible);
}

void KioskHeader::setHelpState(HelpState state)
{
    m_helpState = state;
    switch (state) {
    case HelpState::None:
        m_help->setText(tr("Help"));
        m_help->setAccessibleName(tr("Call a member of staff"));
        break;
    case HelpState::Called:
        m_help->setText(tr("Staff has been called"));
        m_help->setAccessibleName(tr("Staff has been called and will come to this kiosk"));
        break;
    case HelpState::Answered:
        m_help->setText(tr("Staff is on the way"));
        m_help->setAccessibleName(tr("A member of staff has seen your call and is on the way"));
        break;
    case HelpState::Unreachable:
        m_help->setText(tr("Please ask at the counter"));
        m_help->setAccessibleName(tr("Staff could not be called from this kiosk: please ask at the counter, or press to try again"));
        break;
    }
    setStyleState(m_help, "state", state == HelpState::Unreachable ? QStringLiteral("error")
                                   : state == HelpState::None        ? QString()
                                                                     : QStringLiteral("called"));
}

} // namespace kiosk::ui
