#include "KpiCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kiosk::ui {

KpiCard::KpiCard(const QString &caption, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(this)), m_caption(new QLabel(caption, this)), m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiCard"));
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_caption->setObjectName(QStringLiteral("kpiCaption"));
    m_detail->setObjectName(QStringLiteral("kpiDetail"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_caption->setWordWrap(true);
    m_detail->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addWidget(m_detail);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    clear();
}

void KpiCard::set(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail.isEmpty() ? QStringLiteral("\u00a0") : detail); // the cards' lines stay level
    const QString sentence = detail.isEmpty() ? tr("%1: %2").arg(m_caption->text(), value)
                                              : tr("%1: %2 (%3)").arg(m_caption->text(), value, detail);
    setAccessibleName(sentence);
    m_value->setAccessibleName(sentence);
}

void KpiCard::clear()
{
    m_value->setText(QStringLiteral("\u2013"));
    m_detail->setText(QStringLiteral("\u00a0"));
    setAccessibleName(tr("%1: no figure").arg(m_caption->text()));
}

} // namespace kiosk::ui
