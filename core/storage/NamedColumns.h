#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>

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

} // namespace kiosk
