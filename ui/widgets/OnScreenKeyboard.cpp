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

OnScreenKeyboard::OnScreenKeyboard(Layout layout, QWidget *parent) : QWidget(parent), m_layout(layout)
{
    auto *grid = new QGridLayout(this);
    grid->setSpacing(6);
    // The style sheets size the keys by the widget's name: the card keypad's are larger.
    if (layout == Layout::Digits) {
        setObjectName(QStringLiteral("onScreenKeypad"));
        setAccessibleName(tr("On-screen keypad"));
        grid->setContentsMargins(0, 0, 0, 0);
    } else {
        setObjectName(QStringLiteral("onScreenKeyboard"));
        setAccessibleName(tr("On-screen keyboard"));
    }
    showKeys(layout);
}

void OnScreenKeyboard::showKeys(Layout layout)
{
    m_layout = layout;
    m_keySize = layout == Layout::Digits ? DigitKeySize : LetterKeySize;
    // Deleted now rather than later: a tap must never reach a key of the previous layout.
    qDeleteAll(findChildren<QPushButton *>(QString(), Qt::FindDirectChildrenOnly));
    const QString backspace = QStringLiteral("⌫");
    switch (layout) {
    case Layout::Digits:
        for (int digit = 1; digit <= 9; ++digit)
            addKey(QString::number(digit), QString::number(digit), Qt::Key_0 + digit, (digit - 1) / 3, (digit - 1) % 3);
        addKey(QStringLiteral("/"), QStringLiteral("/"), Qt::Key_Slash, 3, 0);
        addKey(QStringLiteral("0"), QStringLiteral("0"), Qt::Key_0, 3, 1);
        addKey(backspace, QString(), Qt::Key_Backspace, 3, 2);
        return;
    case Layout::Letters:
    case Layout::LettersAndDigits: {
        const int top = layout == Layout::LettersAndDigits ? 1 : 0;
        if (top > 0)
            addRow(QStringLiteral("1234567890"), 0);
        addRow(QStringLiteral("QWERTYUIOP"), top);
        addRow(QStringLiteral("ASDFGHJKL'"), top + 1);
        addRow(QStringLiteral("ZXCVBNM-"), top + 2);
        addKey(backspace, QString(), Qt::Key_Backspace, top + 2, 8, 2);
        addKey(tr("Space"), QStringLiteral(" "), Qt::Key_Space, top + 3, 2, 6);
        return;
    }
    case Layout::Email:
        // What ContactDetails takes without quoting; no space key (an address has none).
        addRow(QStringLiteral("1234567890"), 0);
        addRow(QStringLiteral("QWERTYUIOP"), 1, true);
        addRow(QStringLiteral("ASDFGHJKL@"), 2, true);
        addRow(QStringLiteral("ZXCVBNM.-_"), 3, true);
        addKey(QStringLiteral("+"), QStringLiteral("+"), Qt::Key_Plus, 4, 0);
        addKey(QStringLiteral(".com"), QStringLiteral(".com"), Qt::Key_unknown, 4, 2, 2);
        addKey(backspace, QString(), Qt::Key_Backspace, 4, 8, 2);
        return;
    case Layout::Phone:
        addRow(QStringLiteral("1234567890"), 0);
        addKey(QStringLiteral("+"), QStringLiteral("+"), Qt::Key_Plus, 1, 0, 2);
        addKey(tr("Space"), QStringLiteral(" "), Qt::Key_Space, 1, 3, 4);
        addKey(backspace, QString(), Qt::Key_Backspace, 1, 8, 2);
        return;
    }
}

void OnScreenKeyboard::addRow(const QString &keys, int row, bool lowerCase)
{
    for (int column = 0; column < keys.size(); ++column) {
        const QChar key = keys.at(column);
        const QString text = lowerCase ? QString(key.toLower()) : QString(key);
        addKey(text, text, key.unicode(), row, column);
    }
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
