#pragma once

#include <QString>

namespace ldn {

// The identifiers that let a person find a source again: DOI, PubMed and PubMed Central ids, trial
// registry ids (ClinicalTrials.gov, EU Clinical Trials Register, Australian New Zealand Clinical
// Trials Registry) and a web address. Empty means "not known". A wrong identifier sends a person
// to the wrong paper, so each one is checked against its syntax before it is stored.
struct EvidenceIdentifiers {
    QString doi;     // 10.NNNN/suffix, without "https://doi.org/"
    QString pmid;    // PubMed id: digits
    QString pmcid;   // PMC + digits
    QString nct;     // NCT + 8 digits
    QString eudract; // YYYY-NNNNNN-NN
    QString actrn;   // ACTRN + 14 digits
    QString url;     // http(s) address

    bool isEmpty() const;
    // A copy with the usual decorations removed: surrounding spaces, "doi:" and doi.org prefixes,
    // "PMID:" prefixes, lower-case registry prefixes.
    EvidenceIdentifiers normalised() const;
    // Throws InputError for the first identifier that is not well formed, located at
    // "`location`: FIELD" where FIELD is doi, pmid, pmcid, nct, eudract, actrn or url.
    void validate(const QString& location) const;

    friend bool operator==(const EvidenceIdentifiers&, const EvidenceIdentifiers&) = default;

    // The checks behind validate(): an empty string when `text` is well formed (or empty), otherwise
    // what is wrong, for callers that name the field their own way (RIS tags, CSL-JSON keys).
    static QString doiProblem(const QString& text);
    static QString pmidProblem(const QString& text);
    static QString pmcidProblem(const QString& text);
    static QString nctProblem(const QString& text);
    static QString eudractProblem(const QString& text);
    static QString actrnProblem(const QString& text);
    static QString urlProblem(const QString& text);

    // Tidying of a single identifier, as normalised() does it.
    static QString normaliseDoi(const QString& text);
    static QString normalisePmid(const QString& text);
    static QString normaliseRegistryId(const QString& text);
};

} // namespace ldn
