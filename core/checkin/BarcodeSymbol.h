#pragma once

#include "domain/Result.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QList>

namespace kiosk {

// A barcode as a grid of modules, made by libzint (the barcode standard library; we
// write no symbology of our own). Pure data, no painting: core stays free of QtGui, and
// whoever draws it (the kiosk's screen, a PDF, a printer) scales one module to its
// X-dimension. Stacked and matrix codes have many rows, linear codes one.
class BarcodeSymbol {
    Q_DECLARE_TR_FUNCTIONS(BarcodeSymbol)
public:
    // PDF417 as a boarding pass carries it (docs/boarding-pass.md): error-correction level
    // PaperErrorCorrection, PaperColumns data columns.
    static constexpr int PaperErrorCorrection = 5;
    static constexpr int PaperColumns = 6;
    static Result<BarcodeSymbol> pdf417(const QString &text);
    // Aztec as mobile boarding passes carry it (IATA BCBP for phones): error-correction
    // level AztecErrorCorrection (libzint's 2: 23 % of the symbol plus 3 codewords), the
    // size chosen by libzint. A square matrix: every row is one module high.
    static constexpr int AztecErrorCorrection = 2;
    static Result<BarcodeSymbol> aztec(const QString &text);
    // Interleaved 2 of 5 for bag tag licence plates: digits only, an even count.
    static Result<BarcodeSymbol> interleaved2of5(const QString &digits);

    int width() const { return m_width; }
    int rowCount() const { return int(m_rows.size()); }
    bool isDark(int row, int column) const { return m_rows.at(row).testBit(column); }
    // Height of a row in modules (a PDF417 row is 3 modules high; a linear code's bars more).
    double rowHeight(int row) const { return m_rowHeights.at(row); }
    double totalHeight() const;

private:
    static Result<BarcodeSymbol> encode(int symbology, const QByteArray &data, int option1, int option2);

    int m_width = 0;
    QList<QBitArray> m_rows;
    QList<double> m_rowHeights;
};

// Which symbology a boarding pass on a screen uses (setting checkin/screen-barcode): PDF417
// as on paper, or Aztec, which phone-style gate scanners read best from a screen. Paper is
// always PDF417.
class ScreenBarcode {
public:
    enum class Symbology { Pdf417, Aztec };

    // "pdf417" or "aztec" (case does not matter); anything else is BadInput naming both.
    static Result<Symbology> parse(const QString &text);
    static QString name(Symbology symbology);
    static Result<BarcodeSymbol> encode(Symbology symbology, const QString &bcbp);
};

} // namespace kiosk
