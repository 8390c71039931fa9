#pragma once

// Qt 6.4 ships no QML type information for QAbstractItemModel, so qmllint cannot resolve any
// list model derived from it. Declare it here; only built with Qt < 6.5 (see CMakeLists.txt).

#include <QAbstractItemModel>
#include <QtQml/qqml.h>

namespace rollwise::app {

struct AbstractItemModelForeign {
    Q_GADGET
    QML_FOREIGN(QAbstractItemModel)
    QML_ANONYMOUS
};

} // namespace rollwise::app
