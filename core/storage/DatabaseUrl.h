#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace kiosk {

// A parsed database location: a libpq URI ("postgresql://user@host:5432/db?sslmode=require")
// or "sqlite:PATH". Anything libpq understands by itself (PGSERVICE, .pgpass, PGHOST...)
// keeps working because missing parts are simply left to libpq.
struct DatabaseUrl {
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    enum class Kind { PostgreSQL, SQLite };

    Kind kind = Kind::SQLite;
    // PostgreSQL
    QString host;      // name, address, or a socket directory
    int port = -1;     // -1: libpq's default
    QString database;
    QString user;
    QString password;
    // Query parameters, passed to libpq as is. Several hosts ("db1:5432,db2:5432", a failover
    // pair) become libpq's parallel "host" and "port" lists here.
    QList<QPair<QString, QString>> parameters;
    // SQLite
    QString path;      // a file path or ":memory:"

    static Result<DatabaseUrl> parse(const QString &text);
    // The URL with any password, and every parameter not known to be harmless, replaced by
    // "***": safe for logs and messages.
    QString redacted() const;
    bool hasParameter(const QString &key) const;
    // libpq's "key='quoted value'" form of the query parameters.
    QString libpqOptions() const;
    // 'value' quoted for a libpq connection string: no value can add another setting.
    static QString libpqQuoted(const QString &value);
};

} // namespace kiosk
