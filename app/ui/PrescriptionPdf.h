#pragma once

#include "services/KioskService.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace careledger::ui {

// One printed page for a patient's prescription: clinic, patient, the terms as the doctor
// wrote them and the verification code staff can check. The same drawing serves the PDF
// file, the printer and the on-screen preview, so what the patient sees is what they get.
class PrescriptionPdf {
    Q_DECLARE_TR_FUNCTIONS(PrescriptionPdf)
public:
    // Draws the page into `page` (device coordinates of an A4-shaped area).
    static void paint(QPainter &painter, const QRectF &page, const services::PrescriptionDocument &document);
    // Writes an A4 PDF. Returns an empty string on success, otherwise the translated reason.
    static QString writePdf(const QString &path, const services::PrescriptionDocument &document);
    // Renders the page on any paged device (a QPrinter); same rules as writePdf.
    static QString render(QPagedPaintDevice &device, const services::PrescriptionDocument &document);
    // The page as an image `width` pixels wide (the kiosk's preview).
    static QImage preview(const services::PrescriptionDocument &document, int width);

    // The code in groups of four separated by dashes, upper case ("ABCD-EFGH-…").
    static QString groupedCode(const QString &code);
    // The sentence printed under the code.
    static QString staffCheckHint();
    // A file name without personal data beyond the medicine: "prescription-metformin-2026-03-02.pdf".
    static QString suggestedFileName(const services::PrescriptionDocument &document);
};

} // namespace careledger::ui
