#include "ui/KioskStyle.h"

#include "ui/Mnemonic.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>

namespace careledger::ui::kiosk {

void setFontScale(QWidget *widget, qreal scale, bool bold)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * kBaseFontScale * scale);
    font.setBold(bold);
    widget->setFont(font);
}

QPushButton *bigButton(const QString &text, const QString &objectName, QWidget *parent, bool primary)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(withoutMnemonic(text));
    button->setAutoDefault(false);
    button->setMinimumHeight(kMinTarget);
    button->setMinimumWidth(kMinTarget);
    button->setProperty("primary", primary);
    return button;
}

QLabel *heading(const QString &text, QWidget *parent, qreal scale)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    setFontScale(label, scale, true);
    return label;
}

void propagateFonts(QWidget *root)
{
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->testAttribute(Qt::WA_SetFont) || widget->isWindow()) {
            continue;
        }
        for (QWidget *ancestor = widget->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
            if (ancestor->testAttribute(Qt::WA_SetFont) || ancestor == root) {
                widget->setFont(ancestor->font());
                break;
            }
        }
    }
}

QString styleSheet()
{
    return QStringLiteral(R"(
QWidget#kioskWindow { background: #f3f6f8; }
QWidget#kioskWindow QPushButton { min-height: 56px; padding: 6px 22px; border-radius: 10px;
    border: 2px solid #a4b1ba; background: #fbfcfd; color: #1c2a33; }
QWidget#kioskWindow QPushButton:pressed { background: #dde7ec; }
QWidget#kioskWindow QPushButton:disabled { color: #8a98a2; border-color: #d3dde3; background: #f0f3f5; }
QWidget#kioskWindow QPushButton[primary="true"] { background: #1f5f7a; color: white; border-color: #1f5f7a; }
QWidget#kioskWindow QPushButton[primary="true"]:disabled { background: #8fb0bf; border-color: #8fb0bf; }
QWidget#kioskWindow QPushButton[nav="true"] { text-align: left; padding-left: 22px; }
QWidget#kioskWindow QPushButton[nav="true"]:checked { background: #1f5f7a; color: white; border-color: #1f5f7a; }
QWidget#kioskWindow QLineEdit, QWidget#kioskWindow QComboBox { min-height: 56px; padding: 4px 14px;
    border: 2px solid #a4b1ba; border-radius: 10px; background: white; }
QWidget#kioskWindow QLineEdit:focus { border-color: #1f5f7a; }
QWidget#kioskWindow QComboBox QAbstractItemView::item { min-height: 56px; }
QWidget#kioskWindow QTableView { background: white; border: 1px solid #d3dde3; border-radius: 6px; }
QWidget#kioskWindow QHeaderView::section { padding: 10px 12px; }
QWidget#kioskWindow QWidget#headerBand QPushButton { color: white; background: transparent;
    border: 2px solid rgba(255,255,255,0.7); }
QWidget#kioskWindow QLabel#countdownBanner { background: #fdf5e4; color: #6b4a07; border: 2px solid #ecd39a;
    border-radius: 10px; padding: 12px 16px; }
QWidget#kioskWindow QLabel#secondaryText { color: #55656f; }
QWidget#kioskWindow QFrame#kioskCard { background: white; border: 1px solid #d3dde3; border-radius: 12px; }
)");
}

} // namespace careledger::ui::kiosk
