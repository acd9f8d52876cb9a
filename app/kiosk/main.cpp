// kiosk: the counter kiosk, the offline demo and the agent workstation. Composition root:
// parse the command line (before any GUI, so --help and --version need no display), set up
// language and style, then start the terminal; a counter kiosk whose database cannot be
// reached yet shows "out of service" and keeps retrying instead of exiting.
#include "KioskStartup.h"
#include "KioskTerminal.h"
#include "WidgetMap.h"

#include "auth/OperatorPin.h"
#include "common/RetryBackoff.h"
#include "accessibility/AccessibleMode.h"
#include "screens/KioskWindow.h"
#include "screens/OutOfServiceScreen.h"
#include "widgets/WholeScreen.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int fail(const QString &message)
{
    // Shown to whoever started the kiosk, and kept in the log (the journal) for the operator.
    qCritical("kiosk: %s", qPrintable(message));
    QMessageBox::critical(nullptr, QApplication::translate("main", "The kiosk cannot start"), message);
    return 1;
}

void show(QWidget &window, const KioskStartup &startup)
{
    if (startup.options.mode == kiosk::ui::KioskOptions::Mode::Kiosk) {
        kiosk::ui::showOnWholeScreen(window);
    } else {
        window.resize(1280, 860);
        window.show();
    }
}

// The interface language: Qt's and the kiosk's translators and the default locale (dates,
// money). Switched at run time when a traveller picks another language on the welcome screen.
class Language {
public:
    void apply(const QLocale &locale)
    {
        QLocale::setDefault(locale);
        QApplication::removeTranslator(&m_qt);
        QApplication::removeTranslator(&m_kiosk);
        if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&m_qt);
        if (m_kiosk.load(locale, QStringLiteral("kiosk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QApplication::installTranslator(&m_kiosk);
    }

private:
    QTranslator m_qt;
    QTranslator m_kiosk;
};

// Starts the terminal; for the counter kiosk, an unreachable database is retried with
// backoff behind the out-of-service screen. Ends the program on any other failure.
class Launcher {
public:
    Launcher(KioskStartup &startup, const QElapsedTimer &sinceStart, Language &language)
        : m_startup(startup), m_sinceStart(sinceStart), m_language(language)
    {
    }

    // false: the program must end with exit code 1.
    bool attempt()
    {
        auto started = KioskTerminal::start(m_startup);
        if (started) {
            if (m_backoff.attempts() > 0)
                qInfo("kiosk: the database answers after %d attempts; in service", m_backoff.attempts() + 1);
            m_terminal = std::move(*started);
            show(m_terminal->window(), m_startup);
            followLanguage();
            m_outOfService.reset();
            QTimer::singleShot(0, m_terminal->window().window(), [this] {
                qInfo("kiosk: ready after %lld ms", m_sinceStart.elapsed()); // start-up time, for docs/benchmarks.md
            });
            return true;
        }
        const bool retry = started.error().code == kiosk::ErrorCode::DatabaseUnavailable
            && m_startup.options.mode == kiosk::ui::KioskOptions::Mode::Kiosk;
        if (!retry) {
            fail(started.error().message);
            return false;
        }
        const int delayMs = m_backoff.nextDelayMs();
        qWarning("kiosk: %s; out of service, retrying in %d ms (attempt %d)", qPrintable(started.error().message),
                 delayMs, m_backoff.attempts());
        if (!m_outOfService) {
            m_outOfService = std::make_unique<kiosk::ui::OutOfServiceScreen>();
            show(*m_outOfService, m_startup);
        }
        m_outOfService->showRetryIn(delayMs);
        QTimer::singleShot(delayMs, m_outOfService.get(), [this] {
            if (!attempt())
                QCoreApplication::exit(1);
        });
        return true;
    }

private:
    // The screens are built in one language: another one rebuilds the window, on the welcome
    // screen, where nothing is chosen or held yet.
    void followLanguage()
    {
        auto *journey = qobject_cast<kiosk::ui::KioskWindow *>(&m_terminal->window());
        if (!journey)
            return;
        QObject::connect(journey, &kiosk::ui::KioskWindow::languageChosen, qApp, [this, journey](const QString &code) {
            // A traveller in the accessible mode keeps it in the new language.
            m_startup.options.accessible = journey->accessibleMode()->isOn();
            QTimer::singleShot(0, qApp, [this, code] { // after the button's click has returned
                m_language.apply(QLocale(code));
                m_terminal->rebuildWindow(m_startup);
                show(m_terminal->window(), m_startup);
                followLanguage();
            });
        });
    }

    KioskStartup &m_startup;
    const QElapsedTimer &m_sinceStart;
    Language &m_language;
    kiosk::RetryBackoff m_backoff;
    std::unique_ptr<kiosk::ui::OutOfServiceScreen> m_outOfService;
    std::unique_ptr<KioskTerminal> m_terminal;
};

} // namespace

// `kiosk --hash-pin`: reads a PIN from standard input and prints the hash to store as the
// setting kiosk/operatorPinHash (the PIN itself is never stored).
int printOperatorPinHash()
{
    QTextStream in(stdin);
    const QString hash = kiosk::OperatorPin::hash(in.readLine().trimmed());
    if (hash.isEmpty()) {
        qCritical("kiosk: the PIN must be at least %d digits", kiosk::OperatorPin::MinLength);
        return 2;
    }
    std::printf("%s\n", qPrintable(hash));
    return 0;
}

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication::setApplicationName(QStringLiteral("kiosk"));
    QCoreApplication::setOrganizationName(QStringLiteral("BookingKiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));

    KioskStartup startup;
    if (const QString error = startup.parse(argumentsOf(argc, argv)); !error.isEmpty()) {
        qCritical("kiosk: %s", qPrintable(error));
        return startup.exitCode;
    }
    if (startup.hashPin)
        return printOperatorPinHash();

    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    Language language;
    language.apply(startup.language.isEmpty() ? QLocale() : QLocale(startup.language)); // dates and the clock too

    QFile style(startup.options.touchFirst() ? QStringLiteral(":/styles/kiosk.qss") : QStringLiteral(":/styles/agent.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    // A test hook, off unless $KIOSK_WIDGET_MAP is set (packaging/kiosk-screenshots.sh).
    if (const QString map = WidgetMap::pathFromEnvironment(); !map.isEmpty())
        new WidgetMap(map, &app);

    // "ready" is logged once the terminal's first screen is up, not while out of service.
    Launcher launcher(startup, sinceStart, language);
    if (!launcher.attempt())
        return 1;
    return app.exec();
}
