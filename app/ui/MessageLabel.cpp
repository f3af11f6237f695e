#include "ui/MessageLabel.h"

namespace careledger::ui {

namespace {
QString kindName(MessageLabel::Kind kind)
{
    switch (kind) {
    case MessageLabel::Kind::Error: return QStringLiteral("error");
    case MessageLabel::Kind::Warning: return QStringLiteral("warning");
    case MessageLabel::Kind::Info: return QStringLiteral("info");
    case MessageLabel::Kind::Success: return QStringLiteral("success");
    }
    return QStringLiteral("info");
}
} // namespace

MessageLabel::MessageLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageLabel::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    setProperty("kind", kindName(kind));
    // A dynamic property does not restyle by itself, and unpolish/polish keeps the old
    // padding; a (comment-only) own style sheet makes Qt recompute the whole box.
    setStyleSheet(QStringLiteral("/* %1 */").arg(kindName(kind)));
    setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

void MessageLabel::clearMessage()
{
    setText(QString());
    setAccessibleDescription(QString());
    hide();
}

} // namespace careledger::ui
