#include "journal_writer.h"

#include "logging.h"

#include <rollwise/core/database.h>

#include <QElapsedTimer>
#include <QMetaObject>

#include <utility>

namespace rollwise::app {

struct JournalWriter::Task {
    enum class Kind { Open, Close, Save } kind = Kind::Save;
    const Database* source = nullptr; // Open
    std::string uid;                  // Save
    SessionRecord record;             // Save
};

JournalWriter::JournalWriter(QObject* parent)
    : QObject(parent) {
    m_thread = std::thread([this] { run(); });
}

JournalWriter::~JournalWriter() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join(); // the queue is written first
}

void JournalWriter::post(Task task) {
    {
        std::lock_guard lock(m_mutex);
        if (task.kind == Task::Kind::Save && !m_tasks.empty() &&
            m_tasks.back().kind == Task::Kind::Save && m_tasks.back().uid == task.uid) {
            m_tasks.back() = std::move(task); // a newer whole record replaces the waiting one
        } else {
            m_tasks.push_back(std::move(task));
        }
    }
    m_wake.notify_one();
}

void JournalWriter::open(const Database& db) {
    Task task;
    task.kind = Task::Kind::Open;
    task.source = &db;
    post(std::move(task));
}

void JournalWriter::close() {
    Task task;
    task.kind = Task::Kind::Close;
    post(std::move(task));
    flush();
}

bool JournalWriter::ready() const {
    std::lock_guard lock(m_mutex);
    return m_ready;
}

void JournalWriter::save(std::string uid, SessionRecord record) {
    Task task;
    task.kind = Task::Kind::Save;
    task.uid = std::move(uid);
    task.record = std::move(record);
    post(std::move(task));
}

void JournalWriter::flush() {
    {
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return m_tasks.empty() && !m_busy; });
    }
    deliver();
}

void JournalWriter::deliver() {
    std::vector<Result> results;
    {
        std::lock_guard lock(m_mutex);
        results.swap(m_results);
    }
    for (const Result& result : results) {
        emit saved(result);
    }
}

void JournalWriter::run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_tasks.empty(); });
        if (m_tasks.empty()) {
            break; // stopping, and everything is written
        }
        Task task = std::move(m_tasks.front());
        m_tasks.pop_front();
        m_busy = true;
        lock.unlock();
        std::optional<Result> result;
        switch (task.kind) {
        case Task::Kind::Open: {
            auto opened = task.source->openAnother();
            if (opened) {
                m_db = std::make_unique<Database>(std::move(opened).value());
            } else {
                qCWarning(lcApp) << "the session writer's connection did not open:"
                                 << static_cast<int>(opened.error().code);
            }
            break;
        }
        case Task::Kind::Close:
            m_db.reset();
            break;
        case Task::Kind::Save: {
            Result r;
            r.uid = task.uid;
            r.passes = task.record.totalPasses();
            QElapsedTimer timer;
            timer.start();
            if (!m_db) {
                r.code = DatabaseErrorCode::CannotOpen;
            } else if (auto done = m_db->sessions().save(task.uid, task.record); done) {
                r.ok = true;
            } else {
                r.code = done.error().code;
            }
            r.nanoseconds = timer.nsecsElapsed();
            result = std::move(r);
            break;
        }
        }
        lock.lock();
        m_ready = m_db != nullptr;
        m_busy = false;
        if (result) {
            const bool first = m_results.empty();
            m_results.push_back(std::move(*result));
            if (first) {
                QMetaObject::invokeMethod(this, &JournalWriter::deliver, Qt::QueuedConnection);
            }
        }
        if (m_tasks.empty()) {
            m_idle.notify_all();
        }
    }
    m_db.reset();
}

} // namespace rollwise::app
