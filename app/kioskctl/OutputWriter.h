#pragma once

#include "domain/Error.h"

#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace kiosk::ctl {

// Where every byte kioskctl prints goes through. In JSON mode stdout carries exactly one
// JSON object per run and an error is one JSON object on stderr,
// {"error": "<code>", "message": "..."}; in text mode both are for people.
class OutputWriter {
public:
    explicit OutputWriter(bool json, FILE *out = stdout, FILE *err = stderr)
        : m_json(json), m_out(out), m_err(err) {}

    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // The result of a command: `object` in JSON mode, `text` otherwise. Returns exit code 0.
    int result(const QJsonObject &object, const QString &text);
    // An error on stderr in the mode's format. Returns the error's exit code (2, 3, 4, 5 or 1).
    int error(const Error &error);
    // One line of a streaming command (`watch`): compact JSON (JSON Lines) or text, flushed
    // at once so a pipe sees it immediately.
    void line(const QJsonObject &object, const QString &text);
    // Help and version text: always plain text on stdout.
    void plain(const QString &text);

    // The contract's error object, exposed for tests and documentation.
    static QJsonObject errorObject(const Error &error);
    // Every error message passes through this: whatever was typed, a card number is never
    // echoed (usage errors quote the offending argument).
    static QString withoutCardNumbers(const QString &message);

private:
    void write(FILE *stream, const QString &text);

    bool m_json;
    FILE *m_out;
    FILE *m_err;
};

} // namespace kiosk::ctl
