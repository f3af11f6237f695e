#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace careledger::core {

// A failure that crosses a library boundary: a machine-readable code for callers that
// branch on it and a sentence a user can read. Never carries secrets or patient data.
template <typename Code>
struct Error {
    Code code{};
    QString message;
};

// std::expected-like result (GCC 12 has no std::expected). T may be void.
template <typename T, typename Code>
class [[nodiscard]] Result {
public:
    using ErrorType = Error<Code>;

    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(ErrorType error) : m_state(std::in_place_index<1>, std::move(error)) {}

    static Result failure(Code code, QString message) { return Result(ErrorType{code, std::move(message)}); }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const ErrorType &error() const { return std::get<1>(m_state); }
    Code code() const { return error().code; }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, ErrorType> m_state;
};

template <typename Code>
class [[nodiscard]] Result<void, Code> {
public:
    using ErrorType = Error<Code>;

    Result() = default;
    Result(ErrorType error) : m_error(std::move(error)) {}

    static Result success() { return Result(); }
    static Result failure(Code code, QString message) { return Result(ErrorType{code, std::move(message)}); }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }

    const ErrorType &error() const { return *m_error; }
    Code code() const { return m_error->code; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<ErrorType> m_error;
};

} // namespace careledger::core
