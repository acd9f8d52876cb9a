#include "DatabaseUrlText.h"

#include <QUrl>

namespace kiosk {

QString databaseUrlText(const DatabaseUrl &url)
{
    if (url.kind == DatabaseUrl::Kind::SQLite) // parse reads "sqlite://X" as X
        return QStringLiteral("sqlite:") + (url.path.startsWith(QLatin1String("//")) ? QStringLiteral("//") : QString())
            + url.path;
    QStringList query;
    const auto add = [&query](const QString &key, const QString &value) {
        query << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    };
    if (!url.host.isEmpty())
        add(QStringLiteral("host"), url.host);
    if (url.port > 0)
        add(QStringLiteral("port"), QString::number(url.port));
    if (!url.user.isEmpty())
        add(QStringLiteral("user"), url.user);
    if (!url.password.isEmpty())
        add(QStringLiteral("password"), url.password);
    if (!url.database.isEmpty())
        add(QStringLiteral("dbname"), url.database);
    for (const auto &[key, value] : url.parameters)
        add(key, value);
    return QStringLiteral("postgresql://") + (query.isEmpty() ? QString() : QLatin1Char('?') + query.join(QLatin1Char('&')));
}

} // namespace kiosk
