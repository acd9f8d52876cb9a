#include "Narrator.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcSpeech, "kiosk.speech")

namespace kiosk::ui {

Narrator::Narrator(QObject *parent) : QObject(parent) {}

void Narrator::startEngine()
{
    if (std::exchange(m_engineChosen, true))
        return;
    const QStringList engines = QTextToSpeech::availableEngines();
    const QString preferred = QString::fromLatin1(PreferredEngine);
    if (engines.isEmpty()) {
        qCWarning(lcSpeech, "no speech engine installed (Debian: qt6-speech-flite-plugin); the accessible mode "
                            "records its guidance but cannot speak it");
        return;
    }
    // flite speaks English only; speech-dispatcher with espeak-ng speaks German, when its
    // daemon runs (docs/deployment.md).
    const EngineChoice choice = chooseEngine(engines, QLocale().language(), [](const QString &engine) {
        return QTextToSpeech(engine).availableLocales();
    });
    m_engineName = choice.engine;
    if (!choice.speaksLanguage)
        qCWarning(lcSpeech, "no speech engine has a %s voice; the %s engine reads the guidance in its own voice "
                            "(German: qt6-speech-speechd-plugin and speech-dispatcher-espeak-ng, docs/deployment.md)",
                  qPrintable(QLocale::languageToString(QLocale().language())), qPrintable(m_engineName));
    m_speech = new QTextToSpeech(m_engineName, this);
    if (m_speech->state() == QTextToSpeech::Error && m_engineName != preferred && engines.contains(preferred)) {
        // speech-dispatcher without its daemon: flite's voice rather than silence.
        qCWarning(lcSpeech, "speech engine %s failed to start (%s); speaking with %s instead", qPrintable(m_engineName),
                  qPrintable(m_speech->errorString()), PreferredEngine);
        delete m_speech;
        m_engineName = preferred;
        m_speech = new QTextToSpeech(m_engineName, this);
    }
    if (m_speech->state() == QTextToSpeech::Error) {
        qCWarning(lcSpeech, "speech engine %s failed to start: %s", qPrintable(m_engineName),
                  qPrintable(m_speech->errorString()));
        return;
    }
    m_started = true;
    // The interface's language when the engine has a voice for it.
    const QList<QLocale> locales = m_speech->availableLocales();
    const auto sameLanguage = std::find_if(locales.cbegin(), locales.cend(), [](const QLocale &locale) {
        return locale.language() == QLocale().language();
    });
    if (sameLanguage != locales.cend())
        m_speech->setLocale(locales.contains(QLocale()) ? QLocale() : *sameLanguage);
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Ready)
            speakNext();
        else if (state == QTextToSpeech::Error) {
            qCWarning(lcSpeech, "speech engine %s: %s", qPrintable(m_engineName), qPrintable(m_speech->errorString()));
            m_queue.clear(); // nothing will speak them: waiting sentences would only pile up
        }
    });
    qCInfo(lcSpeech, "speaking with the %s engine", qPrintable(m_engineName));
}

Narrator::EngineChoice Narrator::chooseEngine(const QStringList &engines, QLocale::Language language,
                                              const std::function<QList<QLocale>(const QString &)> &localesOf)
{
    const QString preferred = QString::fromLatin1(PreferredEngine);
    QStringList order = engines;
    if (order.removeAll(preferred) > 0)
        order.prepend(preferred);
    for (const QString &engine : std::as_const(order)) {
        const QList<QLocale> locales = localesOf(engine);
        if (std::any_of(locales.cbegin(), locales.cend(),
                        [language](const QLocale &locale) { return locale.language() == language; }))
            return {engine, true};
    }
    return {order.value(0), false};
}

Narrator::~Narrator() = default;

void Narrator::say(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    startEngine();
    if (m_utterances.size() >= RecordLimit)
        m_utterances.removeFirst();
    m_utterances << text;
    qCDebug(lcSpeech, "say: %s", qPrintable(text));
    Q_EMIT announced(text);
    if (!engineAccepts())
        return; // no engine, or one that failed: the record is all there is
    m_queue << text;
    if (m_speech && m_speech->state() != QTextToSpeech::Speaking)
        speakNext();
}

void Narrator::sayNow(const QString &text)
{
    stop();
    say(text);
}

void Narrator::stop()
{
    m_queue.clear();
    if (m_speech && m_speech->state() == QTextToSpeech::Speaking)
        m_speech->stop();
}

void Narrator::speakNext()
{
    if (!m_speech || m_queue.isEmpty() || m_speech->state() == QTextToSpeech::Error)
        return;
    m_speech->say(m_queue.takeFirst());
}

bool Narrator::engineAccepts() const
{
    return m_speech && m_speech->state() != QTextToSpeech::Error;
}

bool Narrator::playbackFailed() const
{
    return m_speech && m_speech->state() == QTextToSpeech::Error
           && m_speech->errorReason() == QTextToSpeech::ErrorReason::Playback;
}

QString Narrator::engineError() const
{
    return m_speech ? m_speech->errorString() : QStringLiteral("no speech engine");
}

} // namespace kiosk::ui
