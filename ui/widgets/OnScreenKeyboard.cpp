#include "OnScreenKeyboard.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <algorithm>
#include <tuple>
#include <utility>

namespace kiosk::ui {

namespace {
constexpr int LetterKeySize = 56;
constexpr int DigitKeySize = 64; // a keypad is tapped quickly, often with a thumb
constexpr int LetterColumns = 14; // the widest row: the accented letters

const QString Backspace = QStringLiteral("⌫");

struct LetterRows {
    QString top, middle, bottom;
};

// The rows as printed on the language's keyboards; the apostrophe and hyphen of names
// (O'Brien, Müller-Lüdenscheidt) where each keyboard has them.
LetterRows lettersFor(bool qwertz)
{
    if (qwertz)
        return {QStringLiteral("QWERTZUIOPÜ"), QStringLiteral("ASDFGHJKLÖÄ"), QStringLiteral("YXCVBNM-'")};
    return {QStringLiteral("QWERTYUIOP"), QStringLiteral("ASDFGHJKL'"), QStringLiteral("ZXCVBNM-")};
}

// The accented letters of names in Latin script, by base letter; the boarding pass spells
// each as the passport's machine readable zone does (IcaoTransliterator).
const LetterRows AccentedLetters{QStringLiteral("ÀÁÂÃÄÅÆÇĆČÈÉÊË"), QStringLiteral("ĘĞÌÍÎÏŁÑŃÒÓÔÕÖ"),
                                 QStringLiteral("ØŒŘŚŠŞÙÚÛÜÝŻŽß")};

bool startsWord(const QLineEdit *field)
{
    const int at = field->cursorPosition();
    if (at == 0)
        return true;
    const QChar before = field->text().at(at - 1);
    return before.isSpace() || before == QLatin1Char('-');
}
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
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
    showKeys(layout);
    follow(QApplication::focusWidget());
}

void OnScreenKeyboard::showKeys(Layout layout)
{
    if (layout != m_layout)
        m_accents = false; // each kind of field starts on its plain keys
    m_layout = layout;
    m_keySize = layout == Layout::Digits ? DigitKeySize : LetterKeySize;
    m_qwertz = QLocale().language() == QLocale::German;
    // Deleted now rather than later: a tap must never reach a key of the previous layout.
    qDeleteAll(findChildren<QPushButton *>(QString(), Qt::FindDirectChildrenOnly));
    m_letterKeys.clear();
    m_rowKeys.clear();
    m_nextKey = m_shiftKey = m_capsKey = nullptr;
    auto *grid = static_cast<QGridLayout *>(this->layout());
    for (int column = 0; column < grid->columnCount(); ++column)
        grid->setColumnStretch(column, 0);
    switch (layout) {
    case Layout::Digits:
        for (int digit = 1; digit <= 9; ++digit)
            addKey(QString::number(digit), QString::number(digit), Qt::Key_0 + digit, (digit - 1) / 3, (digit - 1) % 3);
        addKey(QStringLiteral("/"), QStringLiteral("/"), Qt::Key_Slash, 3, 0);
        addKey(QStringLiteral("0"), QStringLiteral("0"), Qt::Key_0, 3, 1);
        addKey(Backspace, QString(), Qt::Key_Backspace, 3, 2);
        return;
    case Layout::Letters:
        addLetterRows(0);
        addLetterControls(3);
        for (int column = 0; column < LetterColumns; ++column)
            grid->setColumnStretch(column, 1); // one key width, whatever a row holds
        showCase();
        return;
    case Layout::LettersAndDigits: {
        // Codes and a surname to look up (accents do not matter there): the language's
        // letters without its extra keys, in the payment dialog's room.
        const LetterRows letters = lettersFor(m_qwertz);
        addRow(QStringLiteral("1234567890"), 0);
        addRow(letters.top.left(10), 1);
        addRow(letters.middle.left(9) + QLatin1Char('\''), 2);
        addRow(letters.bottom.left(7) + QLatin1Char('-'), 3);
        addKey(Backspace, QString(), Qt::Key_Backspace, 3, 8, 2);
        addKey(tr("Space"), QStringLiteral(" "), Qt::Key_Space, 4, 2, 6);
        return;
    }
    case Layout::Email: {
        // What ContactDetails takes without quoting; no space key (an address has none).
        const LetterRows letters = lettersFor(m_qwertz);
        addRow(QStringLiteral("1234567890"), 0);
        addRow(letters.top.left(10), 1, true);
        addRow(letters.middle.left(9) + QLatin1Char('@'), 2, true);
        addRow(letters.bottom.left(7) + QStringLiteral(".-_"), 3, true);
        addKey(QStringLiteral("+"), QStringLiteral("+"), Qt::Key_Plus, 4, 0);
        addKey(QStringLiteral(".com"), QStringLiteral(".com"), Qt::Key_unknown, 4, 2, 2);
        addKey(Backspace, QString(), Qt::Key_Backspace, 4, 8, 2);
        return;
    }
    case Layout::Phone:
        addRow(QStringLiteral("1234567890"), 0);
        addKey(QStringLiteral("+"), QStringLiteral("+"), Qt::Key_Plus, 1, 0, 2);
        addKey(tr("Space"), QStringLiteral(" "), Qt::Key_Space, 1, 3, 4);
        addKey(Backspace, QString(), Qt::Key_Backspace, 1, 8, 2);
        return;
    }
}

void OnScreenKeyboard::addLetterRows(int top)
{
    const LetterRows rows = m_accents ? AccentedLetters : lettersFor(m_qwertz);
    int row = top;
    for (const QString &letters : {rows.top, rows.middle, rows.bottom}) {
        const int offset = (LetterColumns - int(letters.size())) / 2; // centred, as on a keyboard
        for (int column = 0; column < letters.size(); ++column) {
            const QChar letter = letters.at(column);
            QPushButton *button = addKeyAt(QString(letter), row, offset + column, 1);
            m_rowKeys << button;
            if (letter.isLetter())
                m_letterKeys << button;
            const int key = letter.isLetter() ? int(letter.toUpper().unicode()) : int(letter.unicode());
            // A letter types what its key shows: the case follows the word (showCase).
            connect(button, &QPushButton::clicked, this, [this, button, key] { press(button->text(), key); });
        }
        ++row;
    }
}

void OnScreenKeyboard::addLetterControls(int row)
{
    m_shiftKey = addKeyAt(tr("Shift"), row, 0, 2);
    m_shiftKey->setCheckable(true);
    connect(m_shiftKey, &QPushButton::clicked, this, [this] {
        m_shiftToggled = !m_shiftToggled;
        showCase();
    });
    m_capsKey = addKeyAt(tr("Caps lock"), row, 2, 2);
    m_capsKey->setCheckable(true);
    connect(m_capsKey, &QPushButton::clicked, this, [this] {
        m_capsLock = !m_capsLock;
        m_shiftToggled = false;
        showCase();
    });
    QPushButton *accents = addKeyAt(m_accents ? QStringLiteral("ABC") : QStringLiteral("ÀÉÑ"), row, 4, 2);
    accents->setObjectName(QStringLiteral("accentsKey"));
    accents->setAccessibleName(m_accents ? tr("Letters without accents") : tr("Accented letters"));
    connect(accents, &QPushButton::clicked, this, [this, accents] {
        // Only the letters change: the key being tapped must not be deleted under the finger.
        m_accents = !m_accents;
        qDeleteAll(std::exchange(m_rowKeys, {}));
        m_letterKeys.clear();
        addLetterRows(0);
        accents->setText(m_accents ? QStringLiteral("ABC") : QStringLiteral("ÀÉÑ"));
        accents->setAccessibleName(m_accents ? tr("Letters without accents") : tr("Accented letters"));
        showCase();
    });
    constexpr int NextSpan = 3;
    const bool next = !m_nextLabel.isEmpty();
    int column = 6;
    const int spaceSpan = LetterColumns - column - 2 - (next ? NextSpan : 0);
    addKey(tr("Space"), QStringLiteral(" "), Qt::Key_Space, row, column, spaceSpan);
    column += spaceSpan;
    addKey(Backspace, QString(), Qt::Key_Backspace, row, column, 2);
    column += 2;
    if (next) {
        m_nextKey = addKeyAt(m_nextLabel, row, column, NextSpan);
        m_nextKey->setObjectName(QStringLiteral("nextKey"));
        connect(m_nextKey, &QPushButton::clicked, this, &OnScreenKeyboard::nextPressed);
    }
}

void OnScreenKeyboard::setNextKey(const QString &label)
{
    if (label == m_nextLabel)
        return;
    const bool rebuild = label.isEmpty() != m_nextLabel.isEmpty();
    m_nextLabel = label;
    if (rebuild)
        showKeys(m_layout);
    else if (m_nextKey)
        m_nextKey->setText(label);
}

void OnScreenKeyboard::addRow(const QString &keys, int row, bool lowerCase, int firstColumn)
{
    for (int column = 0; column < keys.size(); ++column) {
        const QChar key = keys.at(column);
        const QString text = lowerCase ? QString(key.toLower()) : QString(key);
        addKey(text, text, key.unicode(), row, firstColumn + column);
    }
}

void OnScreenKeyboard::addKey(const QString &label, const QString &text, int key, int row, int column, int span)
{
    QPushButton *button = addKeyAt(label, row, column, span);
    connect(button, &QPushButton::clicked, this, [this, text, key] { press(text, key); });
}

QPushButton *OnScreenKeyboard::addKeyAt(const QString &label, int row, int column, int span)
{
    auto *button = new QPushButton(label, this);
    button->setFocusPolicy(Qt::NoFocus); // the traveller's field keeps focus
    button->setMinimumSize(m_keySize, m_keySize);
    button->setAccessibleName(label == Backspace ? tr("Delete") : label);
    static_cast<QGridLayout *>(layout())->addWidget(button, row, column, 1, span);
    // Shown and styled now, not at the next turn of the event loop: the keyboard's new
    // height must count at once, for a screen to keep its focused field above the keys.
    button->show();
    button->ensurePolished();
    return button;
}

QList<QPushButton *> OnScreenKeyboard::keysInReadingOrder() const
{
    struct Placed {
        int row, column;
        QPushButton *key;
    };
    QList<Placed> placed;
    const auto *grid = static_cast<const QGridLayout *>(layout());
    for (int i = 0; i < grid->count(); ++i) {
        auto *key = qobject_cast<QPushButton *>(grid->itemAt(i)->widget());
        if (!key)
            continue;
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
        placed << Placed{row, column, key};
    }
    std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        return std::tie(a.row, a.column) < std::tie(b.row, b.column);
    });
    QList<QPushButton *> keys;
    for (const Placed &each : std::as_const(placed))
        keys << each.key;
    return keys;
}

void OnScreenKeyboard::press(const QString &text, int key)
{
    QWidget *target = QApplication::focusWidget();
    if (!target || isAncestorOf(target))
        return;
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &down);
    QApplication::sendEvent(target, &up);
    if (!text.isEmpty() && text.front().isLetter())
        m_shiftToggled = false; // Shift is for one letter
    showCase();
}

bool OnScreenKeyboard::capitalNext() const
{
    if (m_layout != Layout::Letters)
        return false;
    if (m_capsLock)
        return true;
    const bool wordStart = !m_target || startsWord(m_target);
    return wordStart != m_shiftToggled;
}

void OnScreenKeyboard::showCase()
{
    const bool capital = capitalNext();
    for (QPushButton *key : std::as_const(m_letterKeys)) {
        // ß has no capital in names (the passport's zone spells it SS): it stays as it is.
        const QChar letter = key->text().front();
        key->setText(QString(capital ? letter.toUpper() : letter.toLower()));
        key->setAccessibleName(key->text());
    }
    if (m_shiftKey)
        m_shiftKey->setChecked(capital && !m_capsLock);
    if (m_capsKey)
        m_capsKey->setChecked(m_capsLock);
}

void OnScreenKeyboard::follow(QWidget *focus)
{
    auto *field = qobject_cast<QLineEdit *>(focus);
    if (!field || field == m_target)
        return;
    disconnect(m_targetEdits);
    disconnect(m_targetCursor);
    m_target = field;
    m_shiftToggled = false;
    // The case follows the word under the cursor, however the field changed (a tap, Delete).
    m_targetEdits = connect(field, &QLineEdit::textChanged, this, &OnScreenKeyboard::showCase);
    m_targetCursor = connect(field, &QLineEdit::cursorPositionChanged, this, &OnScreenKeyboard::showCase);
    showCase();
}

void OnScreenKeyboard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Another interface language: its keyboard's letters (QWERTZ, QWERTY) and its words.
    if (event->type() == QEvent::LanguageChange)
        showKeys(m_layout);
}

} // namespace kiosk::ui
