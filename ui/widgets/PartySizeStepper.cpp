#include "PartySizeStepper.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace kiosk::ui {

namespace {
constexpr int StepButtonSize = 64;
} // namespace

PartySizeStepper::PartySizeStepper(int maximum, QWidget *parent) : QWidget(parent), m_maximum(maximum)
{
    setObjectName(QStringLiteral("partySize"));
    setFocusPolicy(Qt::StrongFocus);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    auto *caption = new QLabel(tr("Travellers"), this);
    caption->setObjectName(QStringLiteral("partyCaption"));
    m_fewer = new QPushButton(QStringLiteral("\u2212"), this);
    m_fewer->setObjectName(QStringLiteral("partyFewer"));
    m_fewer->setAccessibleName(tr("One traveller fewer"));
    m_more = new QPushButton(QStringLiteral("+"), this);
    m_more->setObjectName(QStringLiteral("partyMore"));
    m_more->setAccessibleName(tr("One more traveller"));
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("partyNumber"));
    m_number->setAlignment(Qt::AlignCenter);
    m_number->setMinimumWidth(StepButtonSize);
    for (QPushButton *step : {m_fewer, m_more}) {
        step->setFixedSize(StepButtonSize, StepButtonSize);
        step->setFocusPolicy(Qt::NoFocus); // the stepper itself takes the keyboard's arrows
    }
    row->addWidget(caption);
    row->addWidget(m_fewer);
    row->addWidget(m_number);
    row->addWidget(m_more);
    connect(m_fewer, &QPushButton::clicked, this, &PartySizeStepper::stepDown);
    connect(m_more, &QPushButton::clicked, this, &PartySizeStepper::stepUp);
    showValue();
}

void PartySizeStepper::setValue(int value)
{
    value = qBound(minimum(), value, m_maximum);
    if (value == m_value)
        return;
    m_value = value;
    showValue();
    Q_EMIT valueChanged(m_value);
}

void PartySizeStepper::showValue()
{
    m_number->setText(QLocale().toString(m_value));
    m_fewer->setEnabled(m_value > minimum());
    m_more->setEnabled(m_value < m_maximum);
    setAccessibleName(tr("Number of travellers: %1").arg(m_value));
}

void PartySizeStepper::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Plus)
        stepUp();
    else if (event->key() == Qt::Key_Down || event->key() == Qt::Key_Minus)
        stepDown();
    else
        QWidget::keyPressEvent(event);
}

} // namespace kiosk::ui
