#pragma once

#include <QStringList>

namespace careledger::ui {

// The languages CareLedger ships, by code: "en" (the source language), "fr", "ar".
QStringList availableLanguages();

// Installs CareLedger's translation (embedded under :/i18n) and Qt's own for `language`, or
// for the system locale when `language` is empty; sets the default QLocale and the layout
// direction (right to left for Arabic). Returns the language in use ("en" when nothing
// matched). Call once, after QApplication exists and before any widget.
QString installTranslations(const QString &language);

} // namespace careledger::ui
