#pragma once

#include <QString>

class QApplication;

namespace careledger::app {

// What must be known before QApplication exists: whether a display is needed at all, and
// the language (so --help is already translated).
struct EarlyOptions {
    bool screenshots = false;
    bool informational = false; // --help, --version: printed, no window
    QString language;
};
EarlyOptions scanEarly(int argc, char **argv);

// True when a windowing system can be reached (or the user chose a QPA platform).
bool hasDisplay();

struct Options {
    QString dataDir;
    bool demo = false;
    QString language;
    QString screenshotDir;
    bool kiosk = false; // the next administrator's sign-in opens the patient kiosk
};

// Parses the command line; prints help, the version or an error and exits as usual.
Options parseCommandLine(QApplication &app);

} // namespace careledger::app
