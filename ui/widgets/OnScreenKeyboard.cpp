#include "OnScreenKeyboard.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QPushButton>

namespace kiosk::ui {

namespace {
constexpr int LetterKeySize = 56;
constexpr int DigitKeySize = 64; // a keypad is tapped quickly, often with a thumb
} // namespace

OnScreenKeyboard::OnScreenKeyboard(Layout layout, QWidget *parent)
    : QWidget(parent), m_keySize(layout == Layout::Digits ? DigitKeySize : LetterKeySize)
{
    auto *grid = new QGridLayout(this);
    grid->setSpacing(6);
    if (layout == Layout::Digits) {
        setObjectName(QStringLiteral("onScreenKeypad"));
        setAccessibleName(tr("On-screen keypad"));
        grid->setContentsMargins(0, 0, 0, 0);
        for (int digit = 1; digit <= 9; ++digit)
            addKey(QString::number(digit), QString::number(digit), Qt::Key_0 + digit, (digit - 1) / 3, (digit - 1) % 3);
        addKey(QStringLiteral("/"), QStringLiteral("/"), Qt::Key_Slash, 3, 0);
        addKey(QStringLiteral("0"), QStringLiteral("0"), Qt::Key_0, 3, 1);
        addKey(QStringLiteral("⌫"), QString(), Qt::Key_Backspace, 3, 2);
        return;
    }
    setObjectName(QStringLiteral("onScreenKeyboard"));
    setAccessibleName(tr("On-screen keyboard"));
    const QStringList rows = {QStringLiteral("QWERTYUIOP"), QStringLiteral("ASDFGHJKL'"), QStringLiteral("ZXCVBNM-")};
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString letter = rows[r].mid(c, 1);
            addKey(letter, letter, letter.at(0).unicode(), r, c);
        }
    }
    addKey(QStringLiteral("⌫"), QString(), Qt::Key_Backspace, 2, 8, 2);
    addKey(tr("Space"), QStringLiteral(" "), Qt::Key_Space, 3, 2, 6);
}

void OnScreenKeyboard::addKey(const QString &label, const QString &text, int key, int row, int column, int span)
{
    auto *button = new QPushButton(label, this);
    button->setFocusPolicy(Qt::NoFocus); // the traveller's field keeps focus
    button->setMinimumSize(m_keySize, m_keySize);
    button->setAccessibleName(label == QLatin1String("⌫") ? tr("Delete") : label);
    connect(button, &QPushButton::clicked, this, [this, text, key] { press(text, key); });
    static_cast<QGridLayout *>(layout())->addWidget(button, row, column, 1, span);
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
