#pragma once

#include <QMetaType>
#include <QStringEncoder>
#include <QVariant>

#include <charconv>
#include <string>

// PostgreSQL's text format of values, both ways, as Qt's PostgreSQL driver (QPSQL) reads
// and writes them, for PgPrepared: a column's text to the QVariant QPSQL would give, a
// bound QVariant to the text the parameter's input function reads.
namespace kiosk::pgvalues {

// The QVariant type QPSQL gives a column of this type (a pg_type OID).
QMetaType::Type variantType(unsigned int typeOid);

// A column's text as the QVariant QPSQL gives it.
QVariant decoded(const char *text, int length, unsigned int typeOid);

// A whole number as PostgreSQL writes it; 0 for anything else, as QByteArray::toLongLong
// answers, at a tenth of its cost (it goes through the locale's number parsing).
template <typename Integer>
Integer integerOf(const char *text, int length)
{
    Integer value = 0;
    std::from_chars(text, text + length, value);
    return value;
}

// Writes into `out` (replacing what it held, keeping its memory) the text PostgreSQL's input
// function for the parameter's type reads: the value QPSQL would have written as an SQL
// literal. Texts are encoded and numbers written in place, without a temporary (a sale
// binds some 57 values).
void writeParameterText(std::string &out, const QVariant &value, QStringEncoder &utf8);

// What QPSQL sends as NULL: null variants, and invalid times.
bool isNullValue(const QVariant &value);

} // namespace kiosk::pgvalues
