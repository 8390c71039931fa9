#include "localizer_qml.h"

#include <rollwise/core/guard.h>
#include <rollwise/core/rules.h>
#include <rollwise/core/zone.h>

#include <guard_text.h>
#include <localizer.h>

namespace rollwise::app {

QmlLocalizer::QmlLocalizer(QObject* parent)
    : QObject(parent) {}

QString QmlLocalizer::zoneName(const QString& zoneKey) const {
    const auto zone = zoneFromKey(zoneKey.toStdString());
    return zone ? text::Localizer::zoneName(*zone) : QString();
}

QString QmlLocalizer::ruleTitle(const QString& ruleKey) const {
    const auto rule = ruleFromKey(ruleKey.toStdString());
    return rule ? text::Localizer::ruleTitle(*rule) : QString();
}

QString QmlLocalizer::question(const QString& questionKey) const {
    const auto question = questionFromKey(questionKey.toStdString());
    return question ? text::Localizer::question(*question) : QString();
}

QString QmlLocalizer::millimetres(int micrometres) const {
    return text::Localizer::millimetres(micrometres);
}

QString QmlLocalizer::reason(const QString& reasonKey, const QString& zoneKey) const {
    const auto code = reasonFromKey(reasonKey.toStdString());
    if (!code) {
        return {};
    }
    return text::GuardText::reason(
        Reason{.code = *code, .zone = zoneFromKey(zoneKey.toStdString())});
}

} // namespace rollwise::app
