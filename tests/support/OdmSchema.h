#pragma once
// Validating an ODM export against the official CDISC ODM 1.3.2 schema with xmllint. The schema
// ships unchanged in tests/fixtures/odm-1.3.2, so every checkout runs the check; where xmllint
// is absent a test skips with a message rather than passing unchecked.
#include <QString>

namespace muco::test {

// Why the schema check cannot run here, or empty when it can.
QString odmSchemaCheckUnavailable();
// xmllint's complaint about the file (at most 4000 bytes), or empty when it is valid.
QString odmSchemaErrors(const QString &xmlPath);

} // namespace muco::test
