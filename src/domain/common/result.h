#pragma once
// Result<T>: a value or an error the user can act on, carried up to the UI or CLI that shows it.

#include <QString>

#include <optional>
#include <utility>

enum class ErrorKind {
    BadInput, // the user gave something unusable (a file, an argument, a value)
    NotAllowed, // the policy refused the action
    NotFound, // a partner, operator or row that does not exist
    Storage, // the register could not be read or written
    CheckFailed, // a verification found a problem (e.g. a broken audit chain)
    NoError, // what error() says of a success: matches no refusal, so a test cannot mistake one for it
};

struct Error
{
    ErrorKind kind; // no default: every error says what kind it is
    QString message; // already translated, one line
    QString field = {}; // for bad input: the field to fix (e.g. one of RelationshipFields), when known
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T value() && { return std::move(*m_value); } // by value: safe in range-for over a temporary
    const T *operator->() const { return &*m_value; }
    // On a success, an error of kind NoError: a check of a refusal's kind then fails instead of
    // passing on a success (there is no default kind to match by accident).
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error {ErrorKind::NoError, {}};
};

struct Done
{
};
using Status = Result<Done>;
