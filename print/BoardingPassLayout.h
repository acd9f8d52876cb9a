#pragma once

#include "checkin/BoardingPass.h"
#include "domain/Result.h"

#include <QCoreApplication>

#include <QRectF>

class QPainter;

namespace kiosk {

// One boarding pass on paper: what a traveller and a gate agent read (name, flight, date,
// from/to, departure in local time, seat, boarding number) beside the PDF417 barcode of
// the BCBP string. Laid out in millimetres inside `area` (at least PassWidthMm x
// PassHeightMm: an ATB card, or the top of an A4 page), at `dotsPerMm` of the device.
class BoardingPassLayout {
    Q_DECLARE_TR_FUNCTIONS(BoardingPassLayout) // the words on the paper are in the terminal's language

public:
    static constexpr double PassWidthMm = 190.0;
    static constexpr double PassHeightMm = 82.0;
    // The printed X-dimension of the barcode: wide enough for worn paper and gate readers.
    static constexpr double ModuleWidthMm = 0.33;

    static Status paint(QPainter &painter, const BoardingPass &pass, QPointF topLeftMm, double dotsPerMm);
};

} // namespace kiosk
