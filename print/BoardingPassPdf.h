#pragma once

#include "checkin/BoardingPass.h"
#include "domain/Result.h"

namespace kiosk {

// Boarding passes as a PDF, one A4 page per passenger with the pass at the top (the way
// a pass printed at home is folded). Written all or nothing: a path that cannot be
// written is BadInput naming it, and no file is left behind.
class BoardingPassPdf {
public:
    static constexpr int DotsPerInch = 300;
    static Status write(const QList<BoardingPass> &passes, const QString &path);
};

} // namespace kiosk
