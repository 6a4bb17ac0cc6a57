#pragma once

#include "report/PdfDocument.h"
#include "report/TrialAgreement.h"

namespace ldn {

// Paints the trial agreement (issue 19) on one page, for the patient and their GP to read and sign:
// the person and conditions, the protocol, what is measured and when it is reviewed, when to stop,
// the medicines with the opioid warning, one line per finding of the evidence library for the
// conditions (no-difference results included) and the signature lines. It always fits one page:
// when a long evidence list would not, its last lines give way to a count of those left out.
class TrialAgreementWriter {
public:
    explicit TrialAgreementWriter(TrialAgreement agreement);

    PdfDocument document() const;

private:
    TrialAgreement m_agreement;
};

} // namespace ldn
