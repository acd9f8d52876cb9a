#include "SeatMapView.h"

#include "SeatDelegate.h"
#include "SeatMapPainter.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace kiosk::ui {

SeatMapView::SeatMapView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("seatMap"));
    setAccessibleName(tr("Seat map"));
    setItemDelegate(new SeatDelegate(this));
    setShowGrid(false);
    setSelectionMode(QAbstractItemView::NoSelection); // the model owns the traveller's choice
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setFocusPolicy(Qt::StrongFocus);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    horizontalHeader()->hide(); // each cabin header carries its own letters
    viewport()->setAutoFillBackground(false); // paintEvent fills every pixel, once
    connect(this, &QTableView::clicked, this, &SeatMapView::toggleAt);
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, &SeatMapView::settleStep);
    connect(verticalScrollBar(), &QScrollBar::sliderReleased, this,
            [this] { verticalScrollBar()->setValue(rowStop(verticalScrollBar()->value(), 0)); });
}

void SeatMapView::setSeatModel(SeatMapModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &SeatMapView::layoutGrid);
    layoutGrid();
}

void SeatMapView::setCellSize(int pixels)
{
    m_cell = pixels;
    layoutGrid();
}

namespace {
constexpr int NoseHeight = 120;
constexpr int HeaderHeight = 72; // cabin title and the column letters with Window/Aisle
constexpr int FacilityHeight = 44;
} // namespace

int SeatMapView::rowHeightFor(SeatMapModel::CellKind kind, bool firstRow) const
{
    switch (kind) {
    case SeatMapModel::CellKind::CabinHeader: return HeaderHeight + (firstRow ? NoseHeight : 0);
    case SeatMapModel::CellKind::Facility: return FacilityHeight;
    default: return m_cell + SeatMapPainter::PriceHeight;
    }
}

void SeatMapView::layoutGrid()
{
    if (!m_model)
        return;
    clearSpans();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const bool aisle = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty()
            && column > 0 && column + 1 < m_model->columnCount();
        setColumnWidth(column, aisle ? m_cell / 2 : m_cell);
    }
    // As wide as the cabin and no wider, so the screen can centre the aircraft.
    int width = 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_model->columnCount(); ++column)
        width += columnWidth(column);
    setFixedWidth(width);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto kind = SeatMapModel::CellKind(m_model->data(m_model->index(row, 0), SeatMapModel::CellKindRole).toInt());
        setRowHeight(row, rowHeightFor(kind, row == 0));
        if (kind == SeatMapModel::CellKind::CabinHeader || kind == SeatMapModel::CellKind::Facility)
            setSpan(row, 0, 1, m_model->columnCount());
    }
    updateGeometries(); // the row stops of these rows now: a jump may follow at once (SeatMiniMap)
}

void SeatMapView::updateGeometries()
{
    QTableView::updateGeometries();
    QHeaderView *rows = verticalHeader();
    const int height = viewport()->height();
    const int last = rows->length() - height; // where the plain pixel range would end
    m_rowStops.clear();
    for (int row = 0; row < rows->count(); ++row) {
        const int top = rows->sectionPosition(row);
        if (!m_rowStops.isEmpty() && m_rowStops.last() >= last)
            break;
        m_rowStops << top;
    }
    // The map ends with a row's top at the top too: below the last row the fuselage's end
    // shows, where a plain range would cut the first row on screen in half.
    const int maximum = last > 0 && !m_rowStops.isEmpty() ? m_rowStops.last() : 0;
    if (maximum == 0)
        m_rowStops = {0};
    verticalScrollBar()->setRange(0, maximum);
    verticalScrollBar()->setPageStep(height);
    if (QScroller::hasScroller(viewport()))
        QScroller::scroller(viewport())->setSnapPositionsY(QList<qreal>(m_rowStops.cbegin(), m_rowStops.cend()));
}

bool SeatMapView::viewportEvent(QEvent *event)
{
    // A finger starts a kinetic scroll (the scroller may have been grabbed after the layout):
    // it glides to the row stops and settles on one.
    if (event->type() == QEvent::ScrollPrepare && QScroller::hasScroller(viewport())) {
        QScroller *scroller = QScroller::scroller(viewport());
        scroller->setSnapPositionsY(QList<qreal>(m_rowStops.cbegin(), m_rowStops.cend()));
        connect(scroller, &QScroller::stateChanged, this, &SeatMapView::settleAfterFlick, Qt::UniqueConnection);
    }
    return QTableView::viewportEvent(event);
}

int SeatMapView::rowStop(int position, int direction) const
{
    if (m_rowStops.isEmpty())
        return 0;
    const auto after = std::lower_bound(m_rowStops.cbegin(), m_rowStops.cend(), position);
    const int next = after == m_rowStops.cend() ? m_rowStops.last() : *after;
    const int previous = after != m_rowStops.cend() && *after == position ? position
                         : after == m_rowStops.cbegin()                 ? m_rowStops.first()
                                                                         : *(after - 1);
    if (direction > 0)
        return next;
    if (direction < 0)
        return previous;
    return next - position < position - previous ? next : previous;
}

void SeatMapView::settleStep(int action)
{
    QScrollBar *bar = verticalScrollBar();
    const int from = bar->value();
    const int to = bar->sliderPosition();
    switch (action) {
    case QAbstractSlider::SliderSingleStepAdd: bar->setSliderPosition(rowStop(from + 1, +1)); break;
    case QAbstractSlider::SliderSingleStepSub: bar->setSliderPosition(rowStop(from - 1, -1)); break;
    // A page on: the row the page's end cut comes to the top (it was not seen whole).
    case QAbstractSlider::SliderPageStepAdd: bar->setSliderPosition(qMax(rowStop(to, -1), rowStop(from + 1, +1))); break;
    case QAbstractSlider::SliderPageStepSub: bar->setSliderPosition(qMin(rowStop(to, +1), rowStop(from - 1, -1))); break;
    case QAbstractSlider::SliderMove: // the wheel; the thumb being dragged settles when let go
        if (!bar->isSliderDown() && to != from)
            bar->setSliderPosition(rowStop(to, to > from ? +1 : -1));
        break;
    default: break;
    }
}

void SeatMapView::settleAfterFlick(QScroller::State state)
{
    // The scroller snaps a flick to the row stops; a slow drag let go ends where the finger did.
    if (state == QScroller::Inactive)
        verticalScrollBar()->setValue(rowStop(verticalScrollBar()->value(), 0));
}

void SeatMapView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    QTableView::scrollTo(index, hint);
    // Qt brings the row into view by pixels: the row start above keeps more of the cabin in
    // view when the row still fits below it, else the next row start down.
    const int value = verticalScrollBar()->value();
    const int up = rowStop(value, -1);
    const bool fitsBelow = index.isValid() && visualRect(index).bottom() + (value - up) < viewport()->height();
    verticalScrollBar()->setValue(fitsBelow ? up : rowStop(value, +1));
}

int SeatMapView::firstVisibleRow() const
{
    return qMax(0, rowAt(0));
}

int SeatMapView::lastVisibleRow() const
{
    const int last = rowAt(viewport()->height() - 1);
    return last < 0 ? (m_model ? m_model->rowCount() - 1 : 0) : last;
}

void SeatMapView::scrollToRow(int row)
{
    if (m_model && row >= 0 && row < m_model->rowCount())
        verticalScrollBar()->setValue(rowStop(verticalHeader()->sectionPosition(row), -1));
}

void SeatMapView::paintEvent(QPaintEvent *event)
{
    // The aircraft under the cells: fuselage and nose, then the wing band; the delegate
    // draws seats, numbers, exits and galleys on top.
    QPainter painter(viewport());
    painter.setClipRect(event->rect());
    if (!m_model || m_model->rowCount() == 0) {
        painter.fillRect(event->rect(), palette().color(QPalette::Base));
    } else {
        const int lastColumn = m_model->columnCount() - 1;
        const qreal leftWall = columnViewportPosition(0) + SeatMapPainter::WallInset;
        const qreal rightWall = columnViewportPosition(lastColumn) + columnWidth(lastColumn) - SeatMapPainter::WallInset;
        const int top = rowViewportPosition(0);
        const int last = m_model->rowCount() - 1;
        const SeatMapColours &colours = SeatMapColours::forPalette(palette());
        SeatMapPainter::paintFuselage(&painter, event->rect(), palette().color(QPalette::Base), leftWall, rightWall, top,
                                      rowViewportPosition(last) + rowHeight(last), NoseHeight, colours);
        const int firstVisible = qMax(0, rowAt(0));
        const int lastVisible = rowAt(viewport()->height()) < 0 ? last : rowAt(viewport()->height());
        for (int row = firstVisible; row <= lastVisible; ++row) {
            if (m_model->data(m_model->index(row, 0), SeatMapModel::OverWingRole).toBool())
                SeatMapPainter::paintWingBand(&painter, QRectF(0, rowViewportPosition(row), viewport()->width(), rowHeight(row)),
                                              leftWall, rightWall, colours);
        }
    }
    painter.end();
    QTableView::paintEvent(event);
}

void SeatMapView::toggleAt(const QModelIndex &index)
{
    if (!m_model || !m_model->seatAt(index))
        return;
    Q_EMIT seatTapped(index.data(SeatMapModel::SeatCodeRole).toString());
    if (!m_model->toggle(index))
        Q_EMIT seatRefused(index.data(SeatMapModel::SeatCodeRole).toString());
}

void SeatMapView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        toggleAt(currentIndex());
        event->accept();
        return;
    }
    const QModelIndex before = currentIndex();
    QTableView::keyPressEvent(event);
    if (currentIndex() != before && m_model && m_model->seatAt(currentIndex()))
        Q_EMIT seatReached(currentIndex().data(SeatMapModel::SeatCodeRole).toString());
}

} // namespace kiosk::ui
