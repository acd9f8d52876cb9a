#include "StatusChip.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace kiosk::ui {

namespace {

struct Colours {
    QColor fill;
    QColor border;
    QColor text;
};

Colours coloursOf(ChipTone tone)
{
    switch (tone) {
    case ChipTone::Good: return {QColor(0xdc, 0xfc, 0xe7), QColor(0x16, 0xa3, 0x4a), QColor(0x14, 0x53, 0x2d)};
    case ChipTone::Waiting: return {QColor(0xfe, 0xf3, 0xc7), QColor(0xd9, 0x77, 0x06), QColor(0x78, 0x35, 0x0f)};
    case ChipTone::Stopped: return {QColor(0xfe, 0xe2, 0xe2), QColor(0xdc, 0x26, 0x26), QColor(0x7f, 0x1d, 0x1d)};
    case ChipTone::Info: return {QColor(0xdb, 0xea, 0xfe), QColor(0x25, 0x63, 0xeb), QColor(0x1e, 0x3a, 0x8a)};
    case ChipTone::Neutral: break;
    }
    return {QColor(0xe5, 0xe7, 0xeb), QColor(0x6b, 0x72, 0x80), QColor(0x1f, 0x29, 0x37)};
}

constexpr int PadX = 8;
constexpr int PadY = 2;
constexpr int Margin = 3; // around the chip inside a cell

} // namespace

QSize chip::size(const QFontMetrics &metrics, const QString &text)
{
    // Two pixels more than the text needs: elidedText() elides a text that fits to the pixel.
    return {metrics.horizontalAdvance(text) + 2 * PadX + 4, metrics.height() + 2 * PadY + 2};
}

QString chip::shownText(const QFontMetrics &metrics, const QString &text, int width)
{
    return metrics.elidedText(text, Qt::ElideRight, width - 2 * PadX - 2);
}

void chip::paint(QPainter &painter, const QRect &area, const QString &text, ChipTone tone)
{
    const QFontMetrics metrics = painter.fontMetrics();
    const QSize wanted = size(metrics, text);
    const QRect pill(area.left(), area.top() + (area.height() - wanted.height()) / 2, qMin(wanted.width(), area.width()),
                     wanted.height());
    const Colours colours = coloursOf(tone);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colours.border, 1));
    painter.setBrush(colours.fill);
    const qreal radius = pill.height() / 2.0;
    painter.drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter.setPen(colours.text);
    painter.drawText(pill.adjusted(PadX + 1, 0, -PadX - 1, 0), Qt::AlignCenter, shownText(metrics, text, pill.width()));
    painter.restore();
}

QString StatusChipDelegate::shownText(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return chip::shownText(option.fontMetrics, index.data(Qt::DisplayRole).toString(), option.rect.width() - 2 * Margin);
}

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant tone = index.data(ChipToneRole);
    if (!tone.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem panel = option;
    initStyleOption(&panel, index);
    panel.text.clear(); // the selection and focus as usual, the words in the chip
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, widget);
    painter->save();
    painter->setFont(option.font);
    chip::paint(*painter, option.rect.adjusted(Margin, 0, -Margin, 0), index.data(Qt::DisplayRole).toString(),
                ChipTone(tone.toInt()));
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize usual = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(ChipToneRole).isValid())
        return usual;
    const QSize pill = chip::size(option.fontMetrics, index.data(Qt::DisplayRole).toString());
    return {pill.width() + 2 * Margin, qMax(usual.height(), pill.height() + 2)};
}

StatusChip::StatusChip(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusChip::set(const QString &text, ChipTone tone)
{
    m_text = text;
    m_tone = tone;
    setAccessibleName(text);
    updateGeometry();
    update();
}

QSize StatusChip::sizeHint() const
{
    return chip::size(fontMetrics(), m_text);
}

void StatusChip::paintEvent(QPaintEvent *)
{
    if (m_text.isEmpty())
        return;
    QPainter painter(this);
    chip::paint(painter, rect(), m_text, m_tone);
}

} // namespace kiosk::ui
