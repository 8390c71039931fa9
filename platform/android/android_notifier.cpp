#include "android_notifier.h"

#include <rollwise/platform/reminder_text.h>

#include <QCoreApplication>
#include <QJniEnvironment>
#include <QJniObject>
#include <QPointer>

#include <jni.h>

namespace rollwise::platform {

namespace {

// JNI names and signatures. tests/reminders/check_phone_sources.py compares every one of them
// with the Java source; keep them as literals it can read.
constexpr char kClass[] = "org/rollwise/reminders/ReminderNotifier";

AndroidNotifier* g_notifier = nullptr; // the one live notifier, for the JNI callback

QJniObject context() {
    return QJniObject(QNativeInterface::QAndroidApplication::context());
}

jstring jstr(const QString& text, QJniObject& keep) {
    keep = QJniObject::fromString(text);
    return keep.object<jstring>();
}

// Java -> C++: the user chose snooze or done (ReminderNotifier.nativeOnAction). Runs on the
// Android main thread; the work is queued to the Qt thread.
void JNICALL nativeOnAction(JNIEnv* /*env*/, jclass /*clazz*/, jstring key, jstring action) {
    const QString k = QJniObject(key).toString();
    const QString a = QJniObject(action).toString();
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [k, a] {
            if (g_notifier != nullptr) {
                g_notifier->deliverAction(k, a);
            }
        },
        Qt::QueuedConnection);
}

std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace

AndroidNotifier::AndroidNotifier() {
    g_notifier = this;
    const JNINativeMethod methods[] = {
        {"nativeOnAction", "(Ljava/lang/String;Ljava/lang/String;)V",
         reinterpret_cast<void*>(nativeOnAction)},
    };
    QJniEnvironment env;
    if (env.registerNativeMethods(kClass, methods, 1)) {
        QJniObject::callStaticMethod<void>(kClass, "attach", "(Z)V", jboolean(true));
    }
}

AndroidNotifier::~AndroidNotifier() {
    QJniObject::callStaticMethod<void>(kClass, "attach", "(Z)V", jboolean(false));
    g_notifier = nullptr;
}

QString AndroidNotifier::keyFor(const std::string& uid) {
    return QString::number(fnv1a(uid), 16);
}

bool AndroidNotifier::available() const {
    return QJniObject::callStaticMethod<jboolean>(kClass, "available",
                                                  "(Landroid/content/Context;)Z",
                                                  context().object()) != JNI_FALSE;
}

void AndroidNotifier::requestPermission() {
    const QJniObject activity = QJniObject::callStaticObjectMethod(
        "org/qtproject/qt/android/QtNative", "activity", "()Landroid/app/Activity;");
    if (activity.isValid()) {
        QJniObject::callStaticMethod<void>(kClass, "requestPermission", "(Landroid/app/Activity;)V",
                                           activity.object());
    }
}

bool AndroidNotifier::show(const ReminderNotice& notice) {
    const QString key = keyFor(notice.uid);
    QJniObject k, title, body;
    const bool shown =
        QJniObject::callStaticMethod<jboolean>(
            kClass, "show",
            "(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Z",
            context().object(), jstr(key, k), jstr(reminderTitle(), title),
            jstr(reminderBody(notice.kind), body)) != JNI_FALSE;
    if (shown) {
        m_uids.insert(key, notice.uid);
    }
    return shown;
}

void AndroidNotifier::withdraw(const std::string& uid) {
    QJniObject k;
    QJniObject::callStaticMethod<void>(kClass, "cancel",
                                       "(Landroid/content/Context;Ljava/lang/String;)V",
                                       context().object(), jstr(keyFor(uid), k));
}

void AndroidNotifier::scheduleAhead(const std::vector<ScheduledReminder>& schedule,
                                    Minutes snoozeFor) {
    QJniObject::callStaticMethod<void>(kClass, "setSnoozeMinutes", "(Landroid/content/Context;I)V",
                                       context().object(), jint(snoozeFor.count()));
    for (const QString& key : m_scheduledKeys) {
        QJniObject k;
        QJniObject::callStaticMethod<void>(kClass, "cancel",
                                           "(Landroid/content/Context;Ljava/lang/String;)V",
                                           context().object(), jstr(key, k));
    }
    m_scheduledKeys.clear();
    for (const auto& r : schedule) {
        const QString key = keyFor(r.uid);
        m_uids.insert(key, r.uid);
        if (r.fired && !r.snoozed) {
            continue; // on screen already, waiting for the user
        }
        QJniObject k, title, body;
        const jlong atMillis = jlong(r.due.time_since_epoch().count()) * 1000;
        QJniObject::callStaticMethod<void>(
            kClass, "schedule",
            "(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;J)V",
            context().object(), jstr(key, k), jstr(reminderTitle(), title),
            jstr(reminderBody(r.kind), body), atMillis);
        m_scheduledKeys.push_back(key);
    }
}

void AndroidNotifier::applyPendingActions() {
    const QJniObject pending = QJniObject::callStaticObjectMethod(
        kClass, "takePendingActions", "(Landroid/content/Context;)[Ljava/lang/String;",
        context().object());
    if (!pending.isValid()) {
        return;
    }
    QJniEnvironment env;
    const auto array = pending.object<jobjectArray>();
    const jsize count = env->GetArrayLength(array);
    for (jsize i = 0; i < count; ++i) {
        const QJniObject line = QJniObject::fromLocalRef(env->GetObjectArrayElement(array, i));
        const QStringList parts = line.toString().split(QLatin1Char('\t'));
        if (parts.size() == 2) {
            deliverAction(parts.at(0), parts.at(1));
        }
    }
}

void AndroidNotifier::deliverAction(const QString& key, const QString& action) {
    const auto it = m_uids.constFind(key);
    if (it == m_uids.cend() || !onAction) {
        return; // not a reminder of the current schedule (done meanwhile, or another journal)
    }
    if (action == QStringLiteral("snooze")) {
        onAction(it.value(), ReminderAction::Snooze);
    } else if (action == QStringLiteral("done")) {
        onAction(it.value(), ReminderAction::Done);
    }
}

} // namespace rollwise::platform
