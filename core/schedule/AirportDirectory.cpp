#include "AirportDirectory.h"

#include "common/Logging.h"

#include <QFile>

namespace kiosk {

const AirportDirectory &AirportDirectory::builtIn()
{
    static const AirportDirectory directory = [] {
        QFile file(QStringLiteral(":/airports/airports.tsv"));
        if (!file.open(QIODevice::ReadOnly)) {
            // A build without the resource: every station imports by its code alone.
            qCWarning(lcStorage) << "the compiled-in airport list is missing";
            return AirportDirectory();
        }
        return fromTsv(file.readAll());
    }();
    return directory;
}

AirportDirectory AirportDirectory::fromTsv(const QByteArray &tsv)
{
    AirportDirectory directory;
    const QList<QByteArray> lines = tsv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 5) {
            ++directory.m_skipped;
            continue;
        }
        Airport airport{QString::fromUtf8(fields.at(0)), QString::fromUtf8(fields.at(1)), QString::fromUtf8(fields.at(2)),
                        QString::fromUtf8(fields.at(3)), QString::fromUtf8(fields.at(4))};
        if (directory.m_airports.contains(airport.iata)) {
            ++directory.m_skipped;
            continue;
        }
        directory.m_airports.insert(airport.iata, airport);
    }
    return directory;
}

std::optional<Airport> AirportDirectory::find(const QString &iata) const
{
    const auto found = m_airports.constFind(iata);
    if (found == m_airports.constEnd() || !found->isValid())
        return std::nullopt;
    return *found;
}

} // namespace kiosk
