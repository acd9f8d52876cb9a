#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace paygate {

// An answer of the simulated API: HTTP status and JSON body.
struct SimAnswer {
    int status = 200;
    QJsonObject body;
};

// The simulator's books: payment intents (card brand and last four only, never the
// number), refunds, and the stored answer of every idempotency key. Saved to the ledger
// file after every change, so a restarted simulator remembers everything.
class SimLedger {
public:
    // Loads `path` if it exists; an empty path keeps the ledger in memory only.
    bool open(const QString &path, QString *error);

    SimAnswer createIntent(const QJsonObject &request, const QString &idempotencyKey);
    SimAnswer capture(const QString &intentId, const QJsonObject &request);
    SimAnswer cancel(const QString &intentId);
    SimAnswer refund(const QJsonObject &request, const QString &idempotencyKey);
    SimAnswer retrieve(const QString &intentId) const;
    // Charges created under `key`, leaving out those younger than `lagMs` (a gateway whose
    // search index lags behind).
    SimAnswer findByIdempotencyKey(const QString &key, int lagMs = 0) const;
    QJsonObject summary() const; // GET /ledger

    // The answer first given under `key` for the same request, if any; `conflict` is set
    // when the key was used for a different request.
    const SimAnswer *replay(const QString &key, const QString &fingerprint, bool *conflict) const;
    void remember(const QString &key, const QString &fingerprint, const SimAnswer &answer);
    void countProcessed() { ++m_processed; }
    void countRedirectFollowed() { ++m_redirectsFollowed; }
    bool save(QString *error) const;

private:
    struct Stored {
        QString fingerprint;
        SimAnswer answer;
    };
    QString nextId(const QString &prefix);
    static SimAnswer error(int status, const QString &code, const QString &message);

    QString m_path;
    int m_nextId = 1;
    int m_processed = 0;
    int m_redirectsFollowed = 0;
    QList<QJsonObject> m_intents; // in creation order
    QList<QJsonObject> m_refunds;
    QHash<QString, Stored> m_idempotency;
};

} // namespace paygate
