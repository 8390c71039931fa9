#pragma once

// The link to one GATT server (docs/device-protocol.md, sections 4 - 5), as core sees it. The
// Qt Bluetooth implementation (platform) and the simulated devices (simulator.h) both implement
// GattPeer, so the code above them cannot tell which one it talks to.
//
// Contract:
// - Requests (read, write, setNotifications) are refused at once (a GattError) when the link
//   is not Connected or the characteristic does not support them; otherwise each is answered
//   by exactly one completion event, in request order, unless the link goes down first.
// - Notifications and indications arrive as events in the order the device sent them.
// - Events are delivered to the sink from the owner's event loop, never from inside a request
//   call, so the sink may issue new requests while handling an event.
//
// LinkState transitions:
//   Disconnected  --connect()-->               Connecting
//   Connecting    --link up, services found--> Connected      (StateChanged event)
//   Connecting    --failure-->                 Disconnected   (StateChanged event)
//   Connected     --disconnect()-->            Disconnecting --> Disconnected (StateChanged)
//   Connecting | Connected --link lost-->      Disconnected   (StateChanged event)
// Every Connected starts from scratch: CCCDs are off and services must be read again (5.3).

#include <rollwise/core/protocol/uuid.h>
#include <rollwise/core/protocol/values.h>
#include <rollwise/core/result.h>

#include <cstdint>
#include <string>

namespace rollwise::protocol {

enum class LinkState : std::uint8_t { Disconnected, Connecting, Connected, Disconnecting };

[[nodiscard]] std::string_view toString(LinkState state) noexcept;

enum class WriteMode : std::uint8_t { WithResponse, WithoutResponse };

// ATT error codes the profile uses (Core Vol 3 Part F; Supplement Part B for 0xFD - 0xFF).
namespace att {
inline constexpr std::uint8_t kSuccess = 0x00;
inline constexpr std::uint8_t kReadNotPermitted = 0x02;
inline constexpr std::uint8_t kWriteNotPermitted = 0x03;
inline constexpr std::uint8_t kInsufficientAuthentication = 0x05; // 5.2
inline constexpr std::uint8_t kRequestNotSupported = 0x06;
inline constexpr std::uint8_t kInsufficientEncryptionKeySize = 0x0C; // 5.2
inline constexpr std::uint8_t kInvalidAttributeValueLength = 0x0D;   // 6.4.2
inline constexpr std::uint8_t kInsufficientEncryption = 0x0F;        // 5.2
inline constexpr std::uint8_t kCccdImproperlyConfigured = 0xFD;      // 6.4.2, 6.5.2
inline constexpr std::uint8_t kProcedureAlreadyInProgress = 0xFE;    // 6.4.2, 6.5.2
inline constexpr std::uint8_t kOutOfRange = 0xFF;                    // 5.5
} // namespace att

struct GattEvent {
    enum class Kind : std::uint8_t {
        StateChanged,  // `state`
        ReadDone,      // `characteristic`, `value` (on success), `attError`
        WriteDone,     // `characteristic`, `attError`
        SubscribeDone, // `characteristic`, `attError` (the CCCD write)
        Notification,  // `characteristic`, `value`
        Indication,    // `characteristic`, `value` (the link layer has confirmed it)
    };
    Kind kind = Kind::StateChanged;
    LinkState state = LinkState::Disconnected;
    Uuid characteristic;
    Bytes value;
    std::uint8_t attError = att::kSuccess;
};

class GattEventSink {
public:
    virtual ~GattEventSink() = default;
    virtual void onGattEvent(const GattEvent& event) = 0;
};

enum class GattErrorCode : std::uint8_t {
    NotConnected,
    UnknownCharacteristic,
    NotSupported, // the characteristic lacks the property (read, write, notify or indicate)
    TooLong,      // more than 20 bytes (section 1)
};

struct GattError {
    GattErrorCode code = GattErrorCode::NotConnected;
    std::string message;
};

class GattPeer {
public:
    virtual ~GattPeer() = default;

    // Where events go; nullptr drops them. The sink must outlive the peer or be reset.
    virtual void setSink(GattEventSink* sink) = 0;
    [[nodiscard]] virtual LinkState state() const = 0;
    virtual void connect() = 0;
    virtual void disconnect() = 0;

    virtual Status<GattError> read(const Uuid& characteristic) = 0;
    virtual Status<GattError> write(const Uuid& characteristic, ByteView value, WriteMode mode) = 0;
    // Writes the CCCD: notifications or indications, whichever the characteristic has.
    virtual Status<GattError> setNotifications(const Uuid& characteristic, bool enable) = 0;
};

} // namespace rollwise::protocol
