#include "TouchScreen.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QRegularExpression>
#include <QScroller>
#include <QScrollerProperties>

namespace kiosk::ui {

void scrollByTouch(QAbstractScrollArea *area)
{
    if (QScroller::hasScroller(area->viewport()))
        return;
    if (auto *view = qobject_cast<QAbstractItemView *>(area)) {
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel); // a flick glides, not row by row
        view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    }
    // Touch screens on kiosk PCs mostly arrive as a left mouse button; this gesture takes both.
    QScroller::grabGesture(area->viewport(), QScroller::LeftMouseButtonGesture);
    QScroller *scroller = QScroller::scroller(area->viewport());
    QScrollerProperties properties = scroller->scrollerProperties();
    // No rubber band past the ends: on a kiosk it looks as if the list were broken.
    properties.setScrollMetric(QScrollerProperties::VerticalOvershootPolicy,
                               QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff));
    properties.setScrollMetric(QScrollerProperties::HorizontalOvershootPolicy,
                               QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff));
    scroller->setScrollerProperties(properties);
}

void adaptForTouch(QWidget *root)
{
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->inherits("QComboBoxListView")) // a combo's popup list, not one of the screen's
            scrollByTouch(view);
    }
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && label->textFormat() != Qt::RichText)
            label->setText(label->text().remove(mnemonic).replace(QStringLiteral("&&"), QStringLiteral("&")));
    }
}

} // namespace kiosk::ui
