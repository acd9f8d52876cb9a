#include "PasswordHasher.h"

#include <QCryptographicHash>
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

QString PasswordHasher::saltSpecOf(const QString &stored)
{
    return stored.section(QLatin1Char('$'), 0, 2);
}

QString PasswordHasher::decoySaltSpec(const QByteArray &seed, int iterations)
{
    const QByteArray salt = QCryptographicHash::hash(seed, QCryptographicHash::Sha256).left(SaltBytes);
    return QStringList{Scheme, QString::number(iterations), QString::fromLatin1(salt.toBase64())}.join(QLatin1Char('$'));
}

QString PasswordHasher::keyFor(const QString &password, const QString &saltSpec)
{
    const QStringList parts = saltSpec.split(QLatin1Char('$'));
    bool ok = false;
    const int iterations = parts.size() == 3 ? parts.at(1).toInt(&ok) : 0;
    const QByteArray salt = parts.size() == 3 ? QByteArray::fromBase64(parts.at(2).toLatin1()) : QByteArray();
    if (parts.size() != 3 || parts.at(0) != Scheme || !ok || iterations < MinIterations || salt.isEmpty()) {
        (void)derive(password, QByteArray(SaltBytes, '\0'), DefaultIterations); // the same work regardless
        return QString();
    }
    return QString::fromLatin1(derive(password, salt, iterations).toBase64());
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QByteArray expected = QByteArray::fromBase64(stored.section(QLatin1Char('$'), 3, 3).toLatin1());
    const QString key = keyFor(password, saltSpecOf(stored));
    if (key.isEmpty() || expected.size() != KeyBytes || stored.count(QLatin1Char('$')) != 3)
        return false;
    return constantTimeEquals(QByteArray::fromBase64(key.toLatin1()), expected);
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

} // namespace kiosk
