#pragma once

// Sizes and looks shared by the kiosk screens: large type and touch targets of at least
// 48 px (56 px here) for people using a touch screen standing in a waiting room.

#include <QSize>
#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace careledger::ui::kiosk {

inline constexpr int kGap = 14;
inline constexpr int kMinTarget = 56;
inline constexpr QSize kKeySize(104, 76);
inline constexpr qreal kBaseFontScale = 1.6; // the kiosk's text against the workstation's
inline constexpr qreal kKeyFontScale = 1.6;
inline constexpr qreal kButtonFontScale = 1.0;
inline constexpr qreal kHeadingFontScale = 1.6;
inline constexpr qreal kTitleFontScale = 2.2;

// The font of `widget`: the application's font at kBaseFontScale × scale, optionally bold.
void setFontScale(QWidget *widget, qreal scale, bool bold = false);
// A large button; `primary` ones are filled with the accent colour.
QPushButton *bigButton(const QString &text, const QString &objectName, QWidget *parent, bool primary = false);
QLabel *heading(const QString &text, QWidget *parent, qreal scale = kHeadingFontScale);
// Gives every widget under `root` without a font of its own the font of its nearest
// ancestor that has one. Under the application's style sheet a parent's font does not
// reach all children (buttons and headers keep the application's), so the kiosk sets them.
void propagateFonts(QWidget *root);
// The kiosk window's style sheet (on top of the application's).
QString styleSheet();

} // namespace careledger::ui::kiosk
