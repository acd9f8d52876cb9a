#include "SeatMapView.h"

#include "SeatDelegate.h"
#include "models/SeatMapModel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QKeyEvent>

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

void SeatMapView::layoutGrid()
{
    if (!m_model)
        return;
    clearSpans();
    verticalHeader()->setDefaultSectionSize(m_cell);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const auto kind = SeatMapModel::CellKind(
            m_model->data(m_model->index(m_model->rowCount() > 1 ? 1 : 0, column), SeatMapModel::CellKindRole).toInt());
        setColumnWidth(column, kind == SeatMapModel::CellKind::Aisle ? m_cell / 2 : m_cell);
    }
    // As wide as the cabin and no wider, so the screen can centre the aircraft.
    int width = 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_model->columnCount(); ++column)
        width += columnWidth(column);
    setFixedWidth(width);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto kind = SeatMapModel::CellKind(m_model->data(m_model->index(row, 0), SeatMapModel::CellKindRole).toInt());
        if (kind == SeatMapModel::CellKind::CabinHeader)
            setSpan(row, 0, 1, m_model->columnCount());
    }
}

void SeatMapView::toggleAt(const QModelIndex &index)
{
    if (!m_model || !m_model->seatAt(index))
        return;
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
