#include "DatabaseUrl.h"

#include <QUrl>

namespace kiosk {

namespace {

Error badUrl(const QString &why)
{
    return makeError(ErrorCode::BadInput, DatabaseUrl::tr("invalid database URL: %1").arg(why));
}

QString decode(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// "db1:5432,[::1]:5433,db3" -> libpq's parallel lists "db1,::1,db3" and "5432,5433,": the
// host keyword takes names only, a port of its own goes to the same position of the port list
// (empty: the default port).
Result<QPair<QString, QString>> splitHosts(const QString &authority)
{
    QStringList hosts;
    QStringList ports;
    for (const QString &entry : authority.split(QLatin1Char(','))) {
        QString host = entry;
        QString port;
        if (entry.startsWith(QLatin1Char('['))) {
            const qsizetype close = entry.indexOf(QLatin1Char(']'));
            if (close < 0)
                return badUrl(QStringLiteral("unterminated IPv6 address in '%1'").arg(entry));
            host = entry.mid(1, close - 1);
            if (entry.mid(close + 1).startsWith(QLatin1Char(':')))
                port = entry.mid(close + 2);
        } else if (const qsizetype colon = entry.lastIndexOf(QLatin1Char(':')); colon >= 0) {
            host = entry.left(colon);
            port = entry.mid(colon + 1);
        }
        if (host.isEmpty())
            return badUrl(QStringLiteral("an empty host in the host list '%1'").arg(authority));
        if (!port.isEmpty()) {
            bool ok = false;
            const int number = port.toInt(&ok);
            if (!ok || number < 1 || number > 65535)
                return badUrl(QStringLiteral("port '%1' is not a number from 1 to 65535").arg(port));
        }
        hosts << decode(host);
        ports << port;
    }
    return QPair<QString, QString>{hosts.join(QLatin1Char(',')), ports.join(QLatin1Char(','))};
}

Result<DatabaseUrl> parsePostgres(const QString &rest)
{
    DatabaseUrl url;
    url.kind = DatabaseUrl::Kind::PostgreSQL;

    QString main = rest;
    QString portText;
    const qsizetype query = main.indexOf(QLatin1Char('?'));
    if (query >= 0) {
        const QString params = main.mid(query + 1);
        main.truncate(query);
        for (const QString &pair : params.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return badUrl(QStringLiteral("parameter '%1' has no value").arg(pair));
            const QString key = decode(pair.left(eq));
            const QString value = decode(pair.mid(eq + 1));
            if (key == QLatin1String("host"))
                url.host = value;
            else if (key == QLatin1String("user"))
                url.user = value;
            else if (key == QLatin1String("password"))
                url.password = value;
            else if (key == QLatin1String("dbname"))
                url.database = value;
            else if (key == QLatin1String("port") && !value.contains(QLatin1Char(',')))
                portText = value;
            else
                url.parameters.append({key, value});
        }
    }

    const qsizetype slash = main.indexOf(QLatin1Char('/'));
    QString authority = slash >= 0 ? main.left(slash) : main;
    if (slash >= 0 && url.database.isEmpty())
        url.database = decode(main.mid(slash + 1));

    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        if (url.user.isEmpty())
            url.user = decode(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0 && url.password.isEmpty())
            url.password = decode(userInfo.mid(colon + 1));
    }

    if (authority.startsWith(QLatin1Char('['))) { // IPv6 literal
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return badUrl(QStringLiteral("unterminated IPv6 address"));
        if (url.host.isEmpty())
            url.host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')) && portText.isEmpty())
            portText = after.mid(1);
    } else if (!authority.contains(QLatin1Char(','))) {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0 && portText.isEmpty())
            portText = authority.mid(colon + 1);
        if (url.host.isEmpty())
            url.host = decode(colon >= 0 ? authority.left(colon) : authority);
    } else if (url.host.isEmpty()) {
        auto several = splitHosts(authority);
        if (!several)
            return several.error();
        url.parameters.prepend({QStringLiteral("host"), several->first}); // first, as written
        const bool anyPort = !QString(several->second).remove(QLatin1Char(',')).isEmpty();
        if (anyPort && portText.isEmpty()
            && !url.hasParameter(QStringLiteral("port")))
            url.parameters.insert(1, {QStringLiteral("port"), several->second});
    }

    if (!portText.isEmpty()) {
        bool ok = false;
        url.port = portText.toInt(&ok);
        if (!ok || url.port < 1 || url.port > 65535)
            return badUrl(QStringLiteral("port '%1' is not a number from 1 to 65535").arg(portText));
    }
    return url;
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return badUrl(QStringLiteral("empty (use postgresql://... or sqlite:PATH)"));

    for (const auto scheme : {QLatin1String("postgresql://"), QLatin1String("postgres://")}) {
        if (trimmed.startsWith(scheme, Qt::CaseInsensitive))
            return parsePostgres(trimmed.mid(scheme.size()));
    }

    if (trimmed.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        DatabaseUrl url;
        url.kind = Kind::SQLite;
        url.path = trimmed.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2); // sqlite:///abs/path
        if (url.path.isEmpty())
            return badUrl(QStringLiteral("'%1' names no file (use sqlite:PATH)").arg(trimmed));
        return url;
    }

    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon > 0)
        return badUrl(QStringLiteral("unsupported scheme '%1' (use postgresql://... or sqlite:PATH)")
                          .arg(trimmed.left(colon)));
    return badUrl(QStringLiteral("'%1' has no scheme (use postgresql://... or sqlite:PATH)").arg(trimmed));
}

QString DatabaseUrl::redacted() const
{
    if (kind == Kind::SQLite)
        return QStringLiteral("sqlite:") + path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + (password.isEmpty() ? QString() : QStringLiteral(":***")) + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        text += host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + database;
    QStringList query;
    if (host.startsWith(QLatin1Char('/')))
        query << QStringLiteral("host=") + host;
    // Only settings known to be harmless are shown; anything else (sslpassword, a passfile
    // path, options=...) may carry a secret or say where one is.
    static const QStringList shown{QStringLiteral("host"), QStringLiteral("hostaddr"), QStringLiteral("port"),
                                   QStringLiteral("dbname"), QStringLiteral("user"),
                                   QStringLiteral("sslmode"), QStringLiteral("connect_timeout"),
                                   QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
                                   QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
                                   QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
                                   QStringLiteral("tcp_user_timeout"), QStringLiteral("gssencmode"),
                                   QStringLiteral("channel_binding"), QStringLiteral("load_balance_hosts")};
    for (const auto &[key, value] : parameters)
        query << key + QLatin1Char('=') + (shown.contains(key) ? value : QStringLiteral("***"));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

bool DatabaseUrl::hasParameter(const QString &key) const
{
    for (const auto &parameter : parameters) {
        if (parameter.first == key)
            return true;
    }
    return false;
}

QString DatabaseUrl::libpqOptions() const
{
    QStringList options;
    for (const auto &[key, value] : parameters)
        options << key + QLatin1Char('=') + libpqQuoted(value);
    return options.join(QLatin1Char(';'));
}

QString DatabaseUrl::libpqQuoted(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace kiosk
