#include "TextFit.h"

#include "models/SeatMapModel.h"
#include "widgets/SeatDelegate.h"
#include "widgets/SeatMapPainter.h"
#include "widgets/SeatMapView.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyleOptionButton>
#include <QStyleOptionSpinBox>

namespace kiosk::test {

using namespace kiosk::ui;

namespace {

constexpr int FingerPixels = 48;

// What a label or button shows: mnemonics ("&To") are drawn without the ampersand.
QString shownText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

// The width the text takes when painted. A mnemonic's underlined letter is laid out on its
// own, so there is no kerning across it: "&To" needs T + o, wider than "To" (whose size hint
// Qt measures kerned, which is how "To" came to be clipped).
int paintedWidth(const QFontMetrics &metrics, const QString &line)
{
    const qsizetype mnemonic = line.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
    if (mnemonic < 0)
        return metrics.horizontalAdvance(shownText(line));
    return metrics.horizontalAdvance(shownText(line.left(mnemonic))) + metrics.horizontalAdvance(line.at(mnemonic + 1))
        + metrics.horizontalAdvance(shownText(line.mid(mnemonic + 2)));
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, paintedWidth(metrics, line));
    return widest;
}

// The width a button's text gets: a push button's contents as its style lays them out, a
// check box's or radio button's beside its indicator, any other button's contents.
int buttonRoom(QAbstractButton *button)
{
    QStyle *style = button->style();
    if (auto *push = qobject_cast<QPushButton *>(button)) {
        QStyleOptionButton option;
        option.initFrom(push);
        option.text = push->text();
        option.features = push->isDefault() ? QStyleOptionButton::DefaultButton : QStyleOptionButton::None;
        return style->subElementRect(QStyle::SE_PushButtonContents, &option, push).width();
    }
    if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button)) {
        const bool check = qobject_cast<QCheckBox *>(button) != nullptr;
        return button->contentsRect().width()
            - style->pixelMetric(check ? QStyle::PM_IndicatorWidth : QStyle::PM_ExclusiveIndicatorWidth, nullptr, button)
            - style->pixelMetric(check ? QStyle::PM_CheckBoxLabelSpacing : QStyle::PM_RadioButtonLabelSpacing, nullptr, button);
    }
    return button->contentsRect().width();
}

} // namespace

// One line per widget whose text does not fit, per push button or spin button smaller than a
// finger.
QStringList misfits(QWidget *root)
{
    QStringList found;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->wordWrap() || label->textFormat() == Qt::RichText)
            continue;
        const QString text = shownText(label->text());
        const int needed = widestLine(label->fontMetrics(), label->buddy() ? label->text() : text);
        const int room = label->contentsRect().width() - 2 * label->margin();
        if (needed > room)
            found << QStringLiteral("label %1 \"%2\": needs %3 px, has %4").arg(label->objectName(), text).arg(needed).arg(room);
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        const QString text = shownText(button->text());
        const int needed = widestLine(button->fontMetrics(), button->text());
        const int room = buttonRoom(button);
        if (qobject_cast<QPushButton *>(button) && (button->width() < FingerPixels || button->height() < FingerPixels))
            found << QStringLiteral("button %1 \"%2\": %3x%4 px, smaller than a finger")
                         .arg(button->objectName(), text)
                         .arg(button->width())
                         .arg(button->height());
        if (needed > room)
            found << QStringLiteral("button %1 \"%2\": needs %3 px, has %4").arg(button->objectName(), text).arg(needed).arg(room);
    }
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>()) {
        if (!spin->isVisible() || spin->buttonSymbols() == QAbstractSpinBox::NoButtons)
            continue;
        QStyleOptionSpinBox option;
        option.initFrom(spin);
        option.subControls = QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown | QStyle::SC_SpinBoxFrame;
        option.buttonSymbols = spin->buttonSymbols();
        for (auto control : {QStyle::SC_SpinBoxUp, QStyle::SC_SpinBoxDown}) {
            const QRect rect = spin->style()->subControlRect(QStyle::CC_SpinBox, &option, control, spin);
            if (rect.width() < FingerPixels || rect.height() < FingerPixels)
                found << QStringLiteral("spin box %1: a %2x%3 px button").arg(spin->objectName()).arg(rect.width()).arg(rect.height());
        }
    }
    return found;
}

// The words the seat map paints (not widgets, so misfits() cannot see them): each price under
// its seat, each Window/Aisle under its column letter, each galley or lavatory in its block.
QStringList seatMapMisfits(SeatMapView *view)
{
    QStringList found;
    const QAbstractItemModel *model = view->model();
    const QFontMetrics price(SeatMapPainter::priceFont(view->font()));
    const QFontMetrics small(SeatMapPainter::smallFont(view->font()));
    const int inside = view->viewport()->width() - 2 * (SeatMapPainter::WallInset + 4);
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 1; column + 1 < model->columnCount(); ++column) {
            const QModelIndex cell = model->index(row, column);
            const QString amount = cell.data(SeatMapModel::ShortPriceRole).toString();
            if (price.horizontalAdvance(amount) > view->columnWidth(column))
                found << QStringLiteral("price \"%1\" under %2").arg(amount, cell.data(SeatMapModel::SeatCodeRole).toString());
            const QString side = cell.data(SeatMapModel::ColumnSideRole).toString();
            const QString word = side == QLatin1String("window") ? SeatDelegate::tr("Window")
                                 : side == QLatin1String("aisle") ? SeatDelegate::tr("Aisle")
                                                                  : QString();
            if (small.horizontalAdvance(word) > view->columnWidth(column) + 8)
                found << QStringLiteral("\"%1\" under column %2").arg(word, cell.data().toString());
        }
        for (const LayoutFacility &facility : model->index(row, 0).data(SeatMapModel::FacilitiesRole).value<QList<LayoutFacility>>()) {
            const QString label = SeatMapPainter::facilityLabel(facility.kind, SeatMapModel::facilityName(facility.kind));
            if (price.horizontalAdvance(label) > inside / 3 - 12)
                found << QStringLiteral("facility \"%1\"").arg(label);
        }
    }
    return found;
}

} // namespace kiosk::test
