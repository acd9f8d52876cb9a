#include "ControlSpeech.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>

namespace kiosk::ui {

namespace {

QString roleName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton: return ControlSpeech::tr("button");
    case QAccessible::CheckBox: return ControlSpeech::tr("check box");
    case QAccessible::RadioButton: return ControlSpeech::tr("option");
    case QAccessible::EditableText: return ControlSpeech::tr("edit text");
    case QAccessible::ComboBox: return ControlSpeech::tr("choice list");
    case QAccessible::List:
    case QAccessible::Table: return ControlSpeech::tr("list");
    case QAccessible::SpinBox: return ControlSpeech::tr("number");
    default: return QString();
    }
}

// The name a traveller hears: the accessible name, else what the control shows, without
// the '&' of a keyboard shortcut.
QString nameOf(const QWidget *control)
{
    QString name = control->accessibleName();
    if (name.isEmpty()) {
        if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(control)))
            name = accessible->text(QAccessible::Name);
    }
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    return name.remove(mnemonic).simplified();
}

QString fieldState(const QLineEdit *field)
{
    if (field->text().isEmpty())
        return ControlSpeech::tr("empty");
    if (field->echoMode() != QLineEdit::Normal)
        return field->text().size() == 1 ? ControlSpeech::tr("1 character, hidden")
                                         : ControlSpeech::tr("%1 characters, hidden").arg(field->text().size());
    return field->text();
}

} // namespace

QString ControlSpeech::describe(const QWidget *control)
{
    if (!control)
        return QString();
    if (auto *view = qobject_cast<const QAbstractItemView *>(control))
        return describeItem(view);
    QStringList parts{nameOf(control)};
    QAccessible::Role role = QAccessible::NoRole;
    if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(control)))
        role = accessible->role();
    if (auto *field = qobject_cast<const QLineEdit *>(control)) {
        parts << roleName(QAccessible::EditableText) << fieldState(field);
    } else if (auto *combo = qobject_cast<const QComboBox *>(control)) {
        parts << roleName(QAccessible::ComboBox) << combo->currentText();
    } else {
        parts << roleName(role);
        if (auto *button = qobject_cast<const QAbstractButton *>(control); button && button->isCheckable())
            parts << (button->isChecked() ? tr("on") : tr("off"));
    }
    if (!control->isEnabled())
        parts << tr("unavailable");
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString ControlSpeech::describeItem(const QAbstractItemView *view)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return QStringList{nameOf(view), roleName(QAccessible::List)}.join(QStringLiteral(", "));
    QString text = current.data(Qt::AccessibleTextRole).toString();
    if (text.isEmpty())
        text = current.data(Qt::DisplayRole).toString();
    // An entry the traveller can choose is a button to press; a taken seat says so in its text.
    const Qt::ItemFlags flags = current.flags();
    if (flags.testFlag(Qt::ItemIsEnabled) && flags.testFlag(Qt::ItemIsSelectable))
        text += QStringLiteral(", ") + tr("button");
    return text;
}

QString ControlSpeech::character(QChar typed, bool masked)
{
    if (masked)
        return tr("asterisk");
    if (typed.isSpace())
        return tr("space");
    // A speech engine says nothing, or something odd, for a lone punctuation mark.
    switch (typed.unicode()) {
    case u'\'': return tr("apostrophe");
    case u'-': return tr("hyphen");
    case u'@': return tr("at sign");
    case u'.': return tr("dot");
    case u'/': return tr("slash");
    case u'_': return tr("underscore");
    case u'+': return tr("plus");
    default: break;
    }
    if (typed.isUpper())
        return tr("capital %1").arg(typed);
    return QString(typed);
}

} // namespace kiosk::ui
