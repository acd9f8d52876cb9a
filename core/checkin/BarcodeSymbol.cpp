#include "BarcodeSymbol.h"

#include <zint.h>

#include <algorithm>
#include <memory>

namespace kiosk {

namespace {

// zint keeps each row's modules bit-packed, least significant bit first (its module_is_set).
bool moduleIsSet(const zint_symbol &symbol, int row, int column)
{
    return (symbol.encoded_data[row][column >> 3] >> (column & 7)) & 1;
}

} // namespace

Result<BarcodeSymbol> BarcodeSymbol::pdf417(const QString &text)
{
    if (text.isEmpty())
        return makeError(ErrorCode::BadInput, tr("a PDF417 barcode needs some text"));
    return encode(BARCODE_PDF417, text.toLatin1(), PaperErrorCorrection, PaperColumns);
}

Result<BarcodeSymbol> BarcodeSymbol::aztec(const QString &text)
{
    if (text.isEmpty())
        return makeError(ErrorCode::BadInput, tr("an Aztec barcode needs some text"));
    return encode(BARCODE_AZTEC, text.toLatin1(), AztecErrorCorrection, 0);
}

Result<BarcodeSymbol> BarcodeSymbol::interleaved2of5(const QString &digits)
{
    if (digits.isEmpty() || digits.size() % 2 != 0 || !std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }))
        return makeError(ErrorCode::BadInput,
                         tr("'%1' cannot be an Interleaved 2 of 5 barcode: it takes an even number of digits")
                             .arg(digits));
    return encode(BARCODE_C25INTER, digits.toLatin1(), 0, 0);
}

Result<BarcodeSymbol> BarcodeSymbol::encode(int symbology, const QByteArray &data, int option1, int option2)
{
    const std::unique_ptr<zint_symbol, void (*)(zint_symbol *)> symbol(ZBarcode_Create(), ZBarcode_Delete);
    if (!symbol)
        return makeError(ErrorCode::Internal, tr("libzint could not allocate a symbol"));
    symbol->symbology = symbology;
    symbol->option_1 = option1;
    symbol->option_2 = option2;
    const int status = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char *>(data.constData()),
                                       int(data.size()));
    if (status >= ZINT_ERROR)
        return makeError(ErrorCode::BadInput,
                         tr("libzint could not encode the barcode: %1").arg(QString::fromLatin1(symbol->errtxt)));
    BarcodeSymbol result;
    result.m_width = symbol->width;
    for (int row = 0; row < symbol->rows; ++row) {
        QBitArray bits(symbol->width);
        for (int column = 0; column < symbol->width; ++column)
            bits.setBit(column, moduleIsSet(*symbol, row, column));
        result.m_rows.append(bits);
        // A row without its own height shares what is left of the symbol's height.
        const double height = symbol->row_height[row];
        result.m_rowHeights.append(height > 0 ? height : double(symbol->height) / symbol->rows);
    }
    return result;
}

double BarcodeSymbol::totalHeight() const
{
    double total = 0;
    for (double height : m_rowHeights)
        total += height;
    return total;
}

Result<ScreenBarcode::Symbology> ScreenBarcode::parse(const QString &text)
{
    for (Symbology symbology : {Symbology::Pdf417, Symbology::Aztec}) {
        if (text.trimmed().compare(name(symbology), Qt::CaseInsensitive) == 0)
            return symbology;
    }
    return makeError(ErrorCode::BadInput,
                     BarcodeSymbol::tr("'%1' is not a screen barcode: use pdf417 or aztec").arg(text));
}

QString ScreenBarcode::name(Symbology symbology)
{
    return symbology == Symbology::Aztec ? QStringLiteral("aztec") : QStringLiteral("pdf417");
}

Result<BarcodeSymbol> ScreenBarcode::encode(Symbology symbology, const QString &bcbp)
{
    return symbology == Symbology::Aztec ? BarcodeSymbol::aztec(bcbp) : BarcodeSymbol::pdf417(bcbp);
}

} // namespace kiosk
