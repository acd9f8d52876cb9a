#include "KioskStartup.h"

#include "payment/GatewayFactory.h"
#include "payment/TerminalFactory.h"
#include "storage/DatabaseChoice.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrator.h"
#include "domain/TerminalSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>
#include <memory>

// The kiosk's card terminal (TerminalFactory); empty: cards are typed. Only the kiosk
// program reads it (the desk and kioskctl never use a terminal).
constexpr kiosk::TextSetting CardTerminalSetting{"payment/card-terminal"};

namespace {

using kiosk::IntSetting;
namespace Settings = kiosk::TerminalSettings;

// A whole number within `setting`'s bounds: the flag's text if given, else the setting's,
// else its default. Bad text sets `error` (naming the flag, or the key when the setting
// was wrong) and leaves the default. No `settings`: a flag only.
int boundedInt(const IntSetting &setting, const QString &flagText, const QString &flag, const QSettings *settings,
               QString &error)
{
    const QString text = flagText.isEmpty() && settings ? settings->value(setting.name()).toString().trimmed() : flagText;
    if (text.isEmpty())
        return setting.fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok && setting.allows(value))
        return value;
    error = QCoreApplication::translate("KioskStartup", "%1 must be a whole number from %2 to %3, not '%4'")
                .arg(flagText.isEmpty() ? setting.name() : flag)
                .arg(setting.low)
                .arg(setting.high)
                .arg(text);
    return setting.fallback;
}

[[noreturn]] void printAndExit(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::exit(0);
}

// The settings to read: the user's (QSettings' default place), or the file --config names.
// A named file that cannot be read is an error, never a silent fall-back to defaults.
std::unique_ptr<QSettings> openSettings(const QString &path, QString &error)
{
    if (path.isEmpty())
        return std::make_unique<QSettings>();
    const QFileInfo file(path);
    if (!file.exists())
        error = QCoreApplication::translate("KioskStartup", "the configuration file %1 does not exist").arg(path);
    else if (!file.isFile() || !file.isReadable())
        error = QCoreApplication::translate("KioskStartup", "the configuration file %1 cannot be read (permissions?)").arg(path);
    if (!error.isEmpty())
        return nullptr;
    auto settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    if (settings->status() != QSettings::NoError) {
        error = QCoreApplication::translate("KioskStartup", "the configuration file %1 is not a valid INI file").arg(path);
        return nullptr;
    }
    return settings;
}

} // namespace

QString KioskStartup::versionText()
{
    return QStringLiteral("%1 %2 (database schema %3)\n")
        .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion())
        .arg(kiosk::Migrator::bundledVersion());
}

// The mock gateway approves every card: only a SQLite database (one machine) may use it.
kiosk::GatewayFactory::Database KioskStartup::databaseKind() const
{
    const auto url = kiosk::DatabaseUrl::parse(databaseUrl);
    return url && url->kind == kiosk::DatabaseUrl::Kind::SQLite ? kiosk::GatewayFactory::Database::Demo
                                                                 : kiosk::GatewayFactory::Database::Shared;
}

QString KioskStartup::defaultDemoDatabase()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QStringLiteral("sqlite:") + dir + QStringLiteral("/demo.sqlite");
}

QString KioskStartup::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "KioskStartup", "Airline seat-booking kiosk. Without a mode flag it starts the offline demo."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"),
                                    QCoreApplication::translate("KioskStartup", "Settings file (INI) to read instead of the user's settings, e.g. /etc/booking-kiosk/kiosk.conf on a counter PC."),
                                    QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("KioskStartup", "Offline demo: local SQLite file, sample flights, mock payments."));
    const QCommandLineOption kioskMode(QStringLiteral("kiosk"),
                                       QCoreApplication::translate("KioskStartup", "Counter kiosk: full screen, touch-first, locked down."));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   QCoreApplication::translate("KioskStartup", "Agent workstation: windowed, keyboard-first."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("KioskStartup", "Database URL: postgresql://... (libpq) or sqlite:PATH. Default: $KIOSK_DB, then the setting database/url."),
                                QStringLiteral("url"));
    const QCommandLineOption readDb(QStringLiteral("read-db"),
                                    QCoreApplication::translate("KioskStartup", "Database URL for the departures board and reports, e.g. a standby (target_session_attrs=prefer-standby). Holds and seat maps always use --db. Default: $KIOSK_READ_DB, then the setting database/readUrl, else --db."),
                                    QStringLiteral("url"));
    const QCommandLineOption terminalOption(QStringLiteral("terminal"),
                                      QCoreApplication::translate("KioskStartup", "Terminal name for the audit trail (default: host name)."),
                                      QStringLiteral("name"));
    const QCommandLineOption ttl(QStringLiteral("ttl"),
                                 QCoreApplication::translate("KioskStartup", "Seat hold in seconds (default %1).").arg(Settings::HoldSeconds.fallback),
                                 QStringLiteral("seconds"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("KioskStartup", "User interface language, e.g. en or de."), QStringLiteral("code"));
    const QCommandLineOption origin(QStringLiteral("origin"),
                                    QCoreApplication::translate("KioskStartup", "IATA code of the airport this terminal stands in (default %1).")
                                        .arg(QLatin1StringView(Settings::Origin.fallback)),
                                    QStringLiteral("iata"));
    const QCommandLineOption idle(QStringLiteral("idle"),
                                  QCoreApplication::translate("KioskStartup", "Seconds without input before 'Are you still there?' (default %1); with --agent, before the automatic sign-out (default %2, setting %3).")
                                      .arg(Settings::KioskIdleSeconds.fallback)
                                      .arg(Settings::AgentIdleSignOutSeconds.fallback)
                                      .arg(Settings::AgentIdleSignOutSeconds.name()),
                                  QStringLiteral("seconds"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("KioskStartup", "Demo: seed of the generated flights (default 2026)."), QStringLiteral("n"));
    const QCommandLineOption hideCursor(QStringLiteral("hide-cursor"),
                                        QCoreApplication::translate("KioskStartup", "Kiosk: hide the mouse cursor (touch screens)."));
    const QCommandLineOption gatewayOption(QStringLiteral("gateway"),
                                           QCoreApplication::translate("KioskStartup", "Payment gateway: a gateway URL, or mock / mock?approve=0.8&seed=7. Default: $KIOSK_GATEWAY, then the setting payment/gateway, then the mock on the demo database only."),
                                           QStringLiteral("mock|url"));
    const QCommandLineOption cardTerminalOption(QStringLiteral("card-terminal"),
                                                QCoreApplication::translate("KioskStartup", "Kiosk: the card terminal that reads the traveller's card: a terminal URL, or mock / mock?card=decline. Default: $KIOSK_CARD_TERMINAL, then the setting payment/card-terminal, then the mock terminal in the demo; none: cards are typed. The agent desk always types cards."),
                                                QStringLiteral("mock|url"));
    const QCommandLineOption hashPinOption(QStringLiteral("hash-pin"),
                                           QCoreApplication::translate("KioskStartup", "Read an operator exit PIN (4 or more digits) from standard input and print the hash to store as the setting kiosk/operatorPinHash."));
    parser.addOptions({demo, kioskMode, agent, db, readDb, config, terminalOption, ttl, lang, origin, idle, seed, hideCursor,
                       gatewayOption, cardTerminalOption, hashPinOption});
    exitCode = 2;
    if (!parser.parse(arguments))
        return parser.errorText();
    // Without an application object Qt cannot name the program in the usage line.
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all")))
        printAndExit(parser.helpText().replace(QStringLiteral("<executable_name>"), QCoreApplication::applicationName()));
    if (parser.isSet(version))
        printAndExit(versionText());
    if (!parser.positionalArguments().isEmpty())
        return QCoreApplication::translate("KioskStartup", "unexpected argument '%1' (see --help)")
            .arg(parser.positionalArguments().constFirst());

    hashPin = parser.isSet(hashPinOption);
    if (hashPin) { // a maintenance helper: no terminal is started
        exitCode = 0;
        return QString();
    }

    if (int(parser.isSet(demo)) + int(parser.isSet(kioskMode)) + int(parser.isSet(agent)) > 1)
        return QCoreApplication::translate("KioskStartup", "choose one of --demo, --kiosk and --agent");

    using Mode = kiosk::ui::KioskOptions::Mode;
    options.mode = parser.isSet(kioskMode) ? Mode::Kiosk : parser.isSet(agent) ? Mode::Agent : Mode::Demo;

    QString error;
    const auto settingsFile = openSettings(parser.value(config), error);
    if (!settingsFile) {
        exitCode = ConfigExitCode;
        return error;
    }
    const QSettings &settings = *settingsFile;
    // --db wins; the demo uses its own file (and reads from it); the agent falls back to it
    // (to try the desk out) when no database is configured; the counter kiosk needs a
    // configured database.
    const auto urls = kiosk::DatabaseChoice::resolve(parser.value(db), parser.value(readDb), &settings);
    const bool ownDemoFile = parser.value(db).isEmpty() && options.mode == Mode::Demo;
    databaseUrl = ownDemoFile ? defaultDemoDatabase() : urls.work;
    readDatabaseUrl = ownDemoFile ? QString() : urls.reads;
    if (databaseUrl.isEmpty() && options.mode == Mode::Agent)
        databaseUrl = defaultDemoDatabase();
    if (databaseUrl.isEmpty())
        return QCoreApplication::translate("KioskStartup", "no database: pass --db URL, set KIOSK_DB, or use --demo");
    if (!readDatabaseUrl.isEmpty()) {
        if (auto parsed = kiosk::DatabaseUrl::parse(readDatabaseUrl); !parsed)
            return QCoreApplication::translate("KioskStartup", "--read-db: %1").arg(parsed.error().message);
    }
    gateway = parser.value(gatewayOption);
    if (gateway.isEmpty())
        gateway = qEnvironmentVariable("KIOSK_GATEWAY", Settings::Gateway.read(settings));
    if (auto chosen = kiosk::GatewayFactory::checkChoice(gateway, databaseKind()); !chosen) {
        exitCode = ConfigExitCode; // a restart cannot help: the configuration must name one
        return chosen.error().message;
    }
    cardTerminal = parser.value(cardTerminalOption);
    if (cardTerminal.isEmpty())
        cardTerminal = qEnvironmentVariable("KIOSK_CARD_TERMINAL", CardTerminalSetting.read(settings));
    if (cardTerminal.isEmpty() && options.mode == Mode::Demo && kiosk::GatewayFactory::isMock(gateway))
        cardTerminal = QStringLiteral("mock"); // the demo pays at a card terminal with no set-up
    if (options.mode == Mode::Agent)
        cardTerminal.clear(); // the desk types the customer's card
    if (auto chosen = kiosk::TerminalFactory::checkChoice(cardTerminal); !chosen) {
        exitCode = ConfigExitCode;
        return QCoreApplication::translate("KioskStartup", "--card-terminal: %1").arg(chosen.error().message);
    }
    options.cardTerminal = !cardTerminal.isEmpty();
    terminal = parser.value(terminalOption);
    if (terminal.isEmpty())
        terminal = Settings::TerminalName.read(settings);
    if (terminal.isEmpty())
        terminal = QHostInfo::localHostName();
    holdSeconds = boundedInt(Settings::HoldSeconds, parser.value(ttl), QStringLiteral("--ttl"), &settings, error);
    if (options.mode == Mode::Agent)
        options.signOutIdleSeconds = boundedInt(Settings::AgentIdleSignOutSeconds, parser.value(idle),
                                                QStringLiteral("--idle"), &settings, error);
    else
        options.idleSeconds =
            boundedInt(Settings::KioskIdleSeconds, parser.value(idle), QStringLiteral("--idle"), &settings, error);
    // Not a setting: the demo's generator is seeded from the command line only.
    constexpr IntSetting demoSeedFlag{"", 2026, 0, 2147483647};
    demoSeed = quint32(boundedInt(demoSeedFlag, parser.value(seed), QStringLiteral("--seed"), nullptr, error));
    language = parser.value(lang).isEmpty() ? Settings::Language.read(settings) : parser.value(lang);
    const QString iata = (parser.value(origin).isEmpty() ? Settings::Origin.read(settings) : parser.value(origin)).toUpper();
    if (iata.size() != 3 || !iata.at(0).isLetter())
        return QCoreApplication::translate("KioskStartup", "--origin must be a three-letter IATA airport code, not '%1'").arg(iata);
    options.origin = iata;
    options.operatorPinHash = Settings::OperatorPinHash.read(settings);
    if (settings.contains(QStringLiteral("kiosk/operatorPin")))
        qWarning("kiosk: the setting kiosk/operatorPin (a PIN in plain text) is ignored; store its hash as "
                 "kiosk/operatorPinHash (made by 'kiosk --hash-pin')");
    options.operatorExit = QKeySequence(Settings::OperatorExit.read(settings));
    options.hideCursor = parser.isSet(hideCursor) || Settings::HideCursor.read(settings);
    // The demo never prints: its receipts are PDFs.
    printer = options.mode == Mode::Demo ? QString() : Settings::Printer.read(settings);
    if (auto chosen = kiosk::ReceiptDocument::parsePaper(Settings::ReceiptPaper.read(settings)); chosen)
        paper = *chosen;
    else
        return Settings::ReceiptPaper.name() + QStringLiteral(": ") + chosen.error().message;
    if (auto chosen = kiosk::BoardingPassPdf::parsePaper(Settings::BoardingPassPaper.read(settings)); chosen)
        boardingPassPaper = *chosen;
    else
        return Settings::BoardingPassPaper.name() + QStringLiteral(": ") + chosen.error().message;
    if (auto chosen = kiosk::ScreenBarcode::parse(Settings::ScreenBarcode.read(settings)); chosen)
        options.screenBarcode = *chosen;
    else
        return Settings::ScreenBarcode.name() + QStringLiteral(": ") + chosen.error().message;
    options.keypad = kiosk::ui::KeypadMap::fromSettings(settings);
    if (error.isEmpty())
        exitCode = 0;
    return error;
}
