#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace paygate {

// Faults the simulator injects, so clients can be tested against a misbehaving network and
// a misbehaving gateway. Counts apply to the next mutating requests (POST) and run down as
// they are used.
struct SimFaults {
    int latencyMs = 0;           // every request waits this long before it is handled
    int fail5xx = 0;             // answered 503 without being processed
    int dropAfterProcessing = 0; // processed and recorded, then the connection is closed unanswered
    int duplicateDelivery = 0;   // processed twice, as if the network delivered it twice
    // A hostile answer: the request is processed and recorded, then answered with `answer`
    // instead of the truth: "status:NNN" (any 3xx-5xx code with the gateway's error body),
    // "html", "truncated", "processing", "requires_action", "empty_id", "missing_status",
    // "wrong_amount", "wrong_key", "redirect", "huge" (a 1 MiB body) or "card_number" (a
    // terminal answer that carries the card's number).
    QString answer;
    QString answerOn = QStringLiteral("any"); // authorize, capture, cancel, refund, terminal or any
    int answerCount = 0;
    int lookupLagMs = 0; // a new charge is listed by the idempotency-key lookup only this much later

    QJsonObject toJson() const;
    // Replaces the values present in `json` (POST /_sim/faults). Unknown names, values of
    // the wrong type or out of range change nothing and return false with `error` set.
    bool update(const QJsonObject &json, QString *error);
    // True (and one use counted) when the next answer to a POST on `path` is hostile.
    bool takeHostile(const QString &path);
};

// The bytes of a hostile answer built from the true one.
struct RawAnswer {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static RawAnswer hostile(const QString &kind, int trueStatus, const QJsonObject &trueBody);
};

} // namespace paygate
