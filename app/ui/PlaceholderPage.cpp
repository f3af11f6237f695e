#include "ui/PlaceholderPage.h"

#include "ui/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace careledger::ui {

PlaceholderPage::PlaceholderPage(const QString &title, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(12);

    auto *heading = new QLabel(title, this);
    makeHeading(heading);
    layout->addWidget(heading);

    auto *text = new QLabel(tr("This part of CareLedger is not available in this version yet."), this);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setProperty("kind", QStringLiteral("info"));
    text->setAccessibleName(tr("Not available yet"));
    layout->addWidget(text);

    auto *detail = new QLabel(tr("Nothing is shown here rather than sample data, so that everything you see in "
                                 "CareLedger is real."),
                              this);
    detail->setWordWrap(true);
    detail->setObjectName(QStringLiteral("secondaryText"));
    layout->addWidget(detail);
    layout->addStretch(1);
    setAccessibleName(title);
}

} // namespace careledger::ui
