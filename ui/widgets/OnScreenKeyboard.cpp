#include "OnScreenKeyboard.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QPushButton>

namespace kiosk::ui {

OnScreenKeyboard::OnScreenKeyboard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("onScreenKeyboard"));
    setAccessibleName(tr("On-screen keyboard"));
    auto *grid = new QGridLayout(this);
    grid->setSpacing(6);
    const QStringList rows = {QStringLiteral("QWERTYUIOP"), QStringLiteral("ASDFGHJKL'"), QStringLiteral("ZXCVBNM-")};
    auto addKey = [&](const QString &label, const QString &text, int key, int row, int column, int span = 1) {
        auto *button = new QPushButton(label, this);
        button->setFocusPolicy(Qt::NoFocus); // the traveller's field keeps focus
        button->setMinimumSize(56, 56);
        button->setAccessibleName(label == QLatin1String("⌫") ? tr("Delete") : label);
        connect(button, &QPushButton::clicked, this, [this, text, key] { press(text, key); });
        grid->addWidget(button, row, column, 1, span);
    };
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString letter = rows[r].mid(c, 1);
            addKey(letter, letter, letter.at(0).unicode(), r, c);
        }
    }
    addKey(QStringLiteral("⌫"), QString(), Qt::Key_Backspace, 2, 8, 2);
    addKey(tr("Space"), QStringLiteral(" "), Qt::Key_Space, 3, 2, 6);
}

void OnScreenKeyboard::press(const QString &text, int key)
{
    QWidget *target = QApplication::focusWidget();
    if (!target || isAncestorOf(target))
        return;
    // Letters arrive in title case as a name is usually written; the field may normalise.
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &down);
    QApplication::sendEvent(target, &up);
}

} // namespace kiosk::ui
