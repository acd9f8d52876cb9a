#pragma once

#include "domain/Actor.h"
#include "schedule/ImportSummary.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace kiosk {
class ScheduleDesk;
}

namespace kiosk::ui {

class LegChangeModel;
class ScheduleImportRun;

// Imports an SSIM schedule file, an admin's decision: the dry run comes first, off the GUI
// thread with a progress bar (it can be stopped), and says what the import would change —
// flights added, changed, cancelled and unchanged, bookings disrupted, layouts generated,
// warnings — with the changed legs listed (LegChangeModel). Apply then imports exactly the
// file the dry run read: if it changed on disk since, it refuses and asks for a new dry run.
// Any failure shows the core's message; the import is all or nothing, so nothing changed.
class ScheduleImportDialog : public QDialog {
    Q_OBJECT
public:
    ScheduleImportDialog(ScheduleDesk &desk, const Actor &signedIn, const QString &path, QWidget *parent = nullptr);
    ~ScheduleImportDialog() override;

    // Read the file and start the dry run, or the import; false (and why shown) if it cannot start.
    bool startDryRun();
    bool startApply();
    bool isRunning() const { return !m_run.isNull(); }

    QLabel *fileLabel() const { return m_file; }
    QLabel *stageLabel() const { return m_stage; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *headline() const { return m_headline; }
    // The figure of one line of the summary, e.g. figure(Figure::Added)->text() == "3".
    enum class Figure { Added, Changed, Cancelled, Unchanged, Disrupted, Opened, Layouts, Warnings };
    QLabel *figure(Figure which) const;
    QTableView *changesView() const { return m_changesView; }
    LegChangeModel *changes() const { return m_changes; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *stopButton() const { return m_stop; }

    void reject() override; // closing stops a dry run; an import being written finishes first

Q_SIGNALS:
    void imported(const kiosk::ImportSummary &summary);
    void runFinished(); // a dry run or an import ended, well or not

private:
    // The file's bytes, or nullopt with the reason shown.
    std::optional<QByteArray> readFile();
    void start(const QByteArray &content, bool dryRun);
    void onProgress(int stage, int done);
    void onFinished();
    void showSummary(const ImportSummary &summary);
    void showFailure(const QString &text);
    void updateButtons();

    ScheduleDesk &m_desk;
    const Actor m_actor;
    const QString m_path;
    QLabel *m_file;
    QLabel *m_stage;
    QProgressBar *m_progress;
    QLabel *m_headline;
    QFormLayout *m_figures;
    QList<QLabel *> m_figureLabels; // by Figure
    LegChangeModel *m_changes;
    QTableView *m_changesView;
    QPushButton *m_dryRun;
    QPushButton *m_apply;
    QPushButton *m_stop;
    QPointer<ScheduleImportRun> m_run;
    QByteArray m_dryRunFingerprint; // SHA-256 of the file the last good dry run read
};

} // namespace kiosk::ui
