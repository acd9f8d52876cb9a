#pragma once

#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kiosk {

class Database;

// One staff sign-in, decided by the database: on PostgreSQL by the SECURITY DEFINER
// functions of migration 0010 (a terminal's login never reads a password hash, and a
// successful sign-in opens a staff session the database checks later); on SQLite, which has
// no logins, by the same steps in statements.
class SignInRepository {
    Q_DECLARE_TR_FUNCTIONS(SignInRepository)
public:
    struct Attempt {
        bool signedIn = false;
        Role role = Role::Kiosk; // signed in: the user's role
        QString sessionToken;    // signed in on PostgreSQL: for Database::setStaffSession
    };

    explicit SignInRepository(Database &db) : m_db(db) {}

    // The user's "pbkdf2-sha256$rounds$salt" (PasswordHasher), or for an unknown name one
    // that looks alike with `decoyRounds`, so the answer does not tell who exists.
    Result<QString> passwordSalt(const QString &name, int decoyRounds);
    // Counts the attempt before comparing `key` (parallel guesses get one try each); the
    // `maxAttempts`-th failure in a row locks the user for `lockSeconds` (server clock). A
    // failure is logged here with its cause (unknown user, disabled, locked out, wrong
    // password); the caller learns only that it failed.
    Result<Attempt> signIn(const QString &name, const QString &key, const QString &terminal, int maxAttempts,
                           int lockSeconds);
    // True for a PostgreSQL login of a terminal class (kiosk, desk, ops), false for the
    // owner, a superuser and SQLite.
    Result<bool> isTerminalLogin();
    // Ends the staff session of `token` (PostgreSQL; nothing to end on SQLite).
    Status signOut(const QString &token);

private:
    Result<Attempt> signInWithStatements(const QString &name, const QString &key, const QString &terminal,
                                         int maxAttempts, int lockSeconds);
    Result<Attempt> failed(const QString &terminal, const QString &name, Role role, const QString &why);
    Result<std::optional<int>> claimAttempt(qint64 userId, int maxAttempts, int lockSeconds);

    Database &m_db;
};

} // namespace kiosk
