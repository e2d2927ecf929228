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

// progress(done, total): subjects written so far, for a progress bar; it returns false to
// cancel, and the export stops with an error whose field is "cancelled" (isCancelled).
using OdmProgress = std::function<bool(int done, int total)>;
Status writeOdm(QIODevice &out, const TrialSnapshot &snapshot, const OdmProgress &progress = {});
// Written to a temporary file and renamed into place only when complete: a failure or a
// cancelled export leaves no file, half or whole, and never touches one already there.
Status writeOdmFile(const QString &path, const TrialSnapshot &snapshot, const OdmProgress &progress = {});
bool isCancelled(const Error &error);

} // namespace muco::exports
