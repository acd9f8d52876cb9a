#include "PasswordHasher.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace kiosk {

namespace {
const QString Scheme = QStringLiteral("pbkdf2-sha256");
}

QByteArray PasswordHasher::derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              KeyBytes);
}

QString PasswordHasher::hash(const QString &password) const
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end()); // the OS's CSPRNG
    const QByteArray key = derive(password, salt, m_iterations);
    return QStringList{Scheme, QString::number(m_iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(key.toBase64())}
        .join(QLatin1Char('$'));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < MinIterations)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || expected.size() != KeyBytes)
        return false;
    return constantTimeEquals(derive(password, salt, iterations), expected);
}

bool PasswordHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false; // sizes are public (always KeyBytes here)
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

void PasswordHasher::burnOneVerification(const QString &password) const
{
    (void)derive(password, QByteArray(SaltBytes, '\0'), m_iterations);
}

} // namespace kiosk
