#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlError>
#include <QString>
#include <QStringEncoder>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <string>
#include <vector>

// libpq's handles, as libpq-fe.h declares them (the header stays out of the storage API).
typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace kiosk {

// One statement prepared in PostgreSQL's extended protocol, on the libpq connection that
// Qt's PostgreSQL driver opened (QSqlDriver::handle()). QtSql prepares with SQL `PREPARE`
// and runs every statement as `EXECUTE name ('literal', …)`: the client formats and
// escapes each value into SQL text and the server parses that text again, about half of a
// terminal's CPU per sale (docs/benchmarks.md). Here values travel as protocol parameters,
// never as SQL, and a run is one Bind/Execute. Values come back as QPSQL returns them
// (by the column's type: bool, int, qlonglong, double, QDate, QDateTime, QByteArray,
// else QString), so callers cannot tell the two apart. docs/architecture.md, "Statements".
class PgPrepared {
public:
    // Prepares `sql` (with :name placeholders) as statement `name`; on failure nothing and
    // *error says why. The connection must outlive the statement or be forgotten first.
    static std::unique_ptr<PgPrepared> prepare(PGconn *connection, const QByteArray &name, const QString &sql,
                                               QSqlError *error);
    ~PgPrepared();
    PgPrepared(const PgPrepared &) = delete;
    PgPrepared &operator=(const PgPrepared &) = delete;

    const QString &sql() const { return m_sql; }
    void bind(const QString &placeholder, const QVariant &value);
    bool exec();
    bool next();
    QVariant value(int column) const;
    // value(column).toString() and .toLongLong(), read straight from the result's text for
    // text and whole-number columns (no QVariant between): a sale reads some 40 values.
    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    int numRowsAffected() const;
    const QSqlError &lastError() const { return m_error; }
    // Drops the last result (the bound values stay, as QSqlQuery::finish keeps them).
    void finish();
    // The session is gone (reconnect, close): do not DEALLOCATE on it.
    void forgetConnection() { m_connection = nullptr; }

private:
    PgPrepared(PGconn *connection, QByteArray name, QString sql, QStringList placeholders);
    int placeholderIndex(const QString &placeholder);
    bool onCell(int column) const; // a row is current and it has this column
    // A non-NULL cell's text is what value(column).toString() answers (texts, whole numbers,
    // ISO dates).
    bool textIsValuesText(int column) const;

    PGconn *m_connection;
    QByteArray m_name;
    QString m_sql;
    QList<QList<int>> m_numbers;        // per placeholder (in order of first appearance): its $n, 0-based
    QHash<QString, int> m_indexByName;  // :name -> its index in m_numbers
    // A caller binds the same names in the same order every time: the k-th bind of the last
    // run says where to look first, before hashing the name.
    struct Bound {
        QString name;
        int index;
    };
    QList<Bound> m_bindOrder;
    int m_binds = 0; // since the last run
    // Per $n, the text sent, written when bound (a short one inside the string itself, a
    // longer one in a buffer kept from bind to bind); bound values stay for the next run, as
    // QSqlQuery keeps them. Unbound is NULL.
    std::vector<std::string> m_texts;
    std::vector<char> m_null;             // per $n: send SQL NULL
    std::vector<const char *> m_pointers; // per $n, into m_texts (null for SQL NULL)
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    PGresult *m_result = nullptr;
    int m_row = -1;
    QSqlError m_error;
};

// `sql` with each :name placeholder replaced by $1, $2, … in order of appearance (a name
// used twice gets two numbers, as QtSql does); quoted text, quoted identifiers and `::`
// casts are left alone. The names, with their colon, go to *placeholders.
QString positionalPlaceholders(const QString &sql, QStringList *placeholders);

} // namespace kiosk
