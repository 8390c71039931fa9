#pragma once

// Writes a running guided session to the journal on a thread of its own, over a second
// connection to the same file (Database::openAnother, opened there: a passphrase is stretched
// off the GUI thread too), so that a slow disk (an fsync, a checkpoint) never holds a frame of
// the guided screen. One job: saving session records in order, and saying when each is durable.
//
// Saves of the same session queued while an earlier one is written are coalesced: the record
// saved is always the newest, and every save is a whole record, so nothing is lost. `saved`
// comes on the GUI thread once the record is durable (synchronous FULL), or with the error.
// flush() waits for every queued save and delivers its result at once; the session runner calls
// it before it writes the session's end itself, and close() before a key change.

#include <rollwise/core/database_error.h>
#include <rollwise/core/session.h>

#include <QObject>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace rollwise {
class Database;
}

namespace rollwise::app {

class JournalWriter : public QObject {
    Q_OBJECT

public:
    struct Result {
        std::string uid;
        int passes = 0; // the record's passes, durable when `ok`
        bool ok = false;
        DatabaseErrorCode code{}; // when not ok
        qint64 nanoseconds = 0;   // the save on the writer's thread
    };

    explicit JournalWriter(QObject* parent = nullptr);
    ~JournalWriter() override; // writes what is queued, then closes

    // Opens the writer's own connection to `db`'s file on its thread. Until that succeeded,
    // ready() is false (and the caller writes itself). `db` must outlive the opening: close()
    // or the destructor waits for it.
    void open(const Database& db);
    // Waits for what is queued, then closes the connection (before a key change).
    void close();
    [[nodiscard]] bool ready() const;

    // Queues the whole record of session `uid`.
    void save(std::string uid, SessionRecord record);
    // Waits until every queued save is written, and delivers the results (saved()) now.
    void flush();

signals:
    void saved(const rollwise::app::JournalWriter::Result& result);

private:
    struct Task;
    void run();
    void deliver();
    void post(Task task);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Task> m_tasks;
    std::vector<Result> m_results;
    bool m_busy = false;
    bool m_stop = false;
    bool m_ready = false;
    std::unique_ptr<Database> m_db; // the writer thread's connection
    std::thread m_thread;           // last: started once everything it uses exists
};

} // namespace rollwise::app
