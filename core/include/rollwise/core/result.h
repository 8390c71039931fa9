#pragma once

// A value or a typed error: what every fallible call in core returns (C++20 has no
// std::expected yet; this is the small subset the project needs).

#include <cassert>
#include <utility>
#include <variant>

namespace rollwise {

// The value of a call that succeeds with nothing to return.
struct Done {
    friend bool operator==(Done, Done) = default;
};

template <typename E> struct Failure { E error; };
template <typename E> Failure(E) -> Failure<E>;

template <typename T, typename E> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    template <typename F>
    Result(Failure<F> failure)
        : m_state(std::in_place_index<1>, std::move(failure.error)) {}

    [[nodiscard]] bool ok() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] T& value() & {
        assert(ok());
        return std::get<0>(m_state);
    }
    [[nodiscard]] const T& value() const& {
        assert(ok());
        return std::get<0>(m_state);
    }
    // By value, so `for (auto& x : f().value())` does not dangle when the Result is a temporary.
    [[nodiscard]] T value() && {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    // The value, or `fallback` when there is an error.
    [[nodiscard]] T value_or(T fallback) const& {
        return ok() ? std::get<0>(m_state) : std::move(fallback);
    }
    [[nodiscard]] const E& error() const& {
        assert(!ok());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, E> m_state;
};

template <typename E> using Status = Result<Done, E>;

} // namespace rollwise
