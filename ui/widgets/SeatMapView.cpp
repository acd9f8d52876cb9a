#include "SeatMapView.h"

#include "SeatDelegate.h"
#include "SeatMapPainter.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>

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
        SeatMapPainter::paintFuselage(&painter, event->rect(), palette().color(QPalette::Base), leftWall, rightWall, top,
                                      rowViewportPosition(last) + rowHeight(last), NoseHeight);
        const int firstVisible = qMax(0, rowAt(0));
        const int lastVisible = rowAt(viewport()->height()) < 0 ? last : rowAt(viewport()->height());
        for (int row = firstVisible; row <= lastVisible; ++row) {
            if (m_model->data(m_model->index(row, 0), SeatMapModel::OverWingRole).toBool())
                SeatMapPainter::paintWingBand(&painter, QRectF(0, rowViewportPosition(row), viewport()->width(), rowHeight(row)),
                                              leftWall, rightWall);
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
    QTableView::keyPressEvent(event);
}

} // namespace kiosk::ui
