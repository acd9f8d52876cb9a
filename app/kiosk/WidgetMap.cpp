#include "WidgetMap.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QTimer>
#include <QWidget>

namespace {

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString placed(const QWidget *widget)
{
    const QPoint at = widget->mapToGlobal(QPoint(0, 0));
    return QStringLiteral("%1\t%2\t%3\t%4").arg(at.x()).arg(at.y()).arg(widget->width()).arg(widget->height());
}

// What a script looks a control up by when it has no object name: its text or accessible name.
QString shownText(const QWidget *widget)
{
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    if (auto *field = qobject_cast<const QLineEdit *>(widget))
        return widget->accessibleName().isEmpty() ? field->placeholderText() : widget->accessibleName();
    return widget->accessibleName();
}

void describeRows(const QAbstractItemView *view, QStringList &lines)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QRect shown = view->viewport()->rect();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QRect line = view->visualRect(index);
        if (!shown.contains(line.center()))
            continue;
        const QPoint at = view->viewport()->mapToGlobal(line.topLeft());
        QString text = index.data(Qt::AccessibleTextRole).toString();
        if (text.isEmpty())
            text = index.data(Qt::DisplayRole).toString();
        lines << QStringLiteral("row\t%1\t%2\t%3\t%4\t%5\t%6\t%7")
                     .arg(view->objectName())
                     .arg(row)
                     .arg(at.x())
                     .arg(at.y())
                     .arg(line.width())
                     .arg(line.height())
                     .arg(oneLine(text));
    }
}

} // namespace

WidgetMap::WidgetMap(const QString &path, QObject *parent) : QObject(parent), m_path(path), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &WidgetMap::write);
    m_timer->start(200);
}

QString WidgetMap::pathFromEnvironment()
{
    return qEnvironmentVariable("KIOSK_WIDGET_MAP");
}

void WidgetMap::write()
{
    QStringList lines;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        lines << QStringLiteral("window\t%1\t%2\t%3").arg(QLatin1String(window->metaObject()->className()), window->objectName(), placed(window));
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget);
            if (widget->objectName().isEmpty() && !control)
                continue;
            lines << QStringLiteral("widget\t%1\t%2\t%3\t%4")
                         .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(), placed(widget),
                              oneLine(shownText(widget)));
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && !view->objectName().isEmpty())
                describeRows(view, lines);
        }
    }
    if (QWidget *focus = QApplication::focusWidget())
        lines << QStringLiteral("focus\t%1\t%2").arg(QLatin1String(focus->metaObject()->className()), focus->objectName());
    const QString map = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (map == m_written)
        return;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(map.toUtf8()) < 0 || !file.commit()) {
        qWarning("kiosk: cannot write the widget map %s", qPrintable(m_path));
        return;
    }
    m_written = map;
}
