#pragma once

#include "Error.h"

#include <utility>
#include <variant>

namespace kiosk {

// A value or an Error; the small stand-in for C++23 std::expected.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but can fail.
struct Done {};
using Status = Result<Done>;

inline Error makeError(ErrorCode code, QString message, QStringList details = {})
{
    return Error{code, std::move(message), std::move(details)};
}

} // namespace kiosk
