// Registers the statically linked QML modules with the engine. Linked into every binary that
// loads the UI (the app and the UI tests) through the Rollwise::AppWithUi target.
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Rollwise_AppPlugin)
Q_IMPORT_QML_PLUGIN(Rollwise_UiPlugin)
