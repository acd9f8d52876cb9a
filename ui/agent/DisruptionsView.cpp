#include "DisruptionsView.h"

#include "DisruptionTableModel.h"
#include "schedule/DisruptionDesk.h"
#include "widgets/StatusChip.h"
#include "widgets/UiText.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kiosk::ui {

DisruptionsView::DisruptionsView(DisruptionDesk &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_model(new DisruptionTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("disruptions"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_openOnly = new QCheckBox(tr("&Open only"), this);
    m_openOnly->setObjectName(QStringLiteral("disruptionsOpenOnly"));
    m_openOnly->setChecked(true);
    connect(m_openOnly, &QCheckBox::toggled, this, &DisruptionsView::refresh);
    filters->addWidget(m_openOnly);
    filters->addStretch();
    m_refresh = new QPushButton(tr("Re&load"), this);
    m_refresh->setObjectName(QStringLiteral("disruptionsReload"));
    m_refresh->setAutoDefault(false);
    connect(m_refresh, &QPushButton::clicked, this, &DisruptionsView::refresh);
    filters->addWidget(m_refresh);
    layout->addLayout(filters);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("disruptionsStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Disruptions"));
    layout->addWidget(m_status);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DisruptionTableModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("disruptionTable"));
    m_view->setAccessibleName(tr("Disruptions of bookings by schedule changes"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DisruptionTableModel::RaisedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegate(new StatusChipDelegate(m_view)); // the booking's state as a chip
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DisruptionTableModel::DetailColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openRequested(index.data(DisruptionTableModel::ReferenceRole).toString());
    });

    auto *handling = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("disruptionNote"));
    m_note->setAccessibleName(tr("Note on the handled disruption"));
    m_note->setPlaceholderText(tr("e.g. rebooked on KX103, passenger informed"));
    m_note->setClearButtonEnabled(true);
    noteLabel->setBuddy(m_note);
    connect(m_note, &QLineEdit::returnPressed, this, &DisruptionsView::handleCurrent);
    m_handle = new QPushButton(tr("&Mark handled"), this);
    m_handle->setObjectName(QStringLiteral("disruptionHandle"));
    m_handle->setAutoDefault(false);
    connect(m_handle, &QPushButton::clicked, this, &DisruptionsView::handleCurrent);
    handling->addWidget(noteLabel);
    handling->addWidget(m_note, 1);
    handling->addWidget(m_handle);
    layout->addLayout(handling);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DisruptionsView::updateButtons);
    updateButtons();
}

qint64 DisruptionsView::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && current.data(DisruptionTableModel::OpenRole).toBool()
        ? current.data(DisruptionTableModel::IdRole).toLongLong()
        : 0;
}

void DisruptionsView::updateButtons()
{
    m_handle->setEnabled(currentId() != 0);
}

void DisruptionsView::refresh()
{
    DisruptionFilter filter;
    filter.openOnly = m_openOnly->isChecked();
    auto listed = m_desk.list(filter);
    if (!listed) {
        m_model->setDisruptions({});
        showLabelMessage(m_status, sentence(listed.error().message), true);
        updateButtons();
        return;
    }
    m_model->setDisruptions(*listed);
    const int open = int(std::count_if(listed->cbegin(), listed->cend(), [](const Disruption &d) { return d.isOpen(); }));
    showLabelMessage(m_status,
                     listed->isEmpty() ? (filter.openOnly ? tr("No open disruptions.") : tr("No disruptions."))
                                       : tr("%n open disruption(s) to handle.", nullptr, open),
                     false);
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateButtons();
}

void DisruptionsView::handleCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    auto handled = m_desk.markHandled(id, m_note->text().trimmed());
    if (!handled) {
        showLabelMessage(m_status, sentence(handled.error().message), true);
        return;
    }
    m_note->clear();
    refresh();
    showLabelMessage(m_status, tr("Disruption of booking %1 marked handled.").arg(handled->reference), false);
}

} // namespace kiosk::ui
