#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

namespace kiosk::ui {

// What a status means at a glance. The chip's words always say it too: colour is never the
// only cue (colour-blind agents, grey-scale printouts of a screenshot).
enum class ChipTone { Good, Waiting, Stopped, Info, Neutral };

// The model role a view's cell answers with its ChipTone (as int) to be drawn as a chip.
inline constexpr int ChipToneRole = Qt::UserRole + 100;

// A status drawn as a small rounded pill: dark text on a light tint of its tone (contrast
// above 7:1 on every tone), a darker border of the same tone.
namespace chip {
QSize size(const QFontMetrics &metrics, const QString &text);
// Draws the pill at the left of `area`, vertically centred; text that does not fit is elided.
void paint(QPainter &painter, const QRect &area, const QString &text, ChipTone tone);
// The text as the pill in `width` pixels shows it ("Sitz freigeg…" when it is too narrow).
QString shownText(const QFontMetrics &metrics, const QString &text, int width);
}

// Draws a cell that has a ChipToneRole as a chip of its text (other cells as usual); its
// size hint fits the whole text, so a column resized to its contents never elides one.
class StatusChipDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The chip's text as painted in `option.rect` (the display text, elided if it does not fit).
    QString shownText(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// One chip as a widget (a booking's state in the detail's header); its accessible name is its text.
class StatusChip : public QWidget {
    Q_OBJECT
public:
    explicit StatusChip(QWidget *parent = nullptr);

    void set(const QString &text, ChipTone tone);
    QString text() const { return m_text; }
    ChipTone tone() const { return m_tone; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    ChipTone m_tone = ChipTone::Neutral;
};

} // namespace kiosk::ui
