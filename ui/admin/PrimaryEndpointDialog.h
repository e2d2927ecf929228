#pragma once
// Reports > Primary endpoint: this site's data analysed as the protocol says (the primary
// scale, then the other scales at the same threshold), per arm, with the statistics and the
// patients left out of the analysis and why.
#include <QDialog>

class QLabel;
class QTableView;

namespace muco {
class Session;
}

namespace muco::ui {

class EndpointResultModel;
class EndpointExclusionModel;

class PrimaryEndpointDialog : public QDialog {
    Q_OBJECT
public:
    PrimaryEndpointDialog(Session &session, QWidget *parent = nullptr);
    EndpointResultModel *scales() const { return m_scales; }
    EndpointExclusionModel *excluded() const { return m_excluded; }

private:
    EndpointResultModel *m_scales;
    EndpointExclusionModel *m_excluded;
    QLabel *m_error;
};

} // namespace muco::ui
