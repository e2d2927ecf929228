T = {}
def t(c, s, x): T[(c, s)] = x
t('Accounts', 'Your account has no signing key yet; sign in again.', '您的账户尚无签名密钥；请重新登录。')
A = 'AuditAnchors'
t(A, '"head" needs a sequence number and a SHA-256 hash in hex', '"head" 需要序号和十六进制的 SHA-256 哈希值')
t(A, 'The anchored row moved since it was asked for; ask again.', '自请求以来，锚定的行已发生变化；请重新请求。')
t(A, 'the chain ends at row %1, before row %2 anchored at %3: rows were removed or an older copy was put back',
  '链在第 %1 行结束，早于 %3 锚定的第 %2 行：有行被删除，或放回了较旧的副本')
t(A, 'the device did not say what its chain holds at row %1, anchored at %2', '设备未说明其链在 %2 锚定的第 %1 行的内容')
t(A, 'row %1 is no longer the row anchored at %2: the history before it was rewritten or removed', '第 %1 行已不再是 %2 锚定的行：其之前的历史已被改写或删除')
t(A, "The central site refuses this device's data: its audit trail no longer holds what was anchored at an earlier sync (%1). The central site's operator has been alerted.",
  '中心站点拒收此设备的数据：其稽查轨迹已不再包含先前同步时锚定的内容（%1）。已通知中心站点的运维人员。')
C = 'AuditChain'
t(C, 'row %1 is not signed, but rows before it are', '第 %1 行未签名，但其之前的行已签名')
t(C, 'row %1 registers a key without a signature', '第 %1 行登记了密钥但没有签名')
t(C, 'row %1 is in the name of %2 but signed by %3', '第 %1 行以 %2 的名义记录，却由 %3 签名')
t(C, 'row %1 registers a malformed key', '第 %1 行登记的密钥格式错误')
t(C, 'row %1: %2 registered a key of their own; only an administrator may', '第 %1 行：%2 为自己登记了密钥；只有管理员可以登记')
t(C, 'row %1 has a signature that does not match its content or its signer', '第 %1 行的签名与其内容或签名人不符')
t(C, 'row %1: %2 registered a key for %3 without being an administrator with a key', '第 %1 行：%2 为 %3 登记了密钥，但其本人不是持有密钥的管理员')
t(C, 'row %1 is signed by %2, who has no registered key', '第 %1 行由 %2 签名，但此人没有已登记的密钥')
t('Central', "No integrity alarms: every device's audit trail holds the head anchored at its last sync.", '无完整性警报：每台设备的稽查轨迹都包含上次同步时锚定的链头。')
t('CentralService', 'Use GET or POST.', '请使用 GET 或 POST。')
t('RecordSignature', 'the signature of %1 on %2 record %3 does not match what was signed', '%1 对 %2 记录 %3 的签名与所签署的内容不符')
