#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <functional>

class QTextToSpeech;

namespace kiosk::ui {

// The accessible mode's voice: speaks each sentence through Qt TextToSpeech, one after the
// other, and keeps a record of everything said (announced(), utterances()), so tests and the
// logs see what a traveller heard without any audio. The offline "flite" engine is preferred
// (no daemon); without it the platform's default engine; with no engine at all the words are
// still recorded and the log says why nothing is heard. A machine without a sound card is
// no error: the engine may stay silent, the kiosk goes on. The engine starts with the first
// sentence (or startEngine()): a kiosk whose accessible mode is never used never loads it.
class Narrator : public QObject {
    Q_OBJECT
public:
    static constexpr const char *PreferredEngine = "flite";

    explicit Narrator(QObject *parent = nullptr);
    ~Narrator() override;

    // After what is being said (a screen, then the control in focus).
    void say(const QString &text);
    // Instead of what is being said and waiting: the traveller moved on.
    void sayNow(const QString &text);
    void stop();

    // Chooses and starts the engine, once; say() does it for the first sentence.
    void startEngine();

    // Which of `engines` speaks `language`: the first with a voice for it, flite tried first
    // (offline, no daemon); without any, flite (else the first engine) and `speaksLanguage`
    // false: the words are read in another language's voice. `localesOf` asks an engine.
    struct EngineChoice {
        QString engine;
        bool speaksLanguage = false;
    };
    static EngineChoice chooseEngine(const QStringList &engines, QLocale::Language language,
                                     const std::function<QList<QLocale>(const QString &)> &localesOf);
    // The engine speaking ("flite", another, or empty when there is none or none started yet).
    QString engineName() const { return m_engineName; }
    // The engine loaded and started (its voice ready) before anything was said.
    bool engineStarted() const { return m_started; }
    // True while the engine is not in its error state.
    bool engineAccepts() const;
    // The engine turned the words into sound but found no audio output to play it on (a
    // machine without a sound card): the only failure the kiosk expects and lives with.
    bool playbackFailed() const;
    QString engineError() const;
    // The record keeps the last RecordLimit sentences: a kiosk runs for weeks between restarts.
    static constexpr qsizetype RecordLimit = 1000;
    const QStringList &utterances() const { return m_utterances; }
    QString lastUtterance() const { return m_utterances.isEmpty() ? QString() : m_utterances.last(); }
    void clearRecord() { m_utterances.clear(); }

Q_SIGNALS:
    void announced(const QString &text);

private:
    void speakNext();

    QTextToSpeech *m_speech = nullptr;
    QString m_engineName;
    bool m_engineChosen = false;
    bool m_started = false;
    QStringList m_queue;
    QStringList m_utterances;
};

} // namespace kiosk::ui
