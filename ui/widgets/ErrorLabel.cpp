#include "ErrorLabel.h"

#include "StyleState.h"

#include <QEvent>
#include <QPainter>

namespace kiosk::ui {

namespace {
constexpr int SignGap = 8;
}

ErrorLabel::ErrorLabel(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setStyleState(this, "role", QStringLiteral("error"));
    keepRoomForSign();
}

void ErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        keepRoomForSign(); // the style sheet's font arrives after construction
}

void ErrorLabel::keepRoomForSign()
{
    // Room for the sign on the left; the words wrap beside it, never under it.
    const int left = signSize() + SignGap;
    if (contentsMargins().left() != left)
        setContentsMargins(left, 0, 0, 0);
}

int ErrorLabel::signSize() const
{
    return fontMetrics().height();
}

void ErrorLabel::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    if (!showsSign())
        return;
    const int size = signSize();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(0.5, 0.5, size - 1, size - 1);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(foregroundRole()));
    painter.drawEllipse(circle);
    QFont bold = font();
    bold.setBold(true);
    bold.setPixelSize(qMax(8, size * 3 / 4));
    painter.setFont(bold);
    painter.setPen(Qt::white);
    painter.drawText(circle, Qt::AlignCenter, QStringLiteral("!"));
}

} // namespace kiosk::ui
