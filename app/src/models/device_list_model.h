#pragma once

// The devices on the devices screen: the simulated one (always there, always labelled), the
// paired ones, and those the last scan found. DevicesController fills it; words are made there.

#include <QAbstractListModel>
#include <QtQmlIntegration>

#include <vector>

namespace rollwise::app {

class DeviceListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DevicesController makes it")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        FamilyRole,    // words; empty until the device said (Device Features)
        SimulatedRole, // always labelled as simulated
        PairedRole,    // in the app's paired list
        CurrentRole,   // the device in use
        InRangeRole,   // seen in the last scan
        RssiRole,      // dBm, 0 when not seen
        SignalRole,    // words for the signal strength
        PairingModeRole,
        PendingRole, // advertises stored sessions not yet synced
        StatusRole,  // words for the two above
    };
    Q_ENUM(Role)

    struct Row {
        QString id;
        QString name;
        QString family;
        bool simulated = false;
        bool paired = false;
        bool current = false;
        bool inRange = false;
        int rssi = 0;
        QString signalText;
        bool pairingMode = false;
        bool pending = false;
        QString status;
        friend bool operator==(const Row&, const Row&) = default;
    };

    explicit DeviceListModel(QObject* parent = nullptr);

    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] const std::vector<Row>& rows() const { return m_rows; }
    // The row of a device, or -1.
    Q_INVOKABLE int indexOf(const QString& id) const;
    void setRows(std::vector<Row> rows);

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::vector<Row> m_rows;
};

} // namespace rollwise::app
