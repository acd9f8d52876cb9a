#pragma once

#include "domain/Error.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>

namespace kiosk {

// A SELECT list whose reads name their column instead of counting: a repository declares
// `struct Col { enum Name : int { Id, Reference, ..., Count }; };` and lists each name
// with its SQL, in the enum's order, which static_assert(inEnumOrder(list)) checks at
// compile time; then `query->value(Col::Reference)` reads the column it says.
template <typename Name>
struct NamedColumn {
    Name column;
    const char *sql;
};

template <typename Name, std::size_t N>
constexpr bool inEnumOrder(const NamedColumn<Name> (&columns)[N])
{
    int index = 0;
    for (const NamedColumn<Name> &entry : columns) {
        if (int(entry.column) != index++)
            return false;
    }
    return index == int(Name::Count);
}

// "id, booking_id, ...": the SQL of every column, in order.
template <typename Name, std::size_t N>
QString selectList(const NamedColumn<Name> (&columns)[N])
{
    QStringList sql;
    for (const NamedColumn<Name> &entry : columns)
        sql << QString::fromLatin1(entry.sql);
    return sql.join(QStringLiteral(", "));
}

// Reads a column that stores an enum by name. Its CHECK constraint allows no other name, so
// an unknown one was written by a newer program: an internal error naming the row ("booking 7"),
// which `describeRow()` writes only then (every read of a booking passes here).
template <typename Enum, typename DescribeRow>
Result<Enum> storedEnum(const QString &name, std::optional<Enum> (*fromName)(const QString &), DescribeRow describeRow)
{
    if (const std::optional<Enum> known = fromName(name))
        return *known;
    return makeError(ErrorCode::Internal,
                     QCoreApplication::translate("kiosk::NamedColumns", "%1 has the unknown stored value '%2'")
                         .arg(describeRow(), name));
}

} // namespace kiosk
