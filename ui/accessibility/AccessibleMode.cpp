#include "AccessibleMode.h"

#include "ControlSpeech.h"
#include "Narrator.h"
#include "widgets/OnScreenKeyboard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace kiosk::ui {

namespace {

// White and yellow on black: what the style sheet does not reach (painted parts) uses these.
QPalette highContrast()
{
    QPalette palette;
    const QColor black(0x00, 0x00, 0x00);
    const QColor white(0xff, 0xff, 0xff);
    const QColor yellow(0xff, 0xd4, 0x00);
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::AlternateBase})
        palette.setColor(role, black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::BrightText})
        palette.setColor(role, white);
    palette.setColor(QPalette::Highlight, yellow);
    palette.setColor(QPalette::HighlightedText, black);
    palette.setColor(QPalette::PlaceholderText, QColor(0xc8, 0xc8, 0xc8));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa6, 0xa6, 0xa6));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa6, 0xa6, 0xa6));
    return palette;
}

QString accessibleStyleSheet()
{
    QFile file(QStringLiteral(":/styles/kiosk-accessible.qss"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool takesKeypadFocus(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

} // namespace

AccessibleMode::AccessibleMode(QWidget *window, const KeypadMap &keys, QObject *parent)
    : QObject(parent), m_window(window), m_keys(keys), m_narrator(new Narrator(this)), m_focusSpeech(new QTimer(this))
{
    m_focusSpeech->setSingleShot(true);
    m_focusSpeech->setInterval(0);
    connect(m_focusSpeech, &QTimer::timeout, this, &AccessibleMode::announceFocus);
    connect(m_narrator, &Narrator::announced, this, [this] { ++m_typedSpeech; });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        followField(now);
        if (!qobject_cast<QLineEdit *>(now))
            m_keyCursor.hide(); // the keys are for fields; elsewhere Enter is the control's again
        if (m_on && now && belongsToWindow(now))
            m_focusSpeech->start();
    });
    qApp->installEventFilter(this);
}

AccessibleMode::~AccessibleMode()
{
    qApp->removeEventFilter(this);
}

void AccessibleMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    applyLook(on);
    m_keyCursor.hide();
    m_narrator->sayNow(on ? tr("Accessible mode on.") + QLatin1Char(' ') + keyHints() : tr("Accessible mode off."));
    m_afterToggle = on; // the screen is said after this, not instead of it
    Q_EMIT toggled(on);
}

void AccessibleMode::applyLook(bool on)
{
    m_window->setStyleSheet(on ? accessibleStyleSheet() : QString());
    m_window->setPalette(on ? highContrast() : QPalette()); // an empty palette: the application's again
}

void AccessibleMode::announceScreen(QWidget *screen, const QString &text)
{
    if (!m_on)
        return;
    m_screenText = text;
    const QList<OnScreenKeyboard *> keyboards = screen->findChildren<OnScreenKeyboard *>();
    if (std::any_of(keyboards.cbegin(), keyboards.cend(), [](const QWidget *keys) { return keys->isVisible(); }))
        m_screenText += QLatin1Char(' ') + typingHints();
    if (std::exchange(m_afterToggle, false))
        m_narrator->say(m_screenText);
    else
        m_narrator->sayNow(m_screenText);
    m_afterScreen = true;
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !focus->isVisible() || !(focus == screen || screen->isAncestorOf(focus))) {
        for (QWidget *next = screen->nextInFocusChain(); next && next != screen; next = next->nextInFocusChain()) {
            if (screen->isAncestorOf(next) && takesKeypadFocus(next)) {
                next->setFocus(Qt::TabFocusReason);
                break;
            }
        }
    }
    m_focusSpeech->start(); // the control in focus after the screen, even if it stayed the same
}

void AccessibleMode::announce(const QString &text)
{
    if (m_on)
        m_narrator->say(text);
}

void AccessibleMode::warnTimeout(const QString &question, QAbstractButton *moreTime)
{
    if (!m_on)
        return;
    QApplication::beep();
    m_narrator->sayNow(question);
    // Said once the prompt's window is active and the button really has the focus.
    m_afterScreen = true;
    moreTime->setFocus(Qt::OtherFocusReason);
}

QString AccessibleMode::keyHints() const
{
    using Action = KeypadMap::Action;
    return tr("%1 and %2 move between the controls, %3 and %4 between the entries of a list or the seats, "
              "%5 chooses, %6 says where you are.")
        .arg(spokenKey(Action::PreviousControl), spokenKey(Action::NextControl), spokenKey(Action::PreviousItem),
             spokenKey(Action::NextItem), spokenKey(Action::Activate), spokenKey(Action::Help));
}

QString AccessibleMode::spokenKey(KeypadMap::Action action) const
{
    const int key = m_keys.keyFor(action);
    return key == Qt::Key_Return || key == Qt::Key_Enter ? tr("Enter") : m_keys.keyName(action);
}

QString AccessibleMode::typingHints() const
{
    using Action = KeypadMap::Action;
    return tr("To type, %1 and %2 choose a key of the keyboard on the screen and %3 types it. %4 and %5 go to the "
              "other fields and buttons.")
        .arg(spokenKey(Action::PreviousItem), spokenKey(Action::NextItem), spokenKey(Action::Activate),
             spokenKey(Action::PreviousControl), spokenKey(Action::NextControl));
}

bool AccessibleMode::belongsToWindow(const QWidget *widget) const
{
    for (const QWidget *up = widget; up; up = up->parentWidget()) { // across dialogs the window opened
        if (up == m_window)
            return true;
    }
    return false;
}

bool AccessibleMode::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || m_forwarding)
        return QObject::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !belongsToWindow(widget))
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const int combined = key->key() | int(key->modifiers() & ~Qt::KeypadModifier);
    const KeypadMap::Action action = m_keys.actionFor(combined);
    if (action == KeypadMap::Action::None || (!m_on && action != KeypadMap::Action::ToggleMode))
        return QObject::eventFilter(watched, event);
    QWidget *focus = QApplication::focusWidget();
    if (!handle(action, focus && belongsToWindow(focus) ? focus : widget))
        return QObject::eventFilter(watched, event);
    Q_EMIT keypadUsed();
    return true;
}

bool AccessibleMode::handle(KeypadMap::Action action, QWidget *focus)
{
    using Action = KeypadMap::Action;
    switch (action) {
    case Action::ToggleMode:
        setOn(!m_on);
        return true;
    case Action::PreviousControl:
    case Action::NextControl:
        moveFocus(action == Action::NextControl);
        return true;
    case Action::PreviousItem:
    case Action::NextItem: {
        const bool forward = action == Action::NextItem;
        if (auto *view = qobject_cast<QAbstractItemView *>(focus))
            return stepItem(view, forward);
        if (qobject_cast<QLineEdit *>(focus))
            return stepKey(focus, forward);
        if (auto *combo = qobject_cast<QComboBox *>(focus)) {
            combo->setCurrentIndex(qBound(0, combo->currentIndex() + (forward ? 1 : -1), combo->count() - 1));
        } else {
            forwardKey(focus, forward ? Qt::Key_Up : Qt::Key_Down); // a stepper: one more, one fewer
        }
        m_narrator->sayNow(ControlSpeech::describe(focus));
        return true;
    }
    case Action::Activate:
        activate(focus);
        return true;
    case Action::Help:
        help(focus);
        return true;
    case Action::None: break;
    }
    return false;
}

void AccessibleMode::moveFocus(bool forward)
{
    QWidget *from = QApplication::focusWidget();
    if (!from || !belongsToWindow(from))
        from = m_window;
    QWidget *next = from;
    do {
        next = forward ? next->nextInFocusChain() : next->previousInFocusChain();
    } while (next && next != from && !(next->window() == from->window() && takesKeypadFocus(next)));
    if (next && next != from)
        next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    else
        m_narrator->sayNow(ControlSpeech::describe(from)); // the only control: say it again
}

bool AccessibleMode::stepItem(QAbstractItemView *view, bool forward)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return false;
    const auto *table = qobject_cast<const QTableView *>(view);
    const int rows = model->rowCount(view->rootIndex());
    const int columns = model->columnCount(view->rootIndex());
    const QModelIndex current = view->currentIndex();
    // Reading order, left to right and row by row, over the entries there are (no aisles).
    int position = current.isValid() ? current.row() * columns + current.column() : (forward ? -1 : rows * columns);
    for (position += forward ? 1 : -1; position >= 0 && position < rows * columns; position += forward ? 1 : -1) {
        const int row = position / columns;
        const int column = position % columns;
        if (table && (table->isRowHidden(row) || table->isColumnHidden(column)))
            continue;
        const QModelIndex index = model->index(row, column, view->rootIndex());
        if (index.flags().testFlag(Qt::ItemIsEnabled)) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            view->scrollTo(index);
            m_narrator->sayNow(ControlSpeech::describeItem(view));
            return true;
        }
    }
    m_narrator->sayNow(forward ? tr("End of the list.") : tr("Start of the list."));
    return true;
}

void AccessibleMode::activate(QWidget *focus)
{
    if (auto *button = qobject_cast<QAbstractButton *>(focus)) {
        if (button->isEnabled())
            button->click();
        else
            m_narrator->sayNow(ControlSpeech::describe(button));
    } else if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        if (!view->currentIndex().isValid()) {
            stepItem(view, true);
            return;
        }
        forwardKey(view, Qt::Key_Return); // the view's own choosing (a flight, a seat)
        if (view->isVisible() && view->hasFocus())
            m_narrator->sayNow(ControlSpeech::describeItem(view)); // the seat, now chosen or let go
    } else if (QPushButton *key = qobject_cast<QLineEdit *>(focus) ? m_keyCursor.key() : nullptr) {
        typeKey(key);
    } else if (qobject_cast<QLineEdit *>(focus) || qobject_cast<QComboBox *>(focus)) {
        moveFocus(true); // done with this field
    } else if (focus) {
        forwardKey(focus, Qt::Key_Return);
    }
}

bool AccessibleMode::stepKey(QWidget *field, bool forward)
{
    OnScreenKeyboard *keyboard = KeyboardCursor::keyboardFor(field);
    if (!keyboard)
        return false; // no keys on the screen: the text cursor moves in the text
    if (QPushButton *key = m_keyCursor.step(keyboard, forward))
        m_narrator->sayNow(KeyboardCursor::spokenName(key));
    return true;
}

void AccessibleMode::typeKey(QPushButton *key)
{
    const QPointer<QWidget> field = QApplication::focusWidget();
    const QPointer<QPushButton> pressed = key;
    const QString name = KeyboardCursor::spokenName(key);
    m_typedSpeech = 0;
    m_forwarding = true; // the key's own event (Space, a letter) is typing, not the keypad
    key->click();
    m_forwarding = false;
    // A character says itself as it lands in the field (onFieldText), Done moves the focus
    // (said as it lands); Shift, Caps lock, the accents key say their new state.
    if (m_typedSpeech == 0 && field && field == QApplication::focusWidget())
        m_narrator->sayNow(pressed ? KeyboardCursor::spokenName(pressed) : name);
}

void AccessibleMode::help(QWidget *focus)
{
    if (qobject_cast<QLineEdit *>(focus) && KeyboardCursor::keyboardFor(focus)) {
        // In a field: what it holds so far first, then the key in hand and how to type.
        m_narrator->sayNow(ControlSpeech::describe(focus));
        if (QPushButton *key = m_keyCursor.key())
            m_narrator->say(tr("On the key %1.").arg(KeyboardCursor::spokenName(key)));
        m_narrator->say(typingHints());
        return;
    }
    m_narrator->sayNow(m_screenText);
    m_narrator->say(ControlSpeech::describe(focus));
    m_narrator->say(keyHints());
}

void AccessibleMode::forwardKey(QWidget *target, int key)
{
    m_forwarding = true;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &release);
    m_forwarding = false;
}

void AccessibleMode::followField(QWidget *focus)
{
    if (m_field)
        m_field->disconnect(this);
    m_field = qobject_cast<QLineEdit *>(focus);
    if (!m_field)
        return;
    m_fieldText = m_field->text();
    connect(m_field, &QLineEdit::textChanged, this, &AccessibleMode::onFieldText);
}

void AccessibleMode::onFieldText(const QString &text)
{
    const QString before = std::exchange(m_fieldText, text);
    if (!m_on || !m_field)
        return;
    if (text.size() < before.size()) {
        m_narrator->sayNow(tr("deleted"));
        return;
    }
    qsizetype first = 0;
    while (first < before.size() && before[first] == text[first])
        ++first;
    // What was typed, without the spaces a field adds to group digits.
    const QString typed = text.mid(first, text.size() - before.size()).trimmed();
    const bool masked = m_field->echoMode() != QLineEdit::Normal;
    if (!typed.isEmpty())
        m_narrator->sayNow(ControlSpeech::character(typed.back(), masked));
    else if (text.size() == before.size() + 1) // a space, and nothing else, typed
        m_narrator->sayNow(ControlSpeech::character(QLatin1Char(' '), masked));
}

void AccessibleMode::announceFocus()
{
    QWidget *focus = QApplication::focusWidget();
    if (!m_on || !focus || !belongsToWindow(focus))
        return;
    const QString text = ControlSpeech::describe(focus);
    if (std::exchange(m_afterScreen, false))
        m_narrator->say(text);
    else
        m_narrator->sayNow(text);
}

} // namespace kiosk::ui
