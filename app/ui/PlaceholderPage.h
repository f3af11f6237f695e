#pragma once

#include <QWidget>

namespace careledger::ui {

// A section this version does not have yet. It says so plainly instead of showing sample
// data that a clinician could mistake for real records.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    explicit PlaceholderPage(const QString &title, QWidget *parent = nullptr);
};

} // namespace careledger::ui
