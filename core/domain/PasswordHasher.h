#pragma once

#include <QByteArray>
#include <QString>

namespace kiosk {

// Salted PBKDF2-HMAC-SHA256 password hashes (QPasswordDigestor). A stored hash names its
// own algorithm, iteration count and salt — "pbkdf2-sha256$600000$<salt>$<key>", both
// base64 — so the count can be raised later without invalidating existing passwords.
class PasswordHasher {
public:
    // OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256 (about 0.8 s on this machine's
    // QPasswordDigestor: slow on purpose, for an attacker with a copy of the table).
    static constexpr int DefaultIterations = 600000;
    static constexpr int MinIterations = 1000; // tests hash with few; verify refuses fewer
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;

    explicit PasswordHasher(int iterations = DefaultIterations) : m_iterations(iterations) {}

    int iterations() const { return m_iterations; }
    // A new random salt each time: hashing one password twice gives two different strings.
    QString hash(const QString &password) const;
    // False for a wrong password and for anything that is not a hash this class wrote.
    static bool verify(const QString &password, const QString &stored);
    // Compares every byte whatever the first difference, so timing reveals nothing.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
    // Sign-in splits a check in two, so the database never hands out a stored hash: the
    // program derives the key from the stored "pbkdf2-sha256$rounds$salt" (the slow part),
    // the database compares it. Empty for a malformed salt, after the same work.
    static QString saltSpecOf(const QString &stored);
    static QString keyFor(const QString &password, const QString &saltSpec);
    // The salt an unknown user name gets: stable for the same seed, unlike any real one.
    static QString decoySaltSpec(const QByteArray &seed, int iterations);

private:
    static QByteArray derive(const QString &password, const QByteArray &salt, int iterations);
    int m_iterations;
};

} // namespace kiosk
