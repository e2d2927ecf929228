#pragma once
// CDISC ODM 1.3.2, FileType Snapshot, streamed with QXmlStreamWriter: the study's metadata
// (events, forms, item groups, items and code lists of ExportSchema), AdminData (users by
// opaque id, the sites as locations, the signature definitions), every subject's data keyed
// by subject ID with an AuditRecord on each value (its last change: who, where, when, why)
// and a Signature on each signed form, and the complete trail in ClinicalData/AuditRecords.
// The same snapshot gives the same bytes apart from the creation time.
#include "common/Result.h"
#include "reports/TrialSnapshot.h"
#include <QIODevice>
#include <functional>

namespace muco::exports {

// progress(done, total): subjects written so far, for a progress bar.
Status writeOdm(QIODevice &out, const TrialSnapshot &snapshot, const std::function<void(int, int)> &progress = {});
// Written to a temporary file and renamed into place: a failure leaves no half file.
Status writeOdmFile(const QString &path, const TrialSnapshot &snapshot, const std::function<void(int, int)> &progress = {});

} // namespace muco::exports
