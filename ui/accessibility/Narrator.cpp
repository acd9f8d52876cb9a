#include "Narrator.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>

Q_LOGGING_CATEGORY(lcSpeech, "kiosk.speech")

namespace kiosk::ui {

Narrator::Narrator(QObject *parent) : QObject(parent)
{
    const QStringList engines = QTextToSpeech::availableEngines();
    const QString preferred = QString::fromLatin1(PreferredEngine);
    if (engines.isEmpty()) {
        qCWarning(lcSpeech, "no speech engine installed (Debian: qt6-speech-flite-plugin); the accessible mode "
                            "shows and records its guidance but cannot speak it");
        return;
    }
    m_engineName = engines.contains(preferred) ? preferred : engines.first();
    m_speech = new QTextToSpeech(m_engineName, this);
    if (m_speech->state() == QTextToSpeech::Error) {
        qCWarning(lcSpeech, "speech engine %s failed to start: %s", qPrintable(m_engineName),
                  qPrintable(m_speech->errorString()));
        return;
    }
    m_started = true;
    // The interface's language when the engine has a voice for it; flite speaks English only.
    if (m_speech->availableLocales().contains(QLocale()))
        m_speech->setLocale(QLocale());
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Ready)
            speakNext();
        else if (state == QTextToSpeech::Error)
            qCWarning(lcSpeech, "speech engine %s: %s", qPrintable(m_engineName), qPrintable(m_speech->errorString()));
    });
    qCInfo(lcSpeech, "speaking with the %s engine", qPrintable(m_engineName));
}

Narrator::~Narrator() = default;

void Narrator::say(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    m_utterances << text;
    qCDebug(lcSpeech, "say: %s", qPrintable(text));
    Q_EMIT announced(text);
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
