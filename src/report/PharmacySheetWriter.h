#pragma once

#include "core/diary/Dose.h"
#include "core/trial/BlindedAllocation.h"
#include "core/trial/TrialPeriods.h"
#include "core/trial/UnblindingCode.h"
#include "report/PaperSize.h"
#include "report/PdfDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ldn {

// The pharmacy sheet of a blinded trial (issue 19) as a one-page PDF: for the pharmacy that makes
// the LDN and placebo capsules, never for the patient. It lists each period's dates and arm, the
// LDN dose, the capsules per period and the unblinding code. Its JSON twin is
// TrialJson::pharmacySheet; both are printed from the sealed allocation again whenever asked.
class PharmacySheetWriter {
    Q_DECLARE_TR_FUNCTIONS(ldn::PharmacySheet)

public:
    struct Sheet {
        QString profileName;
        TrialPeriods periods;
        BlindedAllocation allocation;
        UnblindingCode code;
        Dose ldnDose;
        int capsulesPerPeriod = 0;
        QDate generatedOn;
        PaperSize paper = PaperSize::A4;
    };

    explicit PharmacySheetWriter(Sheet sheet);

    PdfDocument document() const;
    // Owner-only, never half-written (PdfDocument::write); throws std::runtime_error naming the file.
    void write(const QString& filePath) const;

private:
    Sheet m_sheet;
};

} // namespace ldn
