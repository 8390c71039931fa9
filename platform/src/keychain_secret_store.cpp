#include <rollwise/platform/keychain_secret_store.h>
#include <rollwise/platform/text.h>

#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

#include <array>
#include <cstring>

namespace rollwise::platform {
namespace {

Q_LOGGING_CATEGORY(lcKeychain, "rollwise.platform.keychain", QtInfoMsg)

SecretStoreError errorFrom(const QKeychain::Job& job) {
    // The job's error text describes the failure, never the secret.
    const std::string detail = job.errorString().toStdString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return SecretStoreError{SecretStoreErrorCode::NotFound,
                                "No key is stored under that name."};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStoreError{SecretStoreErrorCode::Denied, detail};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // No session bus or no Secret Service on it: QtKeychain reports "other error".
    case QKeychain::OtherError:
        return SecretStoreError{SecretStoreErrorCode::Unavailable, detail};
    default:
        return SecretStoreError{SecretStoreErrorCode::Failed, detail};
    }
}

void run(QKeychain::Job& job) {
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty()) {
        secureWipe(bytes.data(), static_cast<std::size_t>(bytes.size())); // detaches first
    }
    bytes.clear();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service)) {}

Result<SecretKey, SecretStoreError> KeychainSecretStore::readKey(std::string_view name) {
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(toQString(name));
    run(job);
    if (job.error() != QKeychain::NoError) {
        qCInfo(lcKeychain) << "reading a key failed with code" << job.error();
        return Failure{errorFrom(job)};
    }
    QByteArray data = job.binaryData();
    if (data.size() != static_cast<qsizetype>(SecretKey::kSize)) {
        wipe(data);
        return Failure{SecretStoreError{SecretStoreErrorCode::Failed,
                                        "The keychain entry is not a Rollwise key."}};
    }
    std::array<std::uint8_t, SecretKey::kSize> bytes{};
    std::memcpy(bytes.data(), data.constData(), bytes.size());
    wipe(data);
    return SecretKey::adopt(bytes);
}

Status<SecretStoreError> KeychainSecretStore::writeKey(std::string_view name,
                                                       const SecretKey& key) {
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(toQString(name));
    QByteArray data(reinterpret_cast<const char*>(key.bytes().data()),
                    static_cast<qsizetype>(SecretKey::kSize));
    job.setBinaryData(data);
    wipe(data);
    run(job);
    if (job.error() != QKeychain::NoError) {
        qCInfo(lcKeychain) << "writing a key failed with code" << job.error();
        return Failure{errorFrom(job)};
    }
    return Done{};
}

Status<SecretStoreError> KeychainSecretStore::removeKey(std::string_view name) {
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(toQString(name));
    run(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        return Failure{errorFrom(job)};
    }
    return Done{};
}

Result<Passphrase, SecretStoreError> KeychainSecretStore::readPassphrase(std::string_view name) {
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(toQString(name));
    run(job);
    if (job.error() != QKeychain::NoError) {
        return Failure{errorFrom(job)};
    }
    QByteArray data = job.binaryData();
    std::string text(data.constData(), static_cast<std::size_t>(data.size()));
    wipe(data);
    return Passphrase::adopt(text);
}

Status<SecretStoreError> KeychainSecretStore::writePassphrase(std::string_view name,
                                                              const Passphrase& passphrase) {
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(toQString(name));
    QByteArray data(passphrase.text().data(), static_cast<qsizetype>(passphrase.text().size()));
    job.setBinaryData(data);
    wipe(data);
    run(job);
    if (job.error() != QKeychain::NoError) {
        return Failure{errorFrom(job)};
    }
    return Done{};
}

} // namespace rollwise::platform
