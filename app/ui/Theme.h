#pragma once

#include <QIcon>
#include <QPixmap>

class QApplication;
class QLabel;

namespace careledger::ui {

// A calm clinical look: Fusion, a restrained blue-grey palette, one accent colour.
void applyClinicalTheme(QApplication &app);

QIcon applicationIcon();
QPixmap logoPixmap(int size);

// Page and window headings: larger and bold, still following the user's font choice.
void makeHeading(QLabel *label, qreal scale = 1.45);

} // namespace careledger::ui
