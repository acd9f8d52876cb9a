#pragma once

#include "SsimRecord.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace kiosk {

class SsimFieldReader;

// Reads an IATA SSIM Chapter 7 file: fixed 200-byte records (1 header, 2 carrier,
// 3 flight leg, 4 segment data, 5 trailer, zero-filled padding), one per line with LF or
// CRLF, or back to back without line ends. A pure function of the bytes: no file, clock
// or database, so it can be fuzzed and tested on its own. Stops at the first problem,
// naming its line and columns; nothing is returned for a file with a problem anywhere.
class SsimParser {
    Q_DECLARE_TR_FUNCTIONS(SsimParser)
public:
    // `progress` (optional) hears of every RecordsPerReport lines read and of the last;
    // answering false stops the reading with importStopped().
    static Result<SsimFile> parse(const QByteArray &data, const std::function<bool(int line, int lines)> &progress = {});
    static constexpr int RecordsPerReport = 500;

private:
    SsimParser() = default;
    Status readRecord(const QByteArray &record, int line);
    Status checkSerial(SsimFieldReader &fields, char type);
    Status readHeader(SsimFieldReader &fields);
    Status readCarrier(SsimFieldReader &fields);
    Status readLeg(SsimFieldReader &fields);
    Status readSegment(SsimFieldReader &fields);
    Status readTrailer(SsimFieldReader &fields);

    SsimFile m_file;
    char m_lastType = 0;  // type of the last record that was not padding
    int m_lastSerial = 0;
    int m_lastLine = 0;
};

} // namespace kiosk
