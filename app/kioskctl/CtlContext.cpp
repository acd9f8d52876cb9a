#include "CtlContext.h"

#include "payment/GatewayFactory.h"
#include "PasswordPrompt.h"
#include "auth/Authenticator.h"
#include "storage/Database.h"
#include "storage/DatabaseChoice.h"
#include "storage/Migrator.h"
#include "storage/SignInRepository.h"

#include <QDir>
#include <QSysInfo>
#include <QStandardPaths>

namespace kiosk::ctl {

CtlContext::~CtlContext()
{
    m_service.reset(); // before the connection and the gateway it uses
    if (m_db && !m_db->staffSession().isEmpty()) // one command, one staff session
        (void)SignInRepository(*m_db).signOut(m_db->staffSession());
    m_reads.reset();
    m_db.reset();
    m_gateway.reset();
}

QString CtlContext::defaultTerminal()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("kioskctl") : host;
}

Result<QString> CtlContext::demoDatabaseUrl()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        return makeError(ErrorCode::DatabaseUnavailable,
                         QStringLiteral("the user's data directory is unknown (is HOME set?); pass --db or set KIOSK_DB"));
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::DatabaseUnavailable,
                         QStringLiteral("cannot create the data directory %1 for the demo database; pass --db or set "
                                        "KIOSK_DB")
                             .arg(folder));
    return QStringLiteral("sqlite:") + QDir(folder).filePath(QStringLiteral("demo.sqlite"));
}

Result<QString> CtlContext::resolveUrl(const GlobalOptions &options)
{
    const auto chosen = DatabaseChoice::resolve(options.db, options.readDb, nullptr);
    if (!chosen.reads.isEmpty()) {
        if (auto parsed = DatabaseUrl::parse(chosen.reads); !parsed)
            return makeError(ErrorCode::BadInput, QStringLiteral("--read-db: ") + parsed.error().message);
    }
    const QString url = chosen.work;
    if (url.isEmpty())
        return demoDatabaseUrl();
    // Malformed URLs are bad input (exit 2) before any connection is tried.
    if (auto parsed = DatabaseUrl::parse(url); !parsed)
        return parsed.error();
    return url;
}

Result<std::unique_ptr<CtlContext>> CtlContext::open(const GlobalOptions &options, Schema schema,
                                                     const std::optional<QString> &gatewaySpec)
{
    auto url = resolveUrl(options);
    if (!url)
        return url.error();
    // The gateway is checked before the database, so a typo changes nothing. Commands that
    // move no money get the mock as a placeholder; it is never asked anything.
    const QString spec = !gatewaySpec ? QStringLiteral("mock")
        : gatewaySpec->isEmpty()       ? qEnvironmentVariable("KIOSK_GATEWAY")
                                       : *gatewaySpec;
    const auto parsed = DatabaseUrl::parse(*url);
    const bool shared = parsed && parsed->kind == DatabaseUrl::Kind::PostgreSQL;
    auto gateway = GatewayFactory::create(spec, shared ? GatewayFactory::Database::Shared : GatewayFactory::Database::Demo);
    if (!gateway)
        return gateway.error();
    auto db = Database::open(*url, QStringLiteral("kioskctl"));
    if (!db)
        return db.error();

    std::unique_ptr<CtlContext> context(new CtlContext);
    context->m_gateway = std::move(gateway).value();
    context->m_db = std::move(db).value();
    context->m_urlText = context->m_db->url().redacted();
    if (auto ready = context->prepareSchema(schema); !ready)
        return ready.error();
    context->m_readUrl = DatabaseChoice::resolve(options.db, options.readDb, nullptr).reads;

    const QString terminal = options.terminal.isEmpty() ? defaultTerminal() : options.terminal;
    auto actor = signIn(*context->m_db, terminal, options.user);
    if (!actor)
        return actor.error();
    context->m_actor = *actor;
    context->m_service = std::make_unique<BookingService>(*context->m_db, *context->m_gateway, *actor);
    return context;
}

Result<Actor> CtlContext::signIn(Database &db, const QString &terminal, const QString &user)
{
    if (user.isEmpty()) {
        // The database operator's own tool: whoever may open the database as its owner is
        // its operator. A terminal's login (PostgreSQL) is only what its class allows: the
        // kiosk's rights until a staff user signs in with --user.
        auto terminalLogin = SignInRepository(db).isTerminalLogin();
        if (!terminalLogin)
            return terminalLogin.error();
        return *terminalLogin ? Actor{terminal, QStringLiteral("kiosk"), Role::Kiosk} : Actor::builtInOperator(terminal);
    }
    auto password = PasswordPrompt::read(QStringLiteral("password for %1").arg(user));
    if (!password)
        return makeError(ErrorCode::SignInFailed, password.error().message);
    return Authenticator(db, terminal).signIn(user, *password);
}

Status CtlContext::prepareSchema(Schema schema)
{
    if (schema == Schema::AsIs)
        return Done{};
    Migrator migrator(*m_db);
    if (!m_db->dialect().isPostgres()) {
        auto current = migrator.currentVersion();
        if (!current)
            return current.error();
        if (*current < migrator.latestVersion()) {
            if (auto migrated = migrator.migrate(); !migrated)
                return migrated.error();
        }
    }
    return migrator.checkCurrent();
}

Result<ReadReplica *> CtlContext::reads()
{
    if (!m_reads) {
        auto reads = ReadReplica::open(m_readUrl, *m_db, QStringLiteral("kioskctl-reads"));
        if (!reads)
            return reads.error();
        m_reads = std::move(reads).value();
    }
    return m_reads.get();
}

QDateTime CtlContext::serverNow()
{
    auto now = m_db->serverNow();
    return now ? *now : QDateTime();
}

} // namespace kiosk::ctl
