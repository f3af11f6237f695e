#include "ui/Theme.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QStyleFactory>

namespace careledger::ui {

namespace {

constexpr QColor kAccent(0x1f, 0x5f, 0x7a);
constexpr QColor kWindow(0xf3, 0xf6, 0xf8);
constexpr QColor kText(0x1c, 0x2a, 0x33);
constexpr QColor kMuted(0x8a, 0x98, 0xa2);

QPalette clinicalPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, kWindow);
    p.setColor(QPalette::WindowText, kText);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf8, 0xfa));
    p.setColor(QPalette::Text, kText);
    p.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
    p.setColor(QPalette::ButtonText, kText);
    p.setColor(QPalette::Highlight, kAccent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, Qt::white);
    p.setColor(QPalette::ToolTipText, kText);
    p.setColor(QPalette::PlaceholderText, kMuted);
    p.setColor(QPalette::Link, kAccent);
    p.setColor(QPalette::Mid, QColor(0xc9, 0xd3, 0xd9));
    p.setColor(QPalette::Dark, QColor(0xa4, 0xb1, 0xba));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe6, 0xec, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, kMuted);
    }
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0xf0, 0xf3, 0xf5));
    return p;
}

// Only what the palette cannot say: the header band, navigation rows and the message boxes
// of MessageLabel (selected by its "kind" property).
const char kStyleSheet[] = R"(
QWidget#headerBand { background: #1f5f7a; }
QWidget#headerBand QLabel { color: white; }
QWidget#headerBand QPushButton { color: white; background: transparent;
    border: 1px solid rgba(255,255,255,0.55); border-radius: 4px; padding: 4px 12px; }
QWidget#headerBand QPushButton:hover { background: rgba(255,255,255,0.12); }
QWidget#headerBand QPushButton:focus { border: 2px solid white; }
QListWidget#navigation { background: #e9eff2; border: none; border-right: 1px solid #d3dde3;
    padding-top: 8px; outline: 0; }
QListWidget#navigation::item { padding: 9px 14px; border: none; color: #1c2a33; }
QListWidget#navigation::item:selected { background: #1f5f7a; color: white; }
QListWidget#navigation::item:hover:!selected { background: #dde7ec; }
QLabel[kind="error"] { background: #fbeceb; color: #8c1d18; border: 1px solid #e8b4b0;
    border-radius: 4px; padding: 8px 10px; }
QLabel[kind="warning"] { background: #fdf5e4; color: #6b4a07; border: 1px solid #ecd39a;
    border-radius: 4px; padding: 8px 10px; }
QLabel[kind="info"] { background: #e9f3f7; color: #1a4f66; border: 1px solid #b9d6e2;
    border-radius: 4px; padding: 8px 10px; }
QLabel[kind="success"] { background: #eaf5ee; color: #1f5b34; border: 1px solid #b5dbc1;
    border-radius: 4px; padding: 8px 10px; }
QLabel#secondaryText { color: #55656f; }
QLineEdit, QComboBox { padding: 4px 6px; }
QPushButton { padding: 5px 14px; }
QTableView { gridline-color: #e3e9ed; }
QHeaderView::section { background: #eef3f6; color: #33434d; padding: 5px 8px; border: none;
    border-bottom: 1px solid #d3dde3; border-right: 1px solid #e3e9ed; }
QStatusBar { background: #e9eff2; color: #33434d; }
)";

} // namespace

void applyClinicalTheme(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        QApplication::setStyle(fusion);
    }
    QApplication::setPalette(clinicalPalette());
    app.setStyleSheet(QString::fromLatin1(kStyleSheet));
    QApplication::setWindowIcon(applicationIcon());
}

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/careledger-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

QPixmap logoPixmap(int size)
{
    return applicationIcon().pixmap(size, size);
}

void makeHeading(QLabel *label, qreal scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

} // namespace careledger::ui
