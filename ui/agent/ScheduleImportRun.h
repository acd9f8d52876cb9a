#pragma once

#include "schedule/ScheduleImportJob.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace kiosk::ui {

// One run of a schedule import (dry or not) on a thread of its own, so the workstation stays
// responsive: the job opens its own connection there (ScheduleImportJob). progressed() and
// finished() arrive on the thread that made the run. stop() asks the core to stop at its
// next step, which then writes nothing; destroying a run stops it and waits for the thread.
class ScheduleImportRun : public QObject {
    Q_OBJECT
public:
    static constexpr int Whole = 1000; // progressed() counts in thousandths of the import

    ScheduleImportRun(const ScheduleImportJob &job, const QByteArray &data, bool dryRun, QObject *parent = nullptr);
    ~ScheduleImportRun() override;

    void start();
    void stop() { m_stop = true; }
    bool stopped() const { return m_stop; }
    bool dryRun() const { return m_dryRun; }
    // After finished().
    const Result<ImportSummary> &outcome() const { return *m_outcome; }

Q_SIGNALS:
    // `stage`: an ImportStage; `done` of Whole.
    void progressed(int stage, int done);
    void finished();

private:
    void report(ImportStage stage, int done, int total);

    const ScheduleImportJob m_job;
    const QByteArray m_data;
    const bool m_dryRun;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_stop = false;
    int m_reported = -1; // the worker's last progressed() value
    std::optional<Result<ImportSummary>> m_outcome; // written by the worker before it ends
};

} // namespace kiosk::ui
