#pragma once

// Publishes an object the composition root owns as a QML singleton (C++ keeps ownership). A
// service declares its QML name with a small foreign type:
//
//     struct JournalAccessForeign : ExistingSingleton<JournalAccess> {
//         Q_GADGET
//         QML_FOREIGN(rollwise::app::JournalAccess)
//         QML_SINGLETON
//         QML_NAMED_ELEMENT(JournalAccess)
//     };
//
// and the composition root calls JournalAccessForeign::setInstance() before the UI loads (and
// setInstance(nullptr) before the object goes).

#include <QJSEngine>
#include <QtGlobal>

class QQmlEngine;

namespace rollwise::app {

template <typename Service> struct ExistingSingleton {
    static Service* create(QQmlEngine*, QJSEngine*) {
        Q_ASSERT(s_instance != nullptr);
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static void setInstance(Service* instance) noexcept { s_instance = instance; }
    // A service going away stops being the instance.
    static void forget(const Service* service) noexcept {
        if (s_instance == service) {
            s_instance = nullptr;
        }
    }

private:
    static inline Service* s_instance = nullptr;
};

} // namespace rollwise::app
