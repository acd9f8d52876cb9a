#include "VoucherRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

namespace {

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant epochMsOrNull(const QDateTime &utc)
{
    return nullable(utc.isValid() ? std::optional<qint64>(utc.toMSecsSinceEpoch()) : std::nullopt);
}

std::optional<Money> moneyOrNone(const QVariant &minor, const QString &currency)
{
    return minor.isNull() ? std::nullopt : std::optional<Money>(Money(minor.toLongLong(), currency));
}

// Qt binds a null QString as SQL NULL; these columns hold '' for "every".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString cabinCodes(const QList<Cabin> &cabins)
{
    QString codes;
    for (const Cabin cabin : cabins)
        codes += cabinCode(cabin);
    return codes;
}

QList<Cabin> cabinsFrom(const QString &codes)
{
    QList<Cabin> cabins;
    for (const QChar code : codes)
        if (const auto cabin = cabinFromCode(code))
            cabins << *cabin;
    return cabins;
}

} // namespace

Result<std::optional<qint64>> VoucherRepository::insert(const QString &digest, const QString &hint,
                                                        const VoucherTerms &terms, const QString &createdBy)
{
    const SqlDialect &sql = m_db.dialect();
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO vouchers (code_digest, code_hint, percent_off, amount_minor, min_amount_minor, "
                             "currency, valid_from, valid_to, max_uses, flights, cabins, created_by, created_at) VALUES "
                             "(:digest, :hint, :percent, :amount, :min, :currency, %1, %2, :max, :flights, :cabins, :by, "
                             "%3) RETURNING id")
                  .arg(sql.fromEpochMs(QStringLiteral(":from")), sql.fromEpochMs(QStringLiteral(":to")), sql.now()));
    if (!insert)
        return insert.error();
    const QString currency = terms.currency();
    insert->bind(QStringLiteral(":digest"), digest)
        .bind(QStringLiteral(":hint"), hint)
        .bind(QStringLiteral(":percent"), nullable(terms.percent ? std::optional<qint64>(*terms.percent) : std::nullopt))
        .bind(QStringLiteral(":amount"), nullable(terms.amount ? std::optional<qint64>(terms.amount->minorUnits()) : std::nullopt))
        .bind(QStringLiteral(":min"), nullable(terms.minAmount ? std::optional<qint64>(terms.minAmount->minorUnits()) : std::nullopt))
        .bind(QStringLiteral(":currency"), currency.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(currency))
        .bind(QStringLiteral(":from"), epochMsOrNull(terms.validFrom))
        .bind(QStringLiteral(":to"), epochMsOrNull(terms.validTo))
        .bind(QStringLiteral(":max"), nullable(terms.maxUses ? std::optional<qint64>(*terms.maxUses) : std::nullopt))
        .bind(QStringLiteral(":flights"), notNull(terms.flights.join(QLatin1Char(','))))
        .bind(QStringLiteral(":cabins"), notNull(cabinCodes(terms.cabins)))
        .bind(QStringLiteral(":by"), createdBy);
    if (auto done = insert->exec(QStringLiteral("creating the voucher")); !done) {
        if (sql.isUniqueViolation(insert->lastError()))
            return std::optional<qint64>();
        return done.error();
    }
    if (!insert->next())
        return makeError(ErrorCode::Internal, tr("no id returned for the new voucher"));
    return std::optional<qint64>(insert->value(0).toLongLong());
}

Result<QList<StoredVoucher>> VoucherRepository::select(const QString &where, const QVariant &value)
{
    const SqlDialect &sql = m_db.dialect();
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT id, code_digest, code_hint, percent_off, amount_minor, min_amount_minor, currency, "
                             "%1, %2, max_uses, uses, flights, cabins, created_by, %3, %4, disabled_by FROM vouchers "
                             "WHERE %5 ORDER BY id DESC")
                  .arg(sql.epochMs(QStringLiteral("valid_from")), sql.epochMs(QStringLiteral("valid_to")),
                       sql.epochMs(QStringLiteral("created_at")), sql.epochMs(QStringLiteral("disabled_at")), where));
    if (!query)
        return query.error();
    if (value.isValid())
        query->bind(QStringLiteral(":value"), value);
    if (auto done = query->exec(QStringLiteral("reading vouchers")); !done)
        return done.error();
    QList<StoredVoucher> rows;
    while (query->next()) {
        StoredVoucher row;
        Voucher &v = row.voucher;
        v.id = query->value(0).toLongLong();
        row.digest = query->value(1).toString();
        v.hint = query->value(2).toString();
        const QString currency = query->value(6).toString().trimmed();
        if (!query->value(3).isNull())
            v.terms.percent = query->value(3).toInt();
        v.terms.amount = moneyOrNone(query->value(4), currency);
        v.terms.minAmount = moneyOrNone(query->value(5), currency);
        v.terms.validFrom = utcFromEpochMs(query->value(7));
        v.terms.validTo = utcFromEpochMs(query->value(8));
        if (!query->value(9).isNull())
            v.terms.maxUses = query->value(9).toInt();
        v.uses = query->value(10).toInt();
        v.terms.flights = query->value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        v.terms.cabins = cabinsFrom(query->value(12).toString());
        v.createdBy = query->value(13).toString();
        v.createdUtc = utcFromEpochMs(query->value(14));
        v.disabledUtc = utcFromEpochMs(query->value(15));
        v.disabledBy = query->value(16).toString();
        rows.append(row);
    }
    return rows;
}

Result<std::optional<StoredVoucher>> VoucherRepository::findByDigest(const QString &digest)
{
    auto rows = select(QStringLiteral("code_digest = :value"), digest);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::nullopt : std::optional<StoredVoucher>(rows->first());
}

Result<std::optional<Voucher>> VoucherRepository::findById(qint64 id)
{
    auto rows = select(QStringLiteral("id = :value"), id);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::nullopt : std::optional<Voucher>(rows->first().voucher);
}

Result<QList<Voucher>> VoucherRepository::list(bool includeDisabled)
{
    auto rows = select(includeDisabled ? QStringLiteral("1 = 1") : QStringLiteral("disabled_at IS NULL"), QVariant());
    if (!rows)
        return rows.error();
    QList<Voucher> vouchers;
    for (const StoredVoucher &row : std::as_const(*rows))
        vouchers << row.voucher;
    return vouchers;
}

Result<bool> VoucherRepository::disable(qint64 id, const QString &by)
{
    auto update = Statement::prepare(m_db, QStringLiteral("UPDATE vouchers SET disabled_at = %1, disabled_by = :by "
                                                          "WHERE id = :id AND disabled_at IS NULL")
                                               .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":by"), by).bind(QStringLiteral(":id"), id);
    if (auto done = update->exec(QStringLiteral("disabling the voucher")); !done)
        return done.error();
    return update->numRowsAffected() > 0;
}

Result<bool> VoucherRepository::takeUse(qint64 id)
{
    const QString now = m_db.dialect().now();
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE vouchers SET uses = uses + 1 WHERE id = :id AND disabled_at IS NULL "
                             "AND (max_uses IS NULL OR uses < max_uses) AND (valid_from IS NULL OR valid_from <= %1) "
                             "AND (valid_to IS NULL OR valid_to > %1)")
                  .arg(now));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":id"), id);
    if (auto done = update->exec(QStringLiteral("taking a use of the voucher")); !done)
        return done.error();
    return update->numRowsAffected() > 0;
}

Status VoucherRepository::insertRedemption(qint64 voucherId, qint64 bookingId, qint64 paymentId, const Money &price,
                                           const Money &discount, const Actor &actor)
{
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO voucher_redemptions (voucher_id, booking_id, payment_id, price_minor, "
                             "discount_minor, currency, terminal, actor, created_at) VALUES (:voucher, :booking, "
                             ":payment, :price, :discount, :currency, :terminal, :actor, %1)")
                  .arg(m_db.dialect().now()));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":voucher"), voucherId)
        .bind(QStringLiteral(":booking"), bookingId)
        .bind(QStringLiteral(":payment"), paymentId)
        .bind(QStringLiteral(":price"), price.minorUnits())
        .bind(QStringLiteral(":discount"), discount.minorUnits())
        .bind(QStringLiteral(":currency"), price.currency())
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name);
    return insert->exec(QStringLiteral("recording the voucher's redemption"));
}

Result<std::optional<VoucherDiscount>> VoucherRepository::discountOf(qint64 bookingId)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT v.code_hint, v.percent_off, v.amount_minor, v.currency, r.price_minor, "
                             "r.discount_minor, r.currency, r.status FROM voucher_redemptions r JOIN vouchers v ON "
                             "v.id = r.voucher_id WHERE r.booking_id = :booking AND r.status <> 'RELEASED' "
                             "ORDER BY r.id DESC"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":booking"), bookingId);
    if (auto done = query->exec(QStringLiteral("reading the booking's voucher")); !done)
        return done.error();
    if (!query->next())
        return std::optional<VoucherDiscount>();
    Voucher voucher;
    voucher.hint = query->value(0).toString();
    if (!query->value(1).isNull())
        voucher.terms.percent = query->value(1).toInt();
    voucher.terms.amount = moneyOrNone(query->value(2), query->value(3).toString().trimmed());
    const QString currency = query->value(6).toString().trimmed();
    return std::optional<VoucherDiscount>(VoucherDiscount{voucher.hint, voucher.benefit(),
                                                          Money(query->value(4).toLongLong(), currency),
                                                          Money(query->value(5).toLongLong(), currency),
                                                          query->value(7).toString()});
}

} // namespace kiosk
