#pragma once

#include <QLabel>

namespace careledger::ui {

// An inline message under a form or above a table: hidden when empty, coloured by kind
// (see Theme.cpp), plain text only so a service message can never inject markup.
class MessageLabel : public QLabel {
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Info, Success };

    explicit MessageLabel(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void showInfo(const QString &text) { showMessage(Kind::Info, text); }
    void clearMessage();

    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Info;
};

} // namespace careledger::ui
