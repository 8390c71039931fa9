#include "rule_list_model.h"

#include <rollwise/core/rules.h>

#include <localizer.h>

namespace rollwise::app {

RuleListModel::RuleListModel(QObject* parent)
    : QAbstractListModel(parent) {}

int RuleListModel::count() const {
    return static_cast<int>(allRules().size());
}

int RuleListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant RuleListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RuleInfo& rule = allRules()[static_cast<std::size_t>(index.row())];
    switch (role) {
    case KeyRole:
        return QString::fromLatin1(rule.key.data(), static_cast<qsizetype>(rule.key.size()));
    case TitleRole:
        return text::Localizer::ruleTitle(rule.id);
    case SourceRole:
        // Core's citation as written (docs/safety-rules.md has them in full).
        return QString::fromUtf8(rule.source.data(), static_cast<qsizetype>(rule.source.size()));
    default:
        return {};
    }
}

QHash<int, QByteArray> RuleListModel::roleNames() const {
    return {{KeyRole, "key"}, {TitleRole, "title"}, {SourceRole, "source"}};
}

} // namespace rollwise::app
