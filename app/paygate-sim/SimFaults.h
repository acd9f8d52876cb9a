#pragma once

#include <QJsonObject>

namespace paygate {

// Faults the simulator injects, so clients can be tested against a misbehaving network.
// Counts apply to the next mutating requests (POST) and run down as they are used.
struct SimFaults {
    int latencyMs = 0;          // every request waits this long before it is handled
    int fail5xx = 0;            // answered 503 without being processed
    int dropAfterProcessing = 0; // processed and recorded, then the connection is closed unanswered
    int duplicateDelivery = 0;  // processed twice, as if the network delivered it twice

    QJsonObject toJson() const
    {
        return {{QStringLiteral("latency_ms"), latencyMs},
                {QStringLiteral("fail_5xx"), fail5xx},
                {QStringLiteral("drop_after_processing"), dropAfterProcessing},
                {QStringLiteral("duplicate_delivery"), duplicateDelivery}};
    }
    // Replaces the values present in `json` (POST /_sim/faults).
    void update(const QJsonObject &json)
    {
        latencyMs = json.value(QStringLiteral("latency_ms")).toInt(latencyMs);
        fail5xx = json.value(QStringLiteral("fail_5xx")).toInt(fail5xx);
        dropAfterProcessing = json.value(QStringLiteral("drop_after_processing")).toInt(dropAfterProcessing);
        duplicateDelivery = json.value(QStringLiteral("duplicate_delivery")).toInt(duplicateDelivery);
    }
};

} // namespace paygate
