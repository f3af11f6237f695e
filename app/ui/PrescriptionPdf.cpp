#include "ui/PrescriptionPdf.h"

#include "ui/RecordsUi.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace careledger::ui {

namespace {

// The page is drawn in tenths of a millimetre of an A4 sheet; the painter is scaled to the
// device, so the PDF (300 dpi), a printer and the preview image get the same layout.
constexpr qreal kPageWidth = 2100;
constexpr qreal kPageHeight = 2970;
constexpr qreal kMargin = 180;

const QColor kInk(0x1c, 0x2a, 0x33);
const QColor kAccent(0x1f, 0x5f, 0x7a);
const QColor kMuted(0x55, 0x65, 0x6f);
const QColor kRule(0xc9, 0xd3, 0xd9);

QFont pageFont(int size, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(size);
    font.setBold(bold);
    return font;
}

QFont codeFont(int size)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPixelSize(size);
    font.setBold(true);
    font.setLetterSpacing(QFont::AbsoluteSpacing, size * 0.08);
    return font;
}

// Draws wrapped text in the column [left, left + width) and returns the height used.
qreal drawBlock(QPainter &painter, qreal left, qreal top, qreal width, const QString &text, const QFont &font,
                const QColor &colour, int flags = Qt::AlignLeading | Qt::AlignTop | Qt::TextWordWrap)
{
    painter.setFont(font);
    painter.setPen(colour);
    const QRectF box(left, top, width, kPageHeight);
    const QRectF used = painter.boundingRect(box, flags, text);
    painter.drawText(box, flags, text);
    return used.height();
}

QString medicineText(const core::Prescription &p)
{
    return QStringLiteral("%1 %2 · %3").arg(p.medication, p.strength, core::formDisplayName(p.form));
}

} // namespace

QString PrescriptionPdf::groupedCode(const QString &code)
{
    QString plain;
    for (const QChar c : code) {
        if (c.isLetterOrNumber()) {
            plain += c.toUpper();
        }
    }
    QStringList groups;
    for (qsizetype i = 0; i < plain.size(); i += 4) {
        groups << plain.mid(i, 4);
    }
    return groups.join(QLatin1Char('-'));
}

QString PrescriptionPdf::staffCheckHint()
{
    return tr("Staff can check this code in CareLedger: Patients > Verify prescription code");
}

QString PrescriptionPdf::suggestedFileName(const services::PrescriptionDocument &document)
{
    QString medicine = document.prescription.medication.toLower();
    medicine.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    medicine = medicine.left(40);
    while (medicine.endsWith(QLatin1Char('-'))) {
        medicine.chop(1);
    }
    while (medicine.startsWith(QLatin1Char('-'))) {
        medicine.remove(0, 1);
    }
    const QDate date = document.generatedAt.isValid() ? document.generatedAt.toLocalTime().date() : QDate::currentDate();
    return QStringLiteral("prescription-%1%2.pdf")
        .arg(medicine.isEmpty() ? QString() : medicine + QLatin1Char('-'), date.toString(Qt::ISODate));
}

void PrescriptionPdf::paint(QPainter &painter, const QRectF &page, const services::PrescriptionDocument &document)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setLayoutDirection(QGuiApplication::layoutDirection());
    painter.translate(page.topLeft());
    painter.scale(page.width() / kPageWidth, page.height() / kPageHeight);
    painter.fillRect(QRectF(0, 0, kPageWidth, kPageHeight), Qt::white);

    const qreal left = kMargin;
    const qreal width = kPageWidth - 2 * kMargin;
    const core::Prescription &p = document.prescription;
    qreal y = kMargin;

    // Clinic and title band.
    const QString clinic = document.clinicName.isEmpty() ? tr("This clinic") : document.clinicName;
    y += drawBlock(painter, left, y, width, clinic, pageFont(78, true), kAccent);
    y += 10;
    y += drawBlock(painter, left, y, width, tr("Prescription"), pageFont(54), kInk);
    y += 30;
    painter.fillRect(QRectF(left, y, width, 8), kAccent);
    y += 50;

    // Patient.
    y += drawBlock(painter, left, y, width, isolated(document.patientName), pageFont(58, true), kInk);
    y += 8;
    QString facts = tr("Record number (MRN): %1").arg(QChar(0x2066) + document.mrn + QChar(0x2069));
    if (document.birthDate.isValid()) {
        facts += QStringLiteral("   ·   ") + tr("Born %1").arg(formatDate(document.birthDate));
    }
    y += drawBlock(painter, left, y, width, facts, pageFont(40), kMuted);
    y += 50;

    // The terms, one labelled row each.
    const qreal labelWidth = 520;
    const qreal valueLeft = QGuiApplication::isRightToLeft() ? left : left + labelWidth;
    const qreal labelLeft = QGuiApplication::isRightToLeft() ? left + width - labelWidth : left;
    const qreal valueWidth = width - labelWidth;
    QString dateLine = formatDate(p.prescribedOn);
    if (document.version > 1 && document.versionWrittenAt.isValid()) {
        dateLine += QStringLiteral("   ·   ")
            + tr("changed %1 by %2").arg(formatDate(document.versionWrittenAt.toLocalTime().date()),
                                         isolated(document.lastChangedBy));
    }
    const QList<QPair<QString, QString>> rows{
        {tr("Medicine"), isolated(medicineText(p))},
        {tr("Dose"), QStringLiteral("%1 %2").arg(formatNumber(p.dose), isolated(unitDisplayName(p.doseUnit)))},
        {tr("Route"), isolated(core::routeDisplayName(p.route))},
        {tr("How often"), isolated(frequencyDisplayName(p.frequency))},
        {tr("For"), tr("%Ln day(s)", nullptr, p.durationDays)},
        {tr("Quantity"), QStringLiteral("%1 %2").arg(formatNumber(p.quantity), isolated(unitDisplayName(p.quantityUnit)))},
        {tr("Refills"), QLocale().toString(p.refills)},
        {tr("Instructions"), p.instructions.isEmpty() ? QStringLiteral("—") : isolated(p.instructions)},
        {tr("Prescriber"), isolated(document.prescriberName)},
        {tr("Prescribed on"), dateLine},
        {tr("Status"), core::prescriptionStatusDisplayName(p.status)},
    };
    for (const auto &[label, value] : rows) {
        const qreal labelHeight = drawBlock(painter, labelLeft, y, labelWidth - 30, label, pageFont(40), kMuted);
        const qreal valueHeight = drawBlock(painter, valueLeft, y, valueWidth, value, pageFont(44, true), kInk);
        y += qMax(labelHeight, valueHeight) + 16;
        painter.fillRect(QRectF(left, y, width, 2), kRule);
        y += 20;
    }
    y += 40;

    // The verification code: large, grouped, always left to right.
    const QStringList groups = groupedCode(document.verificationCode).split(QLatin1Char('-'));
    const QString firstLine = groups.mid(0, 4).join(QStringLiteral("  "));
    const QString secondLine = groups.mid(4).join(QStringLiteral("  "));
    const qreal boxTop = y;
    y += 40;
    y += drawBlock(painter, left + 40, y, width - 80, tr("Verification code"), pageFont(42, true), kAccent);
    y += 20;
    painter.setLayoutDirection(Qt::LeftToRight);
    const int codeFlags = Qt::AlignHCenter | Qt::AlignTop;
    y += drawBlock(painter, left + 40, y, width - 80, firstLine, codeFont(92), kInk, codeFlags);
    if (!secondLine.isEmpty()) {
        y += 10;
        y += drawBlock(painter, left + 40, y, width - 80, secondLine, codeFont(92), kInk, codeFlags);
    }
    painter.setLayoutDirection(QGuiApplication::layoutDirection());
    y += 24;
    y += drawBlock(painter, left + 40, y, width - 80, staffCheckHint(), pageFont(38), kInk);
    y += 40;
    painter.setPen(QPen(kAccent, 6));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(left, boxTop, width, y - boxTop), 24, 24);

    // Footer: when and where it was made.
    const QString footer = tr("Printed at the patient kiosk on %1. Version %2 of this prescription.")
                               .arg(formatDateTime(document.generatedAt), QLocale().toString(document.version));
    drawBlock(painter, left, kPageHeight - kMargin - 60, width, footer, pageFont(32), kMuted);
    painter.restore();
}

QString PrescriptionPdf::render(QPagedPaintDevice &device, const services::PrescriptionDocument &document)
{
    QPainter painter;
    if (!painter.begin(&device)) {
        return tr("The page could not be started.");
    }
    // The full sheet in device pixels: margins are the page's own.
    const QRectF sheet(QPointF(0, 0), QSizeF(device.width(), device.height()));
    const qreal scale = qMin(sheet.width() / kPageWidth, sheet.height() / kPageHeight);
    const QSizeF size(kPageWidth * scale, kPageHeight * scale);
    paint(painter, QRectF(QPointF((sheet.width() - size.width()) / 2, 0), size), document);
    if (!painter.end()) {
        return tr("The page could not be finished.");
    }
    return {};
}

QString PrescriptionPdf::writePdf(const QString &path, const services::PrescriptionDocument &document)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("CareLedger"));
    // The code (not personal data) as the title: a PDF reader's window names the page, and a
    // file can be matched to its code without opening it.
    writer.setTitle(tr("Prescription %1").arg(groupedCode(document.verificationCode)));
    const QString problem = render(writer, document);
    if (!problem.isEmpty()) {
        return problem;
    }
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0) {
        return tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path));
    }
    return {};
}

QImage PrescriptionPdf::preview(const services::PrescriptionDocument &document, int width)
{
    const int height = qRound(width * kPageHeight / kPageWidth);
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, width, height), document);
    painter.end();
    return image;
}

} // namespace careledger::ui
