// The guided session in the journal: on open, sessions a killed app left without an outcome are
// recovered as interrupted; while a session runs, every change is saved as it happens (by the
// JournalWriter's thread), and its end on this thread once the writer's queue is durable.
#include "journal_writer.h"
#include "logging.h"
#include "session_runner.h"

#include <rollwise/core/database.h>

#include <QElapsedTimer>

namespace rollwise::app {

void SessionRunner::attach(Database& db) {
    m_db = &db;
    auto unfinished = db.sessions().unfinished();
    if (!unfinished) {
        qCWarning(lcApp) << "unfinished sessions unreadable:"
                         << static_cast<int>(unfinished.error().code);
        return;
    }
    for (const auto& uid : unfinished.value()) {
        auto loaded = db.sessions().load(uid);
        if (!loaded) {
            continue;
        }
        SessionRecord recovered = SessionEngine::recover(std::move(loaded.value()));
        if (!db.sessions().save(uid, recovered)) {
            setProblem(Problem::WriteFailed);
            continue;
        }
        m_interrupted.push_back({uid, std::move(recovered)});
    }
    if (!m_interrupted.empty()) {
        qCInfo(lcApp) << "recovered" << m_interrupted.size() << "interrupted session(s)";
        emit interruptedChanged();
        emit sessionsChanged();
    }
    if (m_plan) {
        decide();
    }
}

void SessionRunner::useWriter(JournalWriter* writer) {
    if (m_writer) {
        disconnect(m_writer, nullptr, this, nullptr);
    }
    m_writer = writer;
    if (writer != nullptr) {
        connect(writer, &JournalWriter::saved, this, [this](const JournalWriter::Result& r) {
            committed(r.uid, r.passes, r.ok, r.code, r.nanoseconds, /*announce=*/true);
        });
    }
}

void SessionRunner::flushWrites() {
    if (m_writer) {
        m_writer->flush(); // delivers its results: committed() has run for each
    }
}

// Every change is written as it happens: a killed app loses at most the pass in flight. While
// the session runs, the writer's thread writes it; anything else (its end, recovery, no writer)
// is written here, after what the writer still had, so that what follows reads it.
void SessionRunner::commit() {
    if (!m_engine || m_uid.empty() || m_db == nullptr) {
        return;
    }
    const SessionState state = m_engine->state();
    if (m_writer && m_writer->ready() &&
        (state == SessionState::InZone || state == SessionState::Paused)) {
        m_writer->save(m_uid, m_engine->record());
        return;
    }
    flushWrites();
    QElapsedTimer timer;
    timer.start();
    const auto saved = m_db->sessions().save(m_uid, m_engine->record());
    committed(m_uid, m_engine->record().totalPasses(), saved.ok(),
              saved ? DatabaseErrorCode{} : saved.error().code, timer.nsecsElapsed(),
              /*announce=*/false);
}

void SessionRunner::committed(const std::string& uid, int passes, bool ok, DatabaseErrorCode code,
                              qint64 nanoseconds, bool announce) {
    if (uid != m_uid) {
        return; // an earlier session's last save
    }
    if (!ok) {
        qCWarning(lcApp) << "session commit failed:" << static_cast<int>(code);
        setProblem(code == DatabaseErrorCode::DiskFull ? Problem::DiskFull : Problem::WriteFailed);
        return;
    }
    const bool more = passes != m_committedPasses;
    if (more) {
        m_commitNs.push_back(nanoseconds);
        m_committedPasses = passes;
    }
    if (m_problem == Problem::WriteFailed || m_problem == Problem::DiskFull) {
        setProblem(Problem::None);
    }
    if (more && announce) {
        emit progressChanged();
    }
}

} // namespace rollwise::app
